import { missingCue } from './missing-cue';

export const constraint = missingCue(
  'constraint',
  'constraint',
  (p) => `The draft states no constraint (deadline, budget, uptime, limits); ${p.readers} design to them.`,
  'Engineers need the limits as much as the goal: a date, a budget, a downtime window, a service level.',
);
