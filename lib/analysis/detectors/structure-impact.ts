import type { Profile } from '../../profiles/schema';
import type { Doc } from '../doc';
import type { Finding } from '../finding';
import { contentSentences, draftAnchor, hasNumberImpact } from '../sentences';
import { note } from './note';

/** Impact in numbers (money, time, patients, risk): an executive decides on figures. */
export function impactNumbers(doc: Doc, profile: Profile): Finding[] {
  if (!profile.checks.includes('impact-numbers')) return [];
  const content = contentSentences(doc);
  if (content.length === 0 || content.some((s) => hasNumberImpact(s.text))) return [];
  const anchor = draftAnchor(doc, profile, 'impact-numbers');
  return anchor
    ? [note('structure/impact-numbers', 'structure', 'warning', anchor, `The draft gives no numbers; ${profile.readers} decide on cost, time, patients and risk.`, 'Say the impact as a figure: dollars, hours, patients, percentage points, a date.')]
    : [];
}
