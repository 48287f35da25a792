import { compileLexicon, type Lexicon, type LoadedEntry } from '../lexicon/compile';
import { loadEntries } from '../lexicon';
import type { Profile } from '../profiles/schema';
import { configProfiles } from './profiles';
import type { CustomTerm, TeamConfig } from './schema';

export { configProfiles, customProfile } from './profiles';

/** A glossary term as a lexicon entry. Ids get a prefix so they never collide with built-in ones. */
export function customEntry(t: CustomTerm): LoadedEntry {
  return {
    id: `custom-${t.id}`,
    term: t.term,
    variants: t.variants,
    expansion: t.expansion,
    knownBy: t.knownBy,
    meaning: t.explanation,
    rewrites: t.rewrites,
    examples: [],
    negatives: [],
    source: "your organisation's glossary",
    domain: 'custom',
  };
}

export interface Engine {
  lexicon: Lexicon;
  profiles: Profile[];
}

/**
 * The lexicon and audiences a config describes. Glossary terms come first, so where a glossary
 * term and a built-in one are spelled the same, the organisation's wins.
 */
export function engineFor(config: Pick<TeamConfig, 'glossary' | 'audiences'>): Engine {
  return {
    lexicon: compileLexicon([...config.glossary.map(customEntry), ...loadEntries()]),
    profiles: configProfiles(config),
  };
}
