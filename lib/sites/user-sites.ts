/**
 * Sites without an adapter: Jargon Bridge checks their text fields (generic adapters) only after
 * the user turns it on for that site in the popup, which asks the browser for access to that one
 * site then (optional host permissions), never at install. The sites the user granted are kept as
 * one registered content script.
 */
export const USER_SITES_SCRIPT_ID = 'jb-user-sites';
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

/** The permission pattern for a page's site ("https://intranet.example.org/*"), or null for pages that cannot have one. */
export function sitePattern(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? `${u.protocol}//${u.hostname}/*` : null;
  } catch {
    return null;
  }
}

/** What the scripting API needs: the part of chrome.scripting we use, so tests can pass a stand-in. */
export interface ScriptingLike {
  getRegisteredContentScripts(filter: { ids: string[] }): Promise<{ id: string }[]>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
  registerContentScripts(scripts: { id: string; matches: string[]; js: string[]; runAt: 'document_idle'; persistAcrossSessions: boolean }[]): Promise<void>;
}

/**
 * Registers the content script for exactly the sites the user granted beyond the built-in ones
 * (the manifest's own sites), or removes it when there are none. Returns the sites it covers.
 */
export async function syncUserSites(granted: readonly string[], builtIn: readonly string[], scripting: ScriptingLike): Promise<string[]> {
  const own = new Set(builtIn);
  const sites = [...new Set(granted.filter((o) => /^https?:\/\/[^*/]+\/\*$/.test(o) && !own.has(o)))].sort();
  const existing = await scripting.getRegisteredContentScripts({ ids: [USER_SITES_SCRIPT_ID] });
  if (existing.length) await scripting.unregisterContentScripts({ ids: [USER_SITES_SCRIPT_ID] });
  if (sites.length) {
    await scripting.registerContentScripts([{ id: USER_SITES_SCRIPT_ID, matches: sites, js: [CONTENT_SCRIPT_FILE], runAt: 'document_idle', persistAcrossSessions: true }]);
  }
  return sites;
}
