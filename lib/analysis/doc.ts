import { type Lexicon, matchTerms, type TermMatch } from '../lexicon/compile';
import { type AcronymDefinition, findDefinitions } from './acronyms';
import { type Span, splitParagraphs, splitSentences } from './text';
import { isAcronymWord, type Token, tokenize } from './tokenize';
import { findUnknown, type UnknownCandidate, type VocabularyCounts } from './unknown';
import { countSyllables } from './syllables';

/**
 * What the engine knows about one paragraph, independent of the audience. Offsets are relative to
 * the paragraph, so the same object serves wherever the paragraph moves in the draft: this is the
 * unit of caching while the user types.
 */
export interface ParagraphFacts {
  tokens: Token[];
  terms: TermMatch[];
  definitions: AcronymDefinition[];
  sentences: Span[];
  /** Tokens that contain a letter (numbers are not words). */
  words: number;
  /** Per sentence: its words and syllables (for length and reading grade). */
  sentenceStats: { words: number; syllables: number; firstToken: number; lastToken: number }[];
  /** Words and expressions no entry covers that may be jargon, and the vocabulary counts. */
  unknown: UnknownCandidate[];
  vocabulary: VocabularyCounts;
  /** Token indices in lines written mostly in capitals (headings, shouting): not acronyms. */
  shouted: Set<number>;
  /**
   * Per-reader results that depend on this paragraph alone, by "<what>|<profile key>": findings of
   * paragraph-local detectors (offsets within the paragraph), vocabulary counts.
   */
  results: Map<string, unknown>;
}

export interface Paragraph extends Span {
  text: string;
  facts: ParagraphFacts;
}

/** The analysed draft: what every detector reads. */
export interface Doc {
  text: string;
  lexicon: Lexicon;
  paragraphs: Paragraph[];
}

function shoutedTokens(text: string, tokens: readonly Token[]): Set<number> {
  const shouted = new Set<number>();
  let lineStart = 0;
  while (lineStart < tokens.length) {
    const lineBreak = text.indexOf('\n', tokens[lineStart].start);
    let lineEnd = lineStart;
    while (lineEnd < tokens.length && (lineBreak === -1 || tokens[lineEnd].start < lineBreak)) lineEnd++;
    const words = tokens.slice(lineStart, lineEnd).filter((t) => /\p{L}/u.test(t.raw));
    const capitals = words.filter((t) => isAcronymWord(t.bare) || /^\p{Lu}$/u.test(t.bare)).length;
    if (words.length >= 3 && capitals / words.length >= 0.6) for (let k = lineStart; k < lineEnd; k++) shouted.add(k);
    lineStart = lineEnd;
  }
  return shouted;
}

function sentenceStats(tokens: readonly Token[], sentences: readonly Span[]): ParagraphFacts['sentenceStats'] {
  const out: ParagraphFacts['sentenceStats'] = [];
  let t = 0;
  for (const s of sentences) {
    while (t < tokens.length && tokens[t].start < s.start) t++;
    const first = t;
    let words = 0;
    let syllables = 0;
    while (t < tokens.length && tokens[t].end <= s.end) {
      if (/\p{L}/u.test(tokens[t].raw)) {
        words++;
        syllables += countSyllables(tokens[t].bare);
      }
      t++;
    }
    out.push({ words, syllables, firstToken: first, lastToken: t });
  }
  return out;
}

export function paragraphFacts(lexicon: Lexicon, text: string): ParagraphFacts {
  const tokens = tokenize(text);
  const terms = matchTerms(lexicon, text, tokens);
  const sentences = splitSentences(text);
  const { candidates, counts } = findUnknown(text, tokens, terms, sentences);
  return {
    tokens,
    terms,
    definitions: findDefinitions(lexicon, text, tokens),
    sentences,
    unknown: candidates,
    vocabulary: counts,
    words: tokens.reduce((n, t) => (/\p{L}/u.test(t.raw) ? n + 1 : n), 0),
    sentenceStats: sentenceStats(tokens, sentences),
    shouted: shoutedTokens(text, tokens),
    results: new Map(),
  };
}

/**
 * A bounded cache of paragraph facts keyed by paragraph text, one per lexicon. Re-analysing a
 * draft after one keystroke recomputes only the paragraph that changed.
 */
export class ParagraphCache {
  private readonly map = new Map<string, ParagraphFacts>();
  constructor(
    readonly lexicon: Lexicon,
    private readonly capacity = 5000,
  ) {}

  get(text: string): ParagraphFacts {
    let facts = this.map.get(text);
    if (facts) {
      // Refresh recency: Map iterates in insertion order, so the oldest key is first.
      this.map.delete(text);
    } else {
      facts = paragraphFacts(this.lexicon, text);
      if (this.map.size >= this.capacity) this.map.delete(this.map.keys().next().value!);
    }
    this.map.set(text, facts);
    return facts;
  }

  clear(): void {
    this.map.clear();
  }

  get size(): number {
    return this.map.size;
  }
}

export function buildDoc(text: string, cache: ParagraphCache): Doc {
  const paragraphs = splitParagraphs(text).map((span) => {
    const ptext = text.slice(span.start, span.end);
    return { ...span, text: ptext, facts: cache.get(ptext) };
  });
  return { text, lexicon: cache.lexicon, paragraphs };
}
