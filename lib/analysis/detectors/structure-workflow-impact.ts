import { missingCue } from './missing-cue';

export const workflowImpact = missingCue(
  'workflow-impact',
  'workflowImpact',
  (p) => `The draft does not say what changes in ${p.readers}' work: clicks, minutes, steps, training, go-live.`,
  'Clinicians need to know what the change costs them in time and steps, and when it starts.',
);
