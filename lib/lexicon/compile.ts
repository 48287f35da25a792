import { isAcronymWord, tokenize, tokenKey } from '../analysis/tokenize';
import type { DomainId, LexiconEntry } from './schema';

export type { DomainId } from './schema';

/** An entry as the engine uses it: from a lexicon file (its domain) or a user's glossary ('custom'). */
export type LoadedEntry = LexiconEntry & { domain: DomainId | 'custom' };

/** One surface form of an entry, as compiled into the trie. */
export interface CompiledForm {
  entry: LoadedEntry;
  form: string;
  /** Per word: the exact capitals a draft must show, or null where any case matches. */
  exact: (string | null)[];
  /** The form is an acronym ("CPOE", "eRx" is not): such hits follow acronym rules. */
  acronym: boolean;
  /** Context keys, one of which must be in the paragraph (see LexiconEntry.context). */
  context: string[] | null;
}

export interface TrieNode {
  next: Map<string, TrieNode>;
  forms: CompiledForm[];
}

export interface Lexicon {
  entries: readonly LoadedEntry[];
  byId: ReadonlyMap<string, LoadedEntry>;
  root: TrieNode;
  /** Acronym forms by their exact capitals, for definitions and look-ups. */
  acronyms: ReadonlyMap<string, LoadedEntry>;
}

/** Builds the token trie once; matching then costs one map look-up per word of the draft. */
export function compileLexicon(entries: readonly LoadedEntry[]): Lexicon {
  const root: TrieNode = { next: new Map(), forms: [] };
  const byId = new Map<string, LoadedEntry>();
  const acronyms = new Map<string, LoadedEntry>();
  for (const entry of entries) {
    byId.set(entry.id, entry);
    const context = entry.context?.map((w) => tokenKey(w)) ?? null;
    for (const form of [entry.term, ...(entry.variants ?? [])]) {
      const words = tokenize(form);
      if (words.length === 0) continue;
      let node = root;
      for (const w of words) {
        let child = node.next.get(w.key);
        if (!child) {
          child = { next: new Map(), forms: [] };
          node.next.set(w.key, child);
        }
        node = child;
      }
      const exact = words.map((w) => (isAcronymWord(w.bare) ? w.bare : null));
      const acronym = words.length === 1 && exact[0] !== null;
      if (acronym && !acronyms.has(form)) acronyms.set(form, entry);
      node.forms.push({ entry, form, exact, acronym, context });
    }
  }
  return { entries, byId, root, acronyms };
}

export interface TermMatch {
  form: CompiledForm;
  /** Token indices [first, last). */
  first: number;
  last: number;
  start: number;
  end: number;
}

function joinable(text: string, from: number, to: number): boolean {
  // Words of a term may be separated by spaces and at most one hyphen ("real-time", "real - time").
  let hyphens = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0xa0) continue;
    if (c === 0x2d || c === 0x2010 || c === 0x2011) {
      if (++hyphens > 1) return false;
      continue;
    }
    return false;
  }
  return true;
}

function formFits(form: CompiledForm, tokens: readonly Token[], first: number, contextKeys: () => Set<string>): boolean {
  for (let k = 0; k < form.exact.length; k++) {
    const want = form.exact[k];
    if (want !== null && tokens[first + k].bare !== want) return false;
  }
  if (form.context && !form.context.some((c) => contextKeys().has(c))) return false;
  return true;
}

type Token = ReturnType<typeof tokenize>[number];

/**
 * Longest lexicon match at each position, left to right, never overlapping.
 * `text` is the string the tokens' offsets point into.
 */
export function matchTerms(lexicon: Lexicon, text: string, tokens: readonly Token[]): TermMatch[] {
  const out: TermMatch[] = [];
  let keys: Set<string> | undefined;
  const contextKeys = () => (keys ??= new Set(tokens.map((t) => t.key)));
  for (let i = 0; i < tokens.length; ) {
    let node = lexicon.root.next.get(tokens[i].key);
    let best: TermMatch | undefined;
    let j = i;
    while (node) {
      for (const form of node.forms) {
        if (formFits(form, tokens, i, contextKeys)) {
          best = { form, first: i, last: j + 1, start: tokens[i].start, end: tokens[j].end };
          break;
        }
      }
      j++;
      if (j >= tokens.length || !joinable(text, tokens[j - 1].end, tokens[j].start)) break;
      node = node.next.get(tokens[j].key);
    }
    if (best) {
      out.push(best);
      i = best.last;
    } else {
      i++;
    }
  }
  return out;
}
