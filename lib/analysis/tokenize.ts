/**
 * Word tokens with exact UTF-16 offsets, and the normalised keys the lexicon is matched on.
 * Hand-written rather than compromise: matching a term list needs only tokens, and this is
 * roughly two orders of magnitude cheaper than a parse (see README, "Speed").
 */

export interface Token {
  /** Offsets into the analysed text: text.slice(start, end) === raw. */
  start: number;
  end: number;
  raw: string;
  /** Normalised for lookup: lower case, possessive and plural endings folded (see tokenKey). */
  key: string;
  /** The word without a possessive or a plural -s after capitals ("EHRs" -> "EHR"). */
  bare: string;
}

// Letters (with combining marks) and digits; '&' and apostrophes join word pieces ("P&L",
// "physician's"); '.' or ',' join digits ("v2.5", "1,200").
const WORD = /[\p{L}\p{M}\p{N}]+(?:(?:[&'’]|[.,](?=\p{N}))[\p{L}\p{M}\p{N}]+)*/gu;

// Spans that are not prose: URLs, e-mail addresses, inline code. Tokens inside are dropped.
const NOT_PROSE = /\b(?:https?:\/\/|www\.)[^\s<>"]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|`[^`\n]*`/giu;

export function tokenize(text: string, offset = 0): Token[] {
  const skips: [number, number][] = [];
  for (const m of text.matchAll(NOT_PROSE)) skips.push([m.index, m.index + m[0].length]);
  const tokens: Token[] = [];
  let s = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    while (s < skips.length && skips[s][1] <= start) s++;
    if (s < skips.length && skips[s][0] <= start) continue;
    const raw = m[0];
    const bare = bareWord(raw);
    tokens.push({ start: start + offset, end: start + offset + raw.length, raw, bare, key: tokenKey(bare) });
  }
  return tokens;
}

/** True for a word written as an acronym: two or more capitals, digits and '&' allowed ("HL7", "P&L"). */
export function isAcronymWord(word: string): boolean {
  let capitals = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 65 && c <= 90) capitals++;
    else if (!((c >= 48 && c <= 57) || c === 38)) return false;
  }
  return capitals >= 2;
}

/** Drops a possessive ("CFO's", "networks'") and the plural -s of an acronym ("EHRs"). */
export function bareWord(raw: string): string {
  let w = raw;
  const last = w.length - 1;
  if (last > 1 && (w[last] === 's' || w[last] === 'S') && (w[last - 1] === "'" || w[last - 1] === '’')) {
    w = w.slice(0, -2);
  }
  if (w.length > 2 && w.endsWith('s') && isAcronymWord(w.slice(0, -1))) w = w.slice(0, -1);
  return w;
}

// Irregular plurals common in clinical and technical writing, folded to their singular.
const IRREGULAR: Record<string, string> = {
  analyses: 'analysis',
  diagnoses: 'diagnosis',
  prognoses: 'prognosis',
  criteria: 'criterion',
  indices: 'index',
  matrices: 'matrix',
  vertebrae: 'vertebra',
  bacteria: 'bacterium',
  phenomena: 'phenomenon',
  children: 'child',
  women: 'woman',
  men: 'man',
  feet: 'foot',
  teeth: 'tooth',
};

/**
 * The lookup key of a bare word. Applied the same way to lexicon terms and to drafts, so it only
 * needs to be consistent, not a real lemma: "databases" and "database" both give "databas",
 * "therapies" and "therapy" both "therapy", "processes" and "process" both "process".
 */
export function tokenKey(bare: string): string {
  if (isAcronymWord(bare)) return bare.toLowerCase();
  let w = bare.toLowerCase();
  if (w.length <= 3) return w;
  const irregular = IRREGULAR[w];
  if (irregular) w = irregular;
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}
