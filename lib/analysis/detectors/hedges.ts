import cues from '../../profiles/cues.json';
import type { Profile } from '../../profiles/schema';
import type { Doc } from '../doc';
import type { Finding } from '../finding';
import { capitalize } from '../inflect';
import { note } from './note';

let pattern: RegExp | undefined;
function hedgePattern(): RegExp {
  pattern ??= new RegExp(
    `(?<![\\p{L}'’])(?:${[...cues.hedges].sort((a, b) => b.length - a.length).map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|')})(?![\\p{L}'’])`,
    'giu',
  );
  return pattern;
}

/**
 * Hedges and filler ("I think maybe we could possibly"): an executive reads them as doubt. The
 * suggestion deletes the words, with the space after them, and keeps the sentence's capital.
 */
export function hedges(doc: Doc, profile: Profile): Finding[] {
  if (!profile.checks.includes('hedges')) return [];
  const out: Finding[] = [];
  for (const p of doc.paragraphs) {
    for (const m of p.text.matchAll(hedgePattern())) {
      const start = p.start + m.index;
      const end = start + m[0].length;
      // Delete through the following space; at a sentence start the next word takes the capital.
      const rest = /^(\s+)(\p{L}[\p{L}'’-]*)?/u.exec(doc.text.slice(end, end + 40));
      const sentenceStart = /^\p{Lu}/u.test(m[0]) && (m.index === 0 || /[.!?]["'”’)]*\s+$|\n\s*$/.test(p.text.slice(0, m.index)));
      let replaces: { start: number; end: number; text: string } | undefined;
      let text = '';
      if (rest && sentenceStart && rest[2]) {
        replaces = { start, end: end + rest[0].length, text: doc.text.slice(start, end + rest[0].length) };
        text = /^I$|^[A-Z]{2,}/.test(rest[2]) ? rest[2] : capitalize(rest[2]);
      } else if (rest) {
        replaces = { start, end: end + rest[1].length, text: doc.text.slice(start, end + rest[1].length) };
      } else {
        // At the end of a sentence: take the space before instead.
        const space = /\s+$/.exec(doc.text.slice(Math.max(0, start - 5), start))?.[0] ?? '';
        replaces = { start: start - space.length, end, text: doc.text.slice(start - space.length, end) };
      }
      out.push(
        note('sentence/hedge', 'sentence', 'info', { start, end, text: m[0] }, `"${m[0]}" weakens the point; ${profile.readers} want it said plainly.`, 'Hedges and filler read as doubt. Say what you know, and give the uncertainty as a number or a risk if it matters.', [
          { text, note: 'removes the hedge', replaces },
        ]),
      );
    }
  }
  return out;
}
