import { CONFIG_VERSION, parseConfig, type TeamConfig } from './schema';

/** What an administrator sets through enterprise policy (public/managed_schema.json). */
export interface ManagedPolicy {
  config: TeamConfig | null;
  locked: string[];
  /** A policy value that could not be read: shown on the options page, never applied. */
  errors: string[];
}

export function readPolicy(raw: { teamConfig?: unknown; lockedSettings?: unknown }): ManagedPolicy {
  const locked = Array.isArray(raw.lockedSettings) ? raw.lockedSettings.filter((x): x is string => typeof x === 'string') : [];
  if (raw.teamConfig === undefined) return { config: null, locked, errors: [] };
  const parsed = parseConfig(typeof raw.teamConfig === 'string' ? raw.teamConfig : JSON.stringify(raw.teamConfig));
  return parsed.ok ? { config: parsed.config, locked, errors: [] } : { config: null, locked, errors: parsed.errors.map((e) => `teamConfig.${e}`) };
}

/**
 * The organisation's config with the user's own on top: the user's glossary terms and audiences
 * are added (an id the organisation uses stays the organisation's), stakeholders are combined,
 * and the organisation's default audience applies unless the user chose one.
 */
export function layered(org: TeamConfig | null, user: TeamConfig): TeamConfig {
  if (!org) return user;
  const taken = (ids: { id: string }[]) => new Set(ids.map((x) => x.id));
  const orgTerms = taken(org.glossary);
  const orgAudiences = taken(org.audiences);
  return {
    version: CONFIG_VERSION,
    glossary: [...org.glossary, ...user.glossary.filter((t) => !orgTerms.has(t.id))],
    audiences: [...org.audiences, ...user.audiences.filter((a) => !orgAudiences.has(a.id))],
    stakeholders: [...org.stakeholders, ...user.stakeholders],
    settings: { ...org.settings, ...user.settings },
  };
}
