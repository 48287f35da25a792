/** Paragraphs and sentences with offsets: the units the engine caches and reports on. */

export interface Span {
  start: number;
  end: number;
}

/** The longest piece of text the engine caches as one unit (characters). */
export const MAX_PARAGRAPH = 4000;

/**
 * Paragraphs: runs of non-blank lines. A draft typed in a compose box changes one paragraph
 * at a time, which is what makes per-paragraph caching pay.
 */
export function splitParagraphs(text: string): Span[] {
  const spans: Span[] = [];
  const blank = /\n[ \t\r\f\v\u00a0]*\n/g;
  let from = 0;
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end - start > MAX_PARAGRAPH) {
      // A huge "paragraph" (a pasted log, a 50,000-character line) is cut into pieces at line or
      // sentence ends, or spaces, so a keystroke in it re-reads one piece, not the whole.
      let at = start;
      while (end - at > MAX_PARAGRAPH) {
        const window = text.slice(at + MAX_PARAGRAPH / 2, at + MAX_PARAGRAPH);
        const cut = Math.max(window.lastIndexOf('\n'), window.search(/[.!?]\s[^.!?]*$/) + 1, window.lastIndexOf(' '));
        const next = cut > 0 ? at + MAX_PARAGRAPH / 2 + cut : at + MAX_PARAGRAPH;
        push(at, next);
        at = next;
      }
      start = at;
      while (start < end && /\s/.test(text[start])) start++;
    }
    if (end > start) spans.push({ start, end });
  };
  for (const m of text.matchAll(blank)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return spans;
}

// A sentence ends at . ! ? (with closing quotes or brackets) before white space and a capital,
// digit or opening quote, or at a line break; common abbreviations do not end one.
const ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'st', 'vs', 'etc', 'e.g', 'i.e', 'no', 'approx', 'inc', 'jr', 'sr', 'dept', 'fig', 'vol']);

export function splitSentences(text: string, span: Span = { start: 0, end: text.length }): Span[] {
  const out: Span[] = [];
  let start = span.start;
  const push = (end: number) => {
    let s = start;
    while (s < end && /\s/.test(text[s])) s++;
    let e = end;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let i = span.start; i < span.end; i++) {
    const c = text[i];
    if (c === '\n') {
      push(i);
      start = i + 1;
    } else if (c === '.' || c === '!' || c === '?') {
      let j = i + 1;
      while (j < span.end && /["'”’)\]]/.test(text[j])) j++;
      if (j < span.end && !/\s/.test(text[j])) continue;
      if (c === '.') {
        const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(span.start, i - 8), i))?.[1]?.toLowerCase();
        if (word && (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word))) continue;
      }
      push(j);
      start = j;
      i = j - 1;
    }
  }
  push(span.end);
  return out;
}

/** 1-based line and column (UTF-16 units) of an offset, as editors and linters report them. */
export function lineColumn(text: string, offset: number, lineStarts = computeLineStarts(text)): { line: number; column: number } {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - lineStarts[lo] + 1 };
}

export function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}
