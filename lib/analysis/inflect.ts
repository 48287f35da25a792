/**
 * Makes a lexicon rewrite fit where it goes: plural for "neural networks", possessive for
 * "the EHR's uptime", a capital at the start of a sentence. Rewrites are written singular.
 */

const UNCOUNTABLE = new Set([
  'software', 'hardware', 'data', 'information', 'equipment', 'staff', 'care', 'staffing', 'money',
  'revenue', 'cash', 'funding', 'feedback', 'evidence', 'research', 'knowledge', 'guidance', 'advice',
  'work', 'training', 'support', 'documentation', 'oversight', 'security', 'access', 'health', 'safety',
  'medicine', 'treatment', 'testing', 'monitoring', 'coverage', 'insurance', 'infrastructure', 'traffic',
]);
const IRREGULAR: Record<string, string> = {
  person: 'people', child: 'children', analysis: 'analyses', diagnosis: 'diagnoses', criterion: 'criteria',
  index: 'indexes', man: 'men', woman: 'women', foot: 'feet', tooth: 'teeth', life: 'lives',
};
// Words after which a noun phrase's head has ended: "software [that learns ...]".
const HEAD_ENDS = new Set([
  'that', 'which', 'who', 'whose', 'where', 'for', 'of', 'to', 'from', 'with', 'in', 'on', 'by', 'at',
  'used', 'called', 'between', 'across', 'about', 'into', 'per', 'under', 'over', 'when', 'after', 'before',
]);

export function pluralizeWord(word: string): string {
  const lower = word.toLowerCase();
  if (UNCOUNTABLE.has(lower) || /[^a-z]/i.test(word)) return word;
  if (IRREGULAR[lower]) return IRREGULAR[lower];
  if (/[^aeiou]y$/i.test(word)) return word.slice(0, -1) + 'ies';
  if (/(?:s|x|z|ch|sh)$/i.test(word)) return word + 'es';
  return word + 's';
}

/** Index of the head word of a noun phrase: the last word before a clause or a preposition. */
function headIndex(words: string[]): number {
  let head = words.length - 1;
  for (let i = 1; i < words.length; i++) {
    const w = words[i].toLowerCase();
    // A participle after the head ("a model trained on …"); from the third word on, so that
    // "a shared drive" keeps its head.
    if (HEAD_ENDS.has(w) || w.startsWith('(') || (i >= 2 && /[^e]ed$/.test(w))) {
      head = i - 1;
      break;
    }
  }
  return head;
}

export function pluralizePhrase(phrase: string): string {
  const words = phrase.split(' ');
  let head = headIndex(words);
  // "a tool that …" becomes "tools that …", not "a tools".
  if (head > 0 && /^(?:a|an)$/i.test(words[0])) {
    words.shift();
    head--;
  }
  words[head] = pluralizeWord(words[head]);
  return words.join(' ');
}

/** The possessive, or null where it would read badly ("software that learns's"). */
export function possessive(phrase: string, plural: boolean, apostrophe = '’'): string | null {
  const words = phrase.split(' ');
  if (headIndex(words) !== words.length - 1) return null;
  return plural && phrase.endsWith('s') ? phrase + apostrophe : `${phrase}${apostrophe}s`;
}

export function capitalize(s: string): string {
  return s.length > 0 ? s[0].toUpperCase() + s.slice(1) : s;
}

export interface Shape {
  plural: boolean;
  /** The apostrophe the writer used for a possessive ("'" or "’"), or null. */
  possessive: string | null;
  /** Starts a sentence: the rewrite takes a capital. */
  sentenceStart: boolean;
}

/** The shape of a rewrite for this occurrence, or null when the rewrite cannot take that shape. */
export function inflect(rewrite: string, shape: Shape): string | null {
  let out = shape.plural ? pluralizePhrase(rewrite) : rewrite;
  if (shape.possessive) {
    const p = possessive(out, shape.plural, shape.possessive);
    if (p === null) return null;
    out = p;
  }
  return shape.sentenceStart ? capitalize(out) : out;
}
