import daleChall from './dale-chall.json';
import frequency from './frequency.json';
import vocabulary from './vocabulary.json';

export type Band = 'common' | 'mid' | 'rare';

export interface WordLists {
  band(word: string): Band;
  familiar(word: string): boolean;
  workplace(word: string): boolean;
  clinicalSuffixes: readonly string[];
  clinicalPrefixes: readonly string[];
  clinicalMinLength: number;
  units: { clinical: ReadonlySet<string>; it: ReadonlySet<string> };
}

let lists: WordLists | undefined;

/** The word lists, parsed on first use (a few milliseconds), then kept. */
export function wordLists(): WordLists {
  if (lists) return lists;
  const bands = new Map<string, Band>();
  for (const w of frequency.mid.split(' ')) bands.set(w, 'mid');
  for (const w of frequency.common.split(' ')) bands.set(w, 'common');
  const familiar = new Set(daleChall.words.split(' '));
  const workplace = new Set(vocabulary.workplace);
  lists = {
    band: (w) => bands.get(w) ?? 'rare',
    familiar: (w) => familiar.has(w),
    workplace: (w) => workplace.has(w),
    clinicalSuffixes: vocabulary.clinicalSuffixes,
    clinicalPrefixes: vocabulary.clinicalPrefixes,
    clinicalMinLength: vocabulary.clinicalWordsMinLength,
    units: { clinical: new Set(vocabulary.units.clinical), it: new Set(vocabulary.units.it) },
  };
  return lists;
}
