import type { Profile } from '../../profiles/schema';
import type { Doc } from '../doc';
import type { Finding } from '../finding';
import { draftAnchor } from '../sentences';
import { note } from './note';

/** Over the reader's length budget (about 200 words a minute of reading). */
export function length(doc: Doc, profile: Profile): Finding[] {
  if (!profile.checks.includes('length')) return [];
  const words = doc.paragraphs.reduce((n, p) => n + p.facts.words, 0);
  if (words <= profile.maxWords) return [];
  const anchor = draftAnchor(doc, profile, 'length');
  const minutes = Math.max(1, Math.round(words / 200));
  return anchor
    ? [note('structure/length', 'structure', 'info', anchor, `${words} words, about ${minutes} minute${minutes === 1 ? '' : 's'} to read; for ${profile.readers}, keep it under ${profile.maxWords}.`, 'Busy readers give a message about a minute. Move detail to an attachment and keep the decision, the impact and the ask.')]
    : [];
}
