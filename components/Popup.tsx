import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { DraftAudienceRequest, PageStateReply } from '../lib/messages';
import { describeMatches } from '../lib/config/recipients';
import { CONTENT_SCRIPT_FILE, sitePattern } from '../lib/sites/user-sites';
import { configProfiles } from '../lib/config/profiles';
import { layered, type ManagedPolicy } from '../lib/config/layers';
import type { TeamConfig } from '../lib/config/schema';
import { BUILTIN_PROFILES, type Profile } from '../lib/profiles';
import { audienceSetting, configSetting, disabledSitesSetting, managedPolicy, watchManagedPolicy } from '../utils/settings';

type TabState = { kind: 'loading' } | { kind: 'none'; tabId?: number; url?: string } | { kind: 'page'; state: PageStateReply; tabId: number };

async function askActiveTab(): Promise<TabState> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return { kind: 'none' };
  try {
    const reply = PageStateReply.safeParse(await browser.tabs.sendMessage(tab.id, { type: 'jb:state' }));
    return reply.success ? { kind: 'page', state: reply.data, tabId: tab.id } : { kind: 'none', tabId: tab.id, url: tab.url };
  } catch {
    // No content script in this tab: a site without an adapter (its URL is known when the user opened the popup on it).
    return { kind: 'none', tabId: tab.id, url: tab.url };
  }
}

