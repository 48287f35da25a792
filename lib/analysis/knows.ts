import type { LoadedEntry } from '../lexicon/compile';
import type { Profile } from '../profiles/schema';
import { inflect, type Shape } from './inflect';
import type { Suggestion } from './finding';

export function knows(profile: Profile, entry: LoadedEntry): boolean {
  return entry.knownBy.includes(profile.vocabulary);
}

/** The entry's rewrites for this reader, shaped to fit where the term stands; unusable ones dropped. */
export function rewriteSuggestions(profile: Profile, entry: LoadedEntry, shape: Shape): Suggestion[] {
  const out: Suggestion[] = [];
  for (const rewrite of entry.rewrites[profile.vocabulary] ?? []) {
    const text = inflect(rewrite, shape);
    if (text !== null && !out.some((s) => s.text === text)) out.push({ text });
  }
  return out;
}
