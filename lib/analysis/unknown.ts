import type { TermMatch } from '../lexicon/compile';
import { wordLists } from '../wordlists';
import { memoTable } from './memo';
import { getNlp } from './nlp';
import type { Span } from './text';
import { isAcronymWord, type Token } from './tokenize';
import { classifyWord } from './vocabulary';

/** A word or expression no lexicon entry covers that may still be jargon (see detectors/unknown-term). */
export interface UnknownCandidate {
  start: number;
  end: number;
  text: string;
  /** Lower-case lemma: the unit of "defined already" and "flag once". */
  lemma: string;
  cls: 'rare' | 'clinical' | 'product' | 'unit-clinical' | 'unit-it';
  /** Explained right here: "X (a ...)", "X, meaning ...". */
  defines: boolean;
}

/** Word tokens by how familiar they are, outside lexicon terms and names: the jargon score's input. */
export interface VocabularyCounts {
  common: number;
  mid: number;
  rare: number;
  clinical: number;
}

const CAMEL = /^\p{Lu}?\p{Ll}+\p{Lu}[\p{L}]*$/u; // PowerChart, eMAR-like product names
const TITLE = /^\p{Lu}\p{Ll}/u;
const DEFINED_AFTER = /^(?:['’]s)?\s*(?:\((?![A-Z0-9&]+[®™]?\))|,\s*(?:or|meaning|that is|i\.e\.|also called)\b|\s+(?:refers to|is short for|stands for)\b)/;
const DEFINED_BEFORE = /(?:also called|also known as|known as|called)\s+(?:an?\s+|the\s+)?["“'‘]?$/i;

/**
 * Is the word at [start, end) explained where it stands: "X (a …)", "X, meaning …", "X refers to …",
 * "…, also called X"? An acronym in brackets after it ("X (ABC)") is not an explanation.
 */
export function explainedHere(text: string, start: number, end: number): boolean {
  return DEFINED_AFTER.test(text.slice(end, end + 40)) || DEFINED_BEFORE.test(text.slice(Math.max(0, start - 30), start));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

let unitPattern: RegExp | undefined;
function units(): RegExp {
  if (!unitPattern) {
    const { clinical, it } = wordLists().units;
    const all = [...clinical, ...it].sort((a, b) => b.length - a.length).map(escapeRegExp);
    unitPattern = new RegExp(`(?<![\\w.])\\d+(?:[.,]\\d+)?\\s?(?:${all.join('|')})(?![\\w/])`, 'g');
  }
  return unitPattern;
}

/** The line holding `offset` has at most three words: "Priya", "Thanks, James", "Dr. Ruiz". */
function shortLine(text: string, offset: number): boolean {
  const from = text.lastIndexOf('\n', offset) + 1;
  const to = text.indexOf('\n', offset);
  return text.slice(from, to === -1 ? text.length : to).trim().split(/\s+/).length <= 3;
}

/** Offsets where a sentence's first word starts (after any opening quote or bracket). */
function sentenceStarts(sentences: readonly Span[], text: string): Set<number> {
  const starts = new Set<number>();
  for (const s of sentences) {
    let i = s.start;
    while (i < s.end && /[\s"'“‘([-]/.test(text[i])) i++;
    starts.add(i);
  }
  return starts;
}

const wordCache = memoTable<string, { root: string; name: boolean }>(20000);
const NAME_TAGS = new Set(['Person', 'Place', 'FirstName', 'LastName', 'City', 'Country', 'Region']);

/**
 * compromise's lemma of a word, and whether it knows it as a name of a person or place. Asked of
 * the word alone and remembered: only words the word lists cannot place get here, and a parse per
 * word, once, costs far less than parsing every paragraph (README, "Speed").
 */
function wordInfo(word: string): { root: string; name: boolean } {
  const nlp = getNlp();
  // Not loaded yet: the word as written (not remembered, so the real lemma replaces it later).
  if (!nlp) return { root: word.toLowerCase(), name: false };
  return wordCache.get(word, () => {
    const doc = nlp(word);
    doc.compute('root');
    const term = (doc.json() as { terms: { root?: string; normal: string; tags: string[] }[] }[])[0]?.terms[0];
    return { root: (term?.root ?? term?.normal ?? word).toLowerCase(), name: term?.tags.some((t) => NAME_TAGS.has(t)) ?? false };
  });
}

/**
 * Finds the paragraph's unknown-term candidates and counts its vocabulary. Cheap word-list checks
 * first; compromise (lemmas, and names of people and places) only for the words they cannot place.
 */
export function findUnknown(
  text: string,
  tokens: readonly Token[],
  terms: readonly TermMatch[],
  sentences: readonly Span[],
): { candidates: UnknownCandidate[]; counts: VocabularyCounts } {
  const counts: VocabularyCounts = { common: 0, mid: 0, rare: 0, clinical: 0 };
  const covered = new Uint8Array(tokens.length);
  for (const m of terms) covered.fill(1, m.first, m.last);
  const pending: { token: Token; cls: UnknownCandidate['cls'] }[] = [];
  const starts = sentenceStarts(sentences, text);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (covered[i] || isAcronymWord(t.bare) || !/^[\p{L}\p{M}'’]+$/u.test(t.raw)) continue;
    if (CAMEL.test(t.bare) && !TITLE.test(t.bare.slice(1))) {
      if (classifyWord(t.bare) !== 'common') pending.push({ token: t, cls: 'product' });
      continue;
    }
    // Capitalised inside a sentence: a name (person, place, organisation). Not ours to judge.
    if (TITLE.test(t.bare)) {
      if (!starts.has(t.start)) continue;
      // At the start: "Priya Shah" (a capital follows), or a short line (a greeting or signature).
      const next = tokens[i + 1];
      if (next && TITLE.test(next.bare) && !/\n/.test(text.slice(t.end, next.start))) continue;
      if (shortLine(text, t.start)) continue;
    }
    if (t.bare.length < 3) {
      counts.common++;
      continue;
    }
    const cls = classifyWord(t.bare);
    if (cls === 'common' || cls === 'mid') counts[cls]++;
    else pending.push({ token: t, cls });
  }
  const candidates: UnknownCandidate[] = [];
  for (const { token, cls } of pending) {
    const info = wordInfo(token.bare);
    if (info.name) continue;
    const lemma = info.root;
    const recheck = cls === 'product' ? cls : classifyWord(token.bare, lemma);
    if (recheck === 'common' || recheck === 'mid') {
      counts[recheck]++;
      continue;
    }
    counts[recheck === 'clinical' ? 'clinical' : 'rare']++;
    candidates.push({
      start: token.start,
      end: token.end,
      text: token.raw,
      lemma,
      cls: recheck,
      defines: DEFINED_AFTER.test(text.slice(token.end, token.end + 40)),
    });
  }
  const { clinical } = wordLists().units;
  for (const m of text.matchAll(units())) {
    const unit = m[0].replace(/^[\d.,\s]+/, '');
    candidates.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      lemma: unit,
      cls: clinical.has(unit) ? 'unit-clinical' : 'unit-it',
      defines: explainedHere(text, m.index, m.index + m[0].length),
    });
  }
  candidates.sort((a, b) => a.start - b.start);
  return { candidates, counts };
}
