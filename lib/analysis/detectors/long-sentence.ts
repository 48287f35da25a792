import type { Profile } from '../../profiles/schema';
import { capitalize } from '../inflect';
import type { Doc } from '../doc';
import type { Finding } from '../finding';
import { anchorIn, type Sentence, sentences } from '../sentences';
import { note } from './note';

// Where a long sentence splits cleanly: the joint, and what replaces it with the next word.
const JOINTS: { re: RegExp; lead: (next: string) => string }[] = [
  { re: /;\s+(\p{L}[\p{L}'’-]*)/gu, lead: (w) => capitalize(w) },
  { re: /,\s+and\s+(\p{L}[\p{L}'’-]*)/giu, lead: (w) => capitalize(w) },
  { re: /,\s+but\s+(\p{L}[\p{L}'’-]*)/giu, lead: (w) => `But ${w}` },
  { re: /,\s+so\s+(\p{L}[\p{L}'’-]*)/giu, lead: (w) => `So ${w}` },
  { re: /,\s+which\s+(\p{L}[\p{L}'’-]*)/giu, lead: (w) => `This ${w}` },
  { re: /(?<!,)\s+and\s+(?=(?:we|i|they|it|the|this|that|our|you)\s)(\p{L}+)/giu, lead: (w) => capitalize(w) },
];

function splitPoint(s: Sentence): { start: number; end: number; text: string; replacement: string } | null {
  let best: { start: number; end: number; text: string; replacement: string; score: number } | null = null;
  const middle = s.text.length / 2;
  for (const { re, lead } of JOINTS) {
    for (const m of s.text.matchAll(re)) {
      const before = s.text.slice(0, m.index).split(/\s+/).length;
      const after = s.text.slice(m.index + m[0].length).split(/\s+/).length;
      if (before < 5 || after < 4) continue;
      const score = Math.abs(m.index - middle);
      const word = m[m.length - 1];
      if (!best || score < best.score) {
        best = { start: s.start + m.index, end: s.start + m.index + m[0].length, text: m[0], replacement: `. ${lead(word)}`, score };
      }
    }
  }
  return best;
}

/** Sentences longer than the reader's limit, with a proposed split where one reads cleanly. */
export function longSentence(doc: Doc, profile: Profile): Finding[] {
  if (!profile.checks.includes('long-sentence')) return [];
  const limit = profile.maxSentenceWords;
  const out: Finding[] = [];
  for (const s of sentences(doc)) {
    if (s.words <= limit) continue;
    const severity = s.words > limit * 1.5 ? 'warning' : 'info';
    const message = `This sentence has ${s.words} words; ${profile.readers} read best at ${limit} or fewer.`;
    const split = splitPoint(s);
    if (split) {
      // The flagged words are the joint itself: ", and the" becomes ". The".
      out.push(
        note('sentence/long', 'sentence', severity, split, `${message} Split it here.`, 'Long sentences make readers hold several ideas at once; one idea per sentence reads faster.', [
          { text: split.replacement, note: 'splits the sentence in two' },
        ]),
      );
      continue;
    }
    const anchor = anchorIn(s);
    if (anchor) out.push(note('sentence/long', 'sentence', severity, anchor, `${message} Split or shorten it.`, 'Long sentences make readers hold several ideas at once; one idea per sentence reads faster.'));
  }
  return out;
}
