// Audiences from a config, apart from the lexicon: the popup needs these and must stay small.
import { BUILTIN_PROFILES } from '../profiles';
import type { Profile } from '../profiles/schema';
import type { CustomAudience, TeamConfig } from './schema';

/** A custom audience: its base's profile with the overrides it names. */
export function customProfile(a: CustomAudience): Profile {
  const base = BUILTIN_PROFILES.find((p) => p.id === a.base)!;
  return {
    ...base,
    id: a.id,
    label: a.label,
    readers: a.readers ?? a.label.toLowerCase(),
    description: a.description ?? (a.id === base.id ? base.description : `${a.label} (based on ${base.label}).`),
    knownDomains: a.knownDomains ?? base.knownDomains,
    readingGradeTarget: a.readingGradeTarget ?? base.readingGradeTarget,
    maxSentenceWords: a.maxSentenceWords ?? base.maxSentenceWords,
    maxWords: a.maxWords ?? base.maxWords,
    checks: a.checks ?? base.checks,
    flagRareWords: a.flagRareWords ?? base.flagRareWords,
    detectorsOff: a.detectorsOff ?? base.detectorsOff,
  };
}

/** The audiences a config describes: the built-in ones (tuned where it says so), then its own. */
export function configProfiles(config: Pick<TeamConfig, 'audiences'>): Profile[] {
  const tuned = BUILTIN_PROFILES.map((p) => {
    const t = config.audiences.find((a) => a.id === p.id);
    return t ? customProfile(t) : p;
  });
  return [...tuned, ...config.audiences.filter((a) => !BUILTIN_PROFILES.some((p) => p.id === a.id)).map(customProfile)];
}

