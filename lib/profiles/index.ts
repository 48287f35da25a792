import data from './profiles.json';
import { type Profile, ProfilesFile } from './schema';

export type { Profile } from './schema';

/** The built-in audiences, in the order the popup lists them. */
export const BUILTIN_PROFILES: readonly Profile[] = ProfilesFile.parse(data).profiles;

export function findProfile(id: string, profiles: readonly Profile[] = BUILTIN_PROFILES): Profile | undefined {
  return profiles.find((p) => p.id === id);
}

export class UnknownAudienceError extends Error {
  constructor(
    readonly audience: string,
    readonly valid: readonly string[],
  ) {
    super(`unknown audience '${audience}'; valid audiences: ${valid.join(', ')}`);
    this.name = 'UnknownAudienceError';
  }
}

export function getProfile(id: string, profiles: readonly Profile[] = BUILTIN_PROFILES): Profile {
  const profile = findProfile(id, profiles);
  if (!profile) throw new UnknownAudienceError(id, profiles.map((p) => p.id));
  return profile;
}
