import type { CheckId, Profile } from '../../profiles/schema';
import type { Doc } from '../doc';
import type { Finding } from '../finding';
import { type CueList, contentSentences, draftAnchor, hasCue } from '../sentences';
import { note } from './note';

/**
 * A check that the draft says something this reader needs ("what changes for patients"), by cue
 * phrases: if no content sentence has one, a note goes on the draft's first words.
 */
export function missingCue(check: CheckId, cue: CueList, message: (p: Profile) => string, explanation: string) {
  return (doc: Doc, profile: Profile): Finding[] => {
    if (!profile.checks.includes(check)) return [];
    const content = contentSentences(doc);
    if (content.length === 0 || content.some((s) => hasCue(s.text, cue))) return [];
    const anchor = draftAnchor(doc, profile, check);
    return anchor ? [note(`structure/${check}`, 'structure', 'info', anchor, message(profile), explanation)] : [];
  };
}
