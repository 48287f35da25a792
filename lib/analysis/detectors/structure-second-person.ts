import { missingCue } from './missing-cue';

export const secondPerson = missingCue(
  'second-person',
  'secondPerson',
  () => 'Write to the reader as "you": patients follow a message that speaks to them.',
  'Plain-language guidance for patients: address the reader directly, in short sentences, without abbreviations.',
);
