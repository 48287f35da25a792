import type { Profile } from '../../profiles/schema';
import type { Doc } from '../doc';
import type { Finding } from '../finding';
import { anchorIn, sentences } from '../sentences';
import { fleschKincaid } from '../syllables';
import { note } from './note';

/** The Flesch–Kincaid grade of each paragraph against the reader's target, noted on its hardest sentence. */
export function readingGrade(doc: Doc, profile: Profile): Finding[] {
  if (!profile.checks.includes('reading-grade')) return [];
  const out: Finding[] = [];
  const all = sentences(doc);
  for (const p of doc.paragraphs) {
    const own = all.filter((s) => s.paragraph === p && s.words > 0);
    const words = own.reduce((n, s) => n + s.words, 0);
    // Short paragraphs (a greeting, a sign-off) have no meaningful grade.
    if (words < 25) continue;
    const grade = fleschKincaid(words, own.length, own.reduce((n, s) => n + s.syllables, 0));
    if (grade <= profile.readingGradeTarget + 1) continue;
    const hardest = own.reduce((a, b) => (fleschKincaid(b.words, 1, b.syllables) > fleschKincaid(a.words, 1, a.syllables) ? b : a));
    const anchor = anchorIn(hardest);
    if (!anchor) continue;
    out.push(
      note(
        'sentence/reading-grade',
        'sentence',
        'info',
        anchor,
        `This paragraph reads at grade ${grade.toFixed(0)}; for ${profile.readers}, aim for grade ${profile.readingGradeTarget} or lower. Its hardest sentence starts here.`,
        'Flesch–Kincaid grade, from words per sentence and syllables per word. Shorter sentences and shorter words bring it down.',
      ),
    );
  }
  return out;
}

/** The grade of the whole draft, for metrics. */
export function draftGrade(doc: Doc): number {
  let words = 0;
  let count = 0;
  let syllables = 0;
  for (const s of sentences(doc)) {
    if (s.words === 0) continue;
    words += s.words;
    count++;
    syllables += s.syllables;
  }
  return Math.round(fleschKincaid(words, count, syllables) * 10) / 10;
}
