import type { TermMatch } from '../lexicon/compile';
import type { Shape } from './inflect';
import type { Token } from './tokenize';

/** How a matched term is written here, so a rewrite can be made to fit (see inflect). */
export function matchShape(text: string, tokens: readonly Token[], match: TermMatch, offset = 0): Shape {
  const last = tokens[match.last - 1];
  const formWords = match.form.form.split(/[\s-]+/);
  const formLast = formWords[formWords.length - 1];
  const possessive = /(['’])s$/i.exec(last.raw)?.[1] ?? null;
  const noPossessive = possessive ? last.raw.slice(0, -2) : last.raw;
  const plural =
    noPossessive.toLowerCase() !== formLast.toLowerCase() && /s$/i.test(noPossessive) && !/s$/i.test(formLast);
  return { plural, possessive, sentenceStart: startsSentence(text, match.start - offset) };
}

/** True when the word at `at` is the first of a sentence, line or list item, and written with a capital. */
export function startsSentence(text: string, at: number): boolean {
  if (!/\p{Lu}/u.test(text[at] ?? '')) return false;
  const before = text.slice(Math.max(0, at - 12), at);
  return at === 0 || /(?:^|[.!?:]["'”’)\]]*\s+|\n\s*(?:[-*•]\s+|\d+[.)]\s+)?)$/.test(before) || /^\s*(?:[-*•]|\d+[.)])\s+$/.test(text.slice(0, at));
}
