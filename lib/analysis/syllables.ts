import { syllable } from 'syllable';
import { memoTable } from './memo';

const counts = memoTable<string, number>(50000);

/** Syllables in a word, from the `syllable` package (MIT), which knows English exceptions; memoised. */
export function countSyllables(word: string): number {
  // An acronym is read letter by letter ("EHR" = E-H-R).
  if (/^[A-Z0-9&]{2,}$/.test(word)) return word.replace(/[^A-Z]/g, '').length;
  const w = word.toLowerCase();
  return counts.get(w, () => Math.max(1, syllable(w)));
}

/** Flesch–Kincaid grade level (Kincaid et al., 1975). */
export function fleschKincaid(words: number, sentences: number, syllables: number): number {
  if (words === 0 || sentences === 0) return 0;
  return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
}
