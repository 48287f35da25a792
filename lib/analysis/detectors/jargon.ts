import type { Profile } from '../../profiles/schema';
import type { Doc } from '../doc';
import type { Finding } from '../finding';
import { knows, rewriteSuggestions } from '../knows';
import { explainEntry, mayNotKnow, wordyMessage } from '../messages';
import { matchShape } from '../shape';
import { explainedHere } from '../unknown';

/**
 * Multi-word and single-word terms from the lexicon that this reader does not know.
 * Acronym hits are the acronym detector's. A term the draft explains where it stands ("X (…)",
 * "X, meaning …", "…, also called X") is left alone; spelling out an acronym does not explain the
 * words themselves, so "computerized physician order entry (CPOE)" is still flagged for executives.
 */
export function jargon(doc: Doc, profile: Profile): Finding[] {
  const findings: Finding[] = [];
  for (const p of doc.paragraphs) {
    const { terms, tokens } = p.facts;
    for (const m of terms) {
      const entry = m.form.entry;
      if (m.form.acronym || knows(profile, entry)) continue;
      if (explainedHere(p.text, m.start, m.end)) continue;
      const text = p.text.slice(m.start, m.end);
      // Buzzwords and wordy phrases: every reader knows them, and plainer words still read better.
      const wordy = entry.domain === 'plain-language';
      findings.push({
        ruleId: `${wordy ? 'wordy' : 'jargon'}/${entry.id}`,
        kind: wordy ? 'wordy' : 'jargon',
        severity: wordy ? 'info' : 'warning',
        start: p.start + m.start,
        end: p.start + m.end,
        text,
        message: wordy ? wordyMessage(text) : mayNotKnow(profile, text),
        explanation: explainEntry(entry, profile),
        suggestions: rewriteSuggestions(profile, entry, matchShape(p.text, tokens, m)),
      });
    }
  }
  return findings;
}
