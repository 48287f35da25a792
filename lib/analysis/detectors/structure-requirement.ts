import { missingCue } from './missing-cue';

export const requirement = missingCue(
  'requirement',
  'requirement',
  (p) => `The draft does not state the requirement; ${p.readers} need to know what must be true when it is done.`,
  'Engineers plan from requirements: say what the system must do, for whom, and how you will know it works.',
);
