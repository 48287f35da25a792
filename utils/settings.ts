import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { type ManagedPolicy, readPolicy } from '../lib/config/layers';
import type { z } from 'zod';
import { CONFIG_VERSION, salvageConfig, TeamConfig } from '../lib/config/schema';
import { AudienceSetting, DEFAULTS, DisabledSites, IgnoredTerms, KnownTerms, validOr } from '../lib/settings/schema';

/**
 * A stored setting: validated on every read (a corrupt value gives the fallback, or what `salvage`
 * can keep of it), versioned for migrations, in local storage (sync's 8 KB per item would not hold
 * a glossary). A failed write throws, so the page that wrote can tell the user.
 */
function item<T>(key: `local:${string}`, schema: z.ZodType<T>, fallback: T, salvage?: (v: unknown) => T) {
  const raw = storage.defineItem<unknown>(key, { fallback, version: 1 });
  const read = (v: unknown) => (salvage ? salvage(v) : validOr(schema, v, fallback));
  return {
    async get(): Promise<T> {
      return read(await raw.getValue().catch(() => fallback));
    },
    async set(value: T): Promise<void> {
      await raw.setValue(schema.parse(value));
    },
    watch(cb: (value: T) => void): () => void {
      return raw.watch((v) => cb(read(v)));
    },
  };
}

export const audienceSetting = item('local:audience', AudienceSetting, DEFAULTS.audience);
export const disabledSitesSetting = item('local:disabledSites', DisabledSites, DEFAULTS.disabledSites);
export const ignoredTermsSetting = item('local:ignoredTerms', IgnoredTerms, DEFAULTS.ignoredTerms);
export const knownTermsSetting = item('local:knownTerms', KnownTerms, DEFAULTS.knownTerms);

/** The user's glossary and audiences (the team-config format; settings live in the items above). */
export const EMPTY_CONFIG: TeamConfig = { version: CONFIG_VERSION, glossary: [], audiences: [], stakeholders: [], settings: {} };
export const configSetting = item<TeamConfig>('local:config', TeamConfig as unknown as z.ZodType<TeamConfig>, EMPTY_CONFIG, salvageConfig);

/** The organisation's policy (enterprise managed storage); empty where none is set. */
export async function managedPolicy(): Promise<ManagedPolicy> {
  try {
    return readPolicy((await browser.storage.managed.get(null)) as Record<string, unknown>);
  } catch {
    // No managed storage here (no policy, or a browser without it).
    return { config: null, locked: [], errors: [] };
  }
}

export function watchManagedPolicy(cb: (p: ManagedPolicy) => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'managed') void managedPolicy().then(cb);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
