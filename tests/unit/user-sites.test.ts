import { describe, expect, it } from 'vitest';
import { type ScriptingLike, sitePattern, syncUserSites, USER_SITES_SCRIPT_ID } from '../../lib/sites/user-sites';

/** An in-memory stand-in for chrome.scripting's registered content scripts. */
function scripting() {
  const registered = new Map<string, string[]>();
  const api: ScriptingLike = {
    getRegisteredContentScripts: async ({ ids }) => [...registered.keys()].filter((id) => ids.includes(id)).map((id) => ({ id })),
    unregisterContentScripts: async ({ ids }) => {
      for (const id of ids) if (!registered.delete(id)) throw new Error(`Nonexistent script ID '${id}'`);
    },
    registerContentScripts: async (scripts) => {
      for (const s of scripts) {
        if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        registered.set(s.id, s.matches);
      }
    },
  };
  return { api, registered };
}

const BUILT_IN = ['https://docs.google.com/*', 'https://mail.google.com/*'];

describe('sites the user turned on', () => {
  it('a page gives the pattern for its whole site; other pages give none', () => {
    expect(sitePattern('https://intranet.stmarys.example/wiki/page?x=1#y')).toBe('https://intranet.stmarys.example/*');
    expect(sitePattern('http://localhost:8080/form')).toBe('http://localhost/*');
    expect(sitePattern('chrome://extensions')).toBeNull();
    expect(sitePattern('file:///tmp/a.html')).toBeNull();
    expect(sitePattern(undefined)).toBeNull();
    expect(sitePattern('not a url')).toBeNull();
  });

  it('registers one content script for exactly the granted sites beyond the built-in ones, and re-registers on change', async () => {
    const { api, registered } = scripting();
    expect(await syncUserSites(['https://mail.google.com/*', 'https://intranet.stmarys.example/*'], BUILT_IN, api)).toEqual(['https://intranet.stmarys.example/*']);
    expect(registered.get(USER_SITES_SCRIPT_ID)).toEqual(['https://intranet.stmarys.example/*']);
    await syncUserSites(['https://intranet.stmarys.example/*', 'https://wiki.stmarys.example/*'], BUILT_IN, api);
    expect(registered.get(USER_SITES_SCRIPT_ID)).toEqual(['https://intranet.stmarys.example/*', 'https://wiki.stmarys.example/*']);
  });

  it('removes the script when the last site is turned off, and ignores broad or odd patterns', async () => {
    const { api, registered } = scripting();
    await syncUserSites(['https://intranet.stmarys.example/*'], BUILT_IN, api);
    expect(await syncUserSites(['<all_urls>', 'https://*/*', ...BUILT_IN], BUILT_IN, api)).toEqual([]);
    expect(registered.size).toBe(0);
  });
});
