import { type Band, wordLists } from '../wordlists';

/** How familiar a word is, from word frequencies, the Dale–Chall list and word shape. */
export type WordClass = Band | 'clinical';

/** Candidate lemmas of a lower-case word form, cheapest first ("titrated" -> "titrate", "titrat"). */
function lemmas(w: string): string[] {
  const out = [w];
  if (w.endsWith('ies')) out.push(w.slice(0, -3) + 'y');
  if (w.endsWith('es')) out.push(w.slice(0, -2));
  if (w.endsWith('s') && !w.endsWith('ss')) out.push(w.slice(0, -1));
  if (w.endsWith('ed')) out.push(w.slice(0, -2), w.slice(0, -1));
  if (w.endsWith('ing')) out.push(w.slice(0, -3), w.slice(0, -3) + 'e');
  if (w.endsWith('ly')) out.push(w.slice(0, -2));
  // "overridden" -> "override", "written" -> "write"
  const en = /^(.*?)(\w)\2en$/.exec(w);
  if (en) out.push(`${en[1]}${en[2]}e`);
  else if (w.endsWith('en')) out.push(w.slice(0, -2), w.slice(0, -1));
  return out;
}

/** Looks clinical: a word part of medicine ("-itis", "-ectomy", "nephro-") on a word not in everyday use. */
export function looksClinical(w: string): boolean {
  const lists = wordLists();
  if (w.length < lists.clinicalMinLength) return false;
  return lists.clinicalSuffixes.some((s) => w.endsWith(s)) || lists.clinicalPrefixes.some((p) => w.startsWith(p));
}

/**
 * The class of a lower-case word: the best band of any of its lemmas; familiar and workplace words
 * are common; a rare word that looks clinical is 'clinical'. `lemma` is compromise's root, if known.
 */
export function classifyWord(word: string, lemma?: string): WordClass {
  const lists = wordLists();
  const w = word.toLowerCase().replace(/['’]s$/, '');
  const forms = lemma && lemma !== w ? [w, lemma, ...lemmas(w)] : lemmas(w);
  let best: Band = 'rare';
  for (const f of forms) {
    if (lists.familiar(f) || lists.workplace(f)) return 'common';
    const b = lists.band(f);
    if (b === 'common') return 'common';
    if (b === 'mid') best = 'mid';
  }
  if (best === 'mid') return 'mid';
  // "retraining", "unplanned", "preauthorize": a plain word with a common prefix is plain.
  const prefixed = /^(re|un|pre|non|co|over|under|mis|out|self)-?(.{4,})$/.exec(w);
  if (prefixed && classifyWord(prefixed[2]) === 'common') return 'common';
  return looksClinical(w) ? 'clinical' : 'rare';
}
