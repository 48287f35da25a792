/**
 * compromise, loaded on demand. Evaluating it costs a few hundred milliseconds (README, "Speed"),
 * which a page with no draft should not pay, so nothing imports it statically: `loadNlp()` fetches
 * it once, and until it has arrived the detectors that need it do less (no lemmas for unfamiliar
 * words, no passive voice). The CLI, tests and benchmarks await it before analysing; the page
 * re-checks its drafts when it arrives (and clears cached paragraphs, which were read without it).
 */
import type nlpType from 'compromise';

export type Nlp = typeof nlpType;

let nlp: Nlp | null = null;
let loading: Promise<Nlp> | null = null;

export function getNlp(): Nlp | null {
  return nlp;
}

export function loadNlp(): Promise<Nlp> {
  return (loading ??= import('compromise').then((m) => (nlp = m.default)));
}
