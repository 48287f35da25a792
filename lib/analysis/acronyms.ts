import type { Lexicon } from '../lexicon/compile';
import { isAcronymWord, type Token } from './tokenize';

/** An acronym defined in the text: "computerized physician order entry (CPOE)" or "CPOE (computerized …)". */
export interface AcronymDefinition {
  acronym: string;
  /** The acronym token that is defined here: it is the definition, so it is not flagged. */
  start: number;
  end: number;
  /** The spelled-out words. */
  longStart: number;
  longEnd: number;
}

const SMALL_WORDS = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'to', 'a', 'an', '&', 'with', 'by']);

/**
 * Does `long` spell out `short`? After Schwartz & Hearst (2003), "A simple algorithm for identifying
 * abbreviation definitions in biomedical text": every letter of the short form appears in order in
 * the long form, and the first one starts a word. Returns where the long form starts, or -1.
 */
export function spellsOut(short: string, long: string): number {
  // "Health Level Seven (HL7)": a digit the long form spells as a word is not matched letter by letter.
  const letters = short.toLowerCase().replace(/\d/.test(long) ? /[^a-z0-9]/g : /[^a-z]/g, '');
  if (letters.length < 2) return -1;
  const lower = long.toLowerCase();
  let l = lower.length - 1;
  for (let s = letters.length - 1; s >= 0; s--) {
    const c = letters[s];
    while (l >= 0 && (lower[l] !== c || (s === 0 && l > 0 && /[a-z0-9]/.test(lower[l - 1])))) l--;
    if (l < 0) return -1;
    l--;
  }
  return lower.lastIndexOf(' ', l + 1) + 1;
}

function wordsIn(s: string): string[] {
  return s.split(/[\s-]+/).filter(Boolean);
}

function expansionMatches(lexicon: Lexicon, acronym: string, long: string): boolean {
  const expansion = lexicon.acronyms.get(acronym)?.expansion;
  if (!expansion) return false;
  const norm = (s: string) => s.toLowerCase().replace(/[\s-]+/g, ' ').trim();
  return norm(long).endsWith(norm(expansion));
}

/** The acronym definitions in one paragraph (offsets as the tokens'). */
export function findDefinitions(lexicon: Lexicon, text: string, tokens: readonly Token[], base = 0): AcronymDefinition[] {
  const defs: AcronymDefinition[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!isAcronymWord(t.bare)) continue;
    // Definitions sit close to the acronym: look back a bounded distance (a long paragraph with
    // many acronyms would otherwise cost quadratic time).
    const rel = t.start - base;
    const from0 = Math.max(0, rel - 400);
    const before = text.slice(from0, rel);
    const after = text.slice(t.end - base, t.end - base + 200);
    // "long form (ACR)": the acronym alone inside brackets (a ® or ™ allowed), after the words
    // that spell it out. "(ASTP/ONC)": several acronyms after one long name.
    const group = /\(\s*((?:[A-Z0-9&]+\s*\/\s*)*)$/.exec(before);
    const groupAfter = /^(?:['’]?s)?[®™]?((?:\s*\/\s*[A-Z0-9&]+)*)\s*\)/.exec(after);
    if (group && groupAfter) {
      const open = before.length - group[0].length;
      const head = before.slice(0, open).replace(/[\s®™]+$/, '');
      // Only look back within the sentence and a bounded number of words.
      const sentence = head.slice(Math.max(head.search(/[.!?:;]\s[^.!?:;]*$/) + 1, 0));
      const words = wordsIn(sentence);
      const several = group[1] !== '' || groupAfter[1] !== '';
      if (several) {
        // A long capitalised name before a group of acronyms defines each of them.
        const tail = words.slice(-12);
        const capitals = tail.filter((w) => /^\p{Lu}/u.test(w)).length;
        if (capitals >= 3) {
          const long = tail.join(' ');
          defs.push({ acronym: t.bare, start: t.start, end: t.end, longStart: findBack(text, from0 + head.length, long) + base, longEnd: base + from0 + head.length });
          continue;
        }
      } else {
        const limit = Math.min(t.bare.length + 5, t.bare.length * 2);
        const window = words.slice(-limit).join(' ');
        let from = spellsOut(t.bare, window);
        if (expansionMatches(lexicon, t.bare, window)) {
          const expansion = lexicon.acronyms.get(t.bare)!.expansion!;
          from = Math.max(0, window.length - expansion.length);
        }
        if (from >= 0) {
          const long = window.slice(from);
          const longWords = wordsIn(long).filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
          if (longWords.length >= 1 && !isAcronymWord(long.replace(/\s/g, ''))) {
            const longEnd = base + from0 + head.length;
            // Find the long form's start in the original text by counting back its characters.
            const longStart = findBack(text, from0 + head.length, long) + base;
            defs.push({ acronym: t.bare, start: t.start, end: t.end, longStart, longEnd });
            continue;
          }
        }
      }
    }
    // "ACR (long form)": spelled out in brackets right after the acronym.
    const m = /^(?:['’]?s)?[®™]?\s*\(([^()\n]{3,120})\)/.exec(after);
    if (m) {
      const raw = m[1].trim();
      const inner = raw.replace(/[®™]/g, '');
      if (!isAcronymWord(inner.replace(/[\s-]/g, '')) && (spellsOut(t.bare, inner) === 0 || expansionMatches(lexicon, t.bare, inner))) {
        const longStart = t.end + m[0].indexOf(raw);
        defs.push({ acronym: t.bare, start: t.start, end: t.end, longStart, longEnd: longStart + raw.length });
      }
    }
  }
  return defs;
}

/** Where `long` (words separated by single spaces) starts, reading `text` back from `end`. */
function findBack(text: string, end: number, long: string): number {
  let i = end;
  for (let k = long.length - 1; k >= 0; k--) {
    i--;
    if (long[k] === ' ') while (i > 0 && /[\s-]/.test(text[i - 1])) i--;
  }
  return Math.max(0, i);
}
