import cues from '../profiles/cues.json';
import type { CheckId, Profile } from '../profiles/schema';
import type { Doc, Paragraph } from './doc';
import { memoTable } from './memo';
import type { Span } from './text';

/** A sentence of the draft with absolute offsets: what sentence and structure checks read. */
export interface Sentence extends Span {
  text: string;
  paragraph: Paragraph;
  /** Index in the paragraph's sentences. */
  index: number;
  words: number;
  syllables: number;
  firstToken: number;
  lastToken: number;
}

const GREETING = /^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|thanks|thank you|many thanks|best|regards|kind regards|cheers|sincerely|all|team)\b[^.!?]{0,40}[,!]?$/i;

const memo = new WeakMap<Doc, { all: Sentence[]; content?: Sentence[] }>();

/** Every sentence, in order (computed once per analysis, shared by the checks). */
export function sentences(doc: Doc): Sentence[] {
  const known = memo.get(doc);
  if (known) return known.all;
  const out: Sentence[] = [];
  for (const p of doc.paragraphs) {
    p.facts.sentences.forEach((s, index) => {
      const st = p.facts.sentenceStats[index];
      out.push({ start: p.start + s.start, end: p.start + s.end, text: p.text.slice(s.start, s.end), paragraph: p, index, ...st });
    });
  }
  memo.set(doc, { all: out });
  return out;
}

/** Sentences that carry content: not greetings, sign-offs, names or a subject line. */
export function contentSentences(doc: Doc): Sentence[] {
  const all = sentences(doc);
  const m = memo.get(doc)!;
  return (m.content ??= all.filter((s) => s.words >= 4 && !GREETING.test(s.text.trim()) && !/^subject\s*:/i.test(s.text)));
}

/** A word of the sentence to hang a note on: the first not inside a lexicon term. */
export function anchorIn(s: Sentence): { start: number; end: number; text: string } | null {
  return freeWords(s)[0] ?? null;
}

/** The free words of a sentence (not inside a lexicon term), as anchors. */
function freeWords(s: Sentence): { start: number; end: number; text: string }[] {
  const { tokens, terms } = s.paragraph.facts;
  const out: { start: number; end: number; text: string }[] = [];
  for (let i = s.firstToken; i < s.lastToken; i++) {
    if (!/\p{L}/u.test(tokens[i].raw) || terms.some((m) => i >= m.first && i < m.last)) continue;
    const start = s.paragraph.start + tokens[i].start;
    out.push({ start, end: start + tokens[i].raw.length, text: tokens[i].raw });
  }
  return out;
}

const DRAFT_LEVEL = new Set<CheckId>(['clear-ask', 'impact-numbers', 'length', 'patient-impact', 'workflow-impact', 'evidence', 'requirement', 'constraint', 'second-person']);

/**
 * Where a note about the whole draft goes: a word at the start of its content. Each of the
 * reader's draft-level checks has its own word (the first, the second, …), so that several notes
 * about the draft do not overlap.
 */
export function draftAnchor(doc: Doc, profile: Profile, check: CheckId): { start: number; end: number; text: string } | null {
  const slot = Math.max(0, profile.checks.filter((c) => DRAFT_LEVEL.has(c)).indexOf(check));
  const words = contentSentences(doc).slice(0, 3).flatMap(freeWords);
  return words[Math.min(slot, words.length - 1)] ?? null;
}

export type CueList = keyof Omit<typeof cues, 'source'>;
const patterns = new Map<CueList, RegExp>();
// Sentences repeat from check to check while the user types elsewhere: remember the answers.
const cueAnswers = memoTable<string, boolean>(50000);

/** Does the text contain one of the cue phrases (whole words, any case)? */
export function hasCue(text: string, list: CueList): boolean {
  return cueAnswers.get(`${list}\u0000${text}`, () => {
    let re = patterns.get(list);
    if (!re) {
      const alternatives = (cues[list] as string[]).map((c) => c.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
      re = new RegExp(`(?<![\\p{L}\\d])(?:${alternatives.join('|')})(?![\\p{L}\\d])`, 'iu');
      patterns.set(list, re);
    }
    return re.test(text);
  });
}

const DATE = /\b(?:(?:by|before|on|until|due)\s+(?:the\s+)?(?:end\s+of\s+)?\w+\s*\d|\d{1,2}[/-]\d{1,2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|\bq[1-4]\b|fy\s?\d{2})/i;

/** A date or deadline: "by Friday", "Dec 12", "12/3", "end of the month", "Q1". */
export function hasDate(text: string): boolean {
  return cueAnswers.get(`date\u0001${text}`, () => DATE.test(text) || hasCue(text, 'date'));
}

const NUMBER_IMPACT = /[$€£]\s?\d|\d\s?%|\b\d[\d,.]*\s?(?:k|m|mm|bn)\b|\b\d[\d,.]*\s+(?:[a-z-]+\s+)?(?:patients?|beds|days|hours|minutes|weeks|months|years|ftes?|nurses|physicians|visits|admissions|readmissions|deaths|lives|clicks|staff|percent|points|dollars|million|billion|thousand)\b/i;

/** Impact stated in numbers: money, percentages, counts of patients, time. */
export function hasNumberImpact(text: string): boolean {
  return cueAnswers.get(`number\u0001${text}`, () => NUMBER_IMPACT.test(text));
}
