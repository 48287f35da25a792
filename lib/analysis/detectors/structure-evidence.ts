import type { Profile } from '../../profiles/schema';
import type { Doc } from '../doc';
import type { Finding } from '../finding';
import { contentSentences, draftAnchor, hasCue } from '../sentences';
import { note } from './note';

/** A proposed change with no evidence or pilot result behind it. */
export function evidence(doc: Doc, profile: Profile): Finding[] {
  if (!profile.checks.includes('evidence')) return [];
  const content = contentSentences(doc);
  if (!content.some((s) => hasCue(s.text, 'change')) || content.some((s) => hasCue(s.text, 'evidence'))) return [];
  const anchor = draftAnchor(doc, profile, 'evidence');
  return anchor
    ? [note('structure/evidence', 'structure', 'info', anchor, `The draft proposes a change without evidence; ${profile.readers} want a pilot result or a study.`, 'Clinicians trust a change that has been measured: cite the pilot, the study or the data.')]
    : [];
}