/** The toolbar popup: who the draft is for, whether the extension is on here, and what it found. */
export function Popup() {
  const [audience, setAudience] = useState<string | null>(null);
  const [tab, setTab] = useState<TabState>({ kind: 'loading' });
  const [profiles, setProfiles] = useState<Profile[]>([...BUILTIN_PROFILES]);
  const [policy, setPolicy] = useState<ManagedPolicy>({ config: null, locked: [], errors: [] });
  useEffect(() => {
    let user: TeamConfig | null = null;
    let org: ManagedPolicy = { config: null, locked: [], errors: [] };
    const update = () => user && setProfiles(configProfiles(layered(org.config, user)));
    void configSetting.get().then((c) => ((user = c), update()));
    void managedPolicy().then((p) => ((org = p), setPolicy(p), update()));
    const a = configSetting.watch((c) => ((user = c), update()));
    const b = watchManagedPolicy((p) => ((org = p), setPolicy(p), update()));
    return () => (a(), b());
  }, []);
  const audienceLocked = policy.locked.includes('audience');
  const shownAudience = audienceLocked && policy.config?.settings.defaultAudience ? policy.config.settings.defaultAudience : audience;

  useEffect(() => {
    void audienceSetting.get().then(setAudience);
    const refresh = () => void askActiveTab().then(setTab);
    refresh();
    const unwatch = audienceSetting.watch(setAudience);
    // The page re-checks when the audience changes: ask again shortly after.
    const timer = setInterval(refresh, 500);
    return () => {
      unwatch();
      clearInterval(timer);
    };
  }, []);

  // The draft's recipients pick its audience when the stakeholder directory knows any of them.
  const page = tab.kind === 'page' && tab.state.enabled ? tab.state : null;
  // The page worked out the draft's readers ("executive+clinician"; the user's choice for it, if any).
  const auto = page?.recipients.some((r) => r.audience !== null) ? page.audience.split('+') : null;
  const labelOf = (id: string) => profiles.find((p) => p.id === id)?.label ?? id;
  const checked = (id: string) => (auto ? auto.length === 1 && auto[0] === id : shownAudience === id);
  const setDraftAudience = async (id: string | null) => {
    if (tab.kind !== 'page' || !page || page.editorId === null) return;
    await browser.tabs.sendMessage(tab.tabId, DraftAudienceRequest.parse({ type: 'jb:draft-audience', editorId: page.editorId, audience: id })).catch(() => {});
    setTab(await askActiveTab());
  };
  const choose = async (id: string) => {
    // With recipients in charge, a choice is for this draft only; otherwise it is the default for every draft.
    if (auto) return setDraftAudience(id);
    setAudience(id);
    await audienceSetting.set(id);
  };

  /** Turns Jargon Bridge on for a site without an adapter: the browser asks the user for access to that one site. */
  const [siteError, setSiteError] = useState('');
  const enableSite = async (tabId: number, pattern: string) => {
    // The request must be made in the click's own turn (a user gesture).
    const granted = await browser.permissions.request({ origins: [pattern] }).catch(() => false);
    if (!granted) return setSiteError('Access was not granted; nothing changed.');
    setSiteError('');
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] }).catch(() => {});
    setTab(await askActiveTab());
  };

  const toggleSite = async (host: string, enabled: boolean) => {
    setTab((t) => (t.kind === 'page' ? { ...t, state: { ...t.state, enabled } } : t));
    const sites = await disabledSitesSetting.get();
    await disabledSitesSetting.set(enabled ? sites.filter((s) => s !== host) : [...new Set([...sites, host])]);
    setTab(await askActiveTab());
  };

  return (
    <main className="popup">
      <header>
        <h1>Jargon Bridge</h1>
        <p className="tagline">Say it so your reader understands.</p>
      </header>
      <section aria-labelledby="aud-label">
        <h2 id="aud-label">Writing for</h2>
        <div className="audiences" role="radiogroup" aria-labelledby="aud-label">
          {profiles.map((p) => (
            <button
              key={p.id}
              role="radio"
              aria-checked={checked(p.id)}
              disabled={audienceLocked}
              className="audience"
              data-audience={p.id}
              title={p.description}
              onClick={() => void choose(p.id)}
            >
              {p.label}
            </button>
          ))}
        </div>
        {page && auto ? (
          <div className="auto" data-testid="auto">
            {page.override ? (
              <p>
                For this draft: <strong>{labelOf(page.override)}</strong>, chosen by you.{' '}
                <button className="link" onClick={() => void setDraftAudience(null)}>
                  Follow the recipients
                </button>
              </p>
            ) : (
              <p>
                <strong>Auto:</strong> {describeMatches(page.recipients, labelOf, shownAudience ?? 'executive')}
                {auto.length > 1 ? ` — checked for all ${auto.length} readers.` : ''}
              </p>
            )}
          </div>
        ) : (
          <p className="desc">{audienceLocked ? 'Set by your organisation. ' : ''}{profiles.find((p) => p.id === shownAudience)?.description ?? ''}</p>
        )}
      </section>
      <section className="page" aria-live="polite">
        {tab.kind === 'loading' ? (
          <p>Checking this page…</p>
        ) : tab.kind === 'none' ? (
          <>
            <p className="muted">Jargon Bridge works in Gmail, Outlook on the web and Google Docs. On other sites it checks text fields once you turn it on.</p>
            {tab.tabId !== undefined && sitePattern(tab.url) ? (
              <button className="read-as" data-testid="enable-site" onClick={() => void enableSite(tab.tabId!, sitePattern(tab.url)!)}>
                Check text fields on {new URL(tab.url!).hostname}
              </button>
            ) : null}
            {siteError ? <p className="muted">{siteError}</p> : null}
          </>
        ) : (
          <>
            <label className="site">
              <input
                type="checkbox"
                checked={tab.state.enabled}
                disabled={policy.locked.includes('sites')}
                onChange={(e) => void toggleSite(tab.state.host, e.currentTarget.checked)}
              />
              On for {tab.state.host || 'this page'}
            </label>
            {tab.state.enabled && tab.state.fit ? (
              <p className="fit" data-testid="fit">
                {tab.state.fit}
              </p>
            ) : null}
            <p className="count" data-testid="count">
              {!tab.state.enabled
                ? 'Off on this site.'
                : tab.state.fields === 0
                  ? 'No draft open on this page.'
                  : tab.state.findings === 0
                    ? 'Nothing to fix for this reader.'
                    : `${tab.state.findings} ${tab.state.findings === 1 ? 'suggestion' : 'suggestions'} in this page's drafts.`}
            </p>
          </>
        )}
      </section>
      <button
        className="read-as"
        onClick={async () => {
          // Opening the side panel must happen in the click's own turn (a user gesture).
          const win = await browser.windows.getCurrent();
          if (win.id !== undefined) await browser.sidePanel?.open({ windowId: win.id });
          window.close();
        }}
      >
        Read it as {(page?.audience ?? shownAudience ?? '').split('+').map(labelOf).join(' + ') || 'your reader'}…
      </button>
      <footer>
        <a
          href="#"
          onClick={(e) => {
            e.preventDefault();
            void browser.runtime.openOptionsPage();
          }}
        >
          Options
        </a>
        <span className="muted">Nothing you write leaves this browser.</span>
      </footer>
    </main>
  );
}
