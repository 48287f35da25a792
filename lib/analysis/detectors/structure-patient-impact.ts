import { missingCue } from './missing-cue';

export const patientImpact = missingCue(
  'patient-impact',
  'patientImpact',
  (p) => `The draft does not say what changes for patients; ${p.readers} want that first.`,
  'Clinicians judge a change by its effect on patients: safety, outcomes, harm avoided.',
);
