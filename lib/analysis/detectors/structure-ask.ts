import type { Profile } from '../../profiles/schema';
import type { Doc } from '../doc';
import type { Finding } from '../finding';
import { anchorIn, contentSentences, draftAnchor, hasCue, hasDate } from '../sentences';
import { note } from './note';

/** A clear ask or next step, with an owner or a date. */
export function clearAsk(doc: Doc, profile: Profile): Finding[] {
  if (!profile.checks.includes('clear-ask')) return [];
  const content = contentSentences(doc);
  if (content.length === 0) return [];
  const asks = content.filter((s) => hasCue(s.text, 'ask') || /\?\s*$/.test(s.text));
  if (asks.length === 0) {
    const anchor = draftAnchor(doc, profile, 'clear-ask');
    return anchor ? [note('structure/clear-ask', 'structure', 'warning', anchor, `No clear ask or next step; tell ${profile.readers} what you need, from whom, by when.`, 'A message that asks for nothing gets read and filed. Close with the decision or action you need and its date.')] : [];
  }
  if (asks.some((s) => hasDate(s.text) || hasCue(s.text, 'owner'))) return [];
  const anchor = anchorIn(asks[0]);
  return anchor ? [note('structure/clear-ask', 'structure', 'info', anchor, 'The ask has no owner or date; say who does it and by when.', 'An ask with a name and a date gets done; without them it waits.')] : [];
}
