import type { Profile } from '../../profiles/schema';
import type { Doc } from '../doc';
import type { Finding } from '../finding';
import { knows } from '../knows';
import { anchorIn, sentences } from '../sentences';
import { note } from './note';

const TECHNICAL = new Set(['ai-data', 'it-infra', 'health-it']);
const MAX_PER_PARAGRAPH = 3;

/** A paragraph dense with implementation detail the reader does not need. */
export function technicalDensity(doc: Doc, profile: Profile): Finding[] {
  if (!profile.checks.includes('technical-density')) return [];
  const out: Finding[] = [];
  const all = sentences(doc);
  for (const p of doc.paragraphs) {
    const technical = p.facts.terms.filter((m) => TECHNICAL.has(m.form.entry.domain) && !knows(profile, m.form.entry));
    if (technical.length <= MAX_PER_PARAGRAPH) continue;
    const first = all.find((s) => s.paragraph === p);
    const anchor = first && anchorIn(first);
    if (anchor) {
      out.push(note('structure/technical-density', 'structure', 'info', anchor, `${technical.length} technical terms in this paragraph; ${profile.readers} need the outcome, not the implementation.`, 'Keep how it works for an appendix or the technical team; say what it does for patients, cost and risk.'));
    }
  }
  return out;
}
