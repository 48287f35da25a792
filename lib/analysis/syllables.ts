import { syllable } from 'syllable';

const cache = new Map<string, number>();

/** Syllables in a word, from the `syllable` package (MIT), which knows English exceptions; memoised. */
export function countSyllables(word: string): number {
  const w = word.toLowerCase();
  let n = cache.get(w);
  if (n === undefined) {
    // An acronym is read letter by letter ("EHR" = E-H-R).
    n = /^[A-Z0-9&]{2,}$/.test(word) ? word.replace(/[^A-Z]/g, '').length : Math.max(1, syllable(w));
    if (cache.size > 50000) cache.clear();
    cache.set(w, n);
  }
  return n;
}

/** Flesch–Kincaid grade level (Kincaid et al., 1975). */
export function fleschKincaid(words: number, sentences: number, syllables: number): number {
  if (words === 0 || sentences === 0) return 0;
  return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
}
