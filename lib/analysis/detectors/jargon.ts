import type { Profile } from '../../profiles/schema';
import type { Doc } from '../doc';
import type { Finding } from '../finding';
import { knows, rewriteSuggestions } from '../knows';
import { explainEntry, mayNotKnow, wordyMessage } from '../messages';
import { matchShape } from '../shape';

/**
 * Multi-word and single-word terms from the lexicon that this reader does not know.
 * Acronym hits are the acronym detector's; words spelled out to define an acronym are left alone
 * (the writer has just explained them).
 */
export function jargon(doc: Doc, profile: Profile): Finding[] {
  const findings: Finding[] = [];
  for (const p of doc.paragraphs) {
    const { terms, tokens, definitions } = p.facts;
    for (const m of terms) {
      const entry = m.form.entry;
      if (m.form.acronym || knows(profile, entry)) continue;
      if (definitions.some((d) => m.start >= d.longStart && m.end <= d.longEnd)) continue;
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
