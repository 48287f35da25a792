import '../lib/zod-config';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { CountMessage } from '../lib/messages';
import { CONTENT_SCRIPT_FILE, syncUserSites } from '../lib/sites/user-sites';

/** The sites the manifest itself covers (mail, Outlook, Docs): not "user sites". */
function builtInSites(): string[] {
  const m = browser.runtime.getManifest();
  return [...(m.host_permissions ?? []), ...(m.content_scripts ?? []).flatMap((c) => c.matches ?? [])];
}

/** Keeps the content script registered for exactly the sites the user turned on; returns those sites. */
async function syncSites(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return syncUserSites(origins, builtInSites(), browser.scripting);
}

/**
 * After an update or a reload, open mail and Docs tabs still hold the old content script, which
 * stops (its extension context is gone). The new one is injected into them so underlines come back
 * without reloading the tab; WXT's start-up tells any old instance to clean up first.
 */
async function adoptOpenTabs(sites: string[]): Promise<void> {
  const content = (browser.runtime.getManifest().content_scripts ?? []).find((c) => c.js?.some((f) => f.endsWith('content-scripts/content.js')));
  const url = [...(content?.matches ?? []), ...sites];
  if (url.length === 0) return;
  for (const tab of await browser.tabs.query({ url })) {
    if (tab.id === undefined || tab.discarded) continue;
    await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [CONTENT_SCRIPT_FILE] }).catch(() => {
      // A tab we may not script (an error page, a tab closing): it gets the script on its next load.
    });
  }
}

// The toolbar badge shows the number of findings in each tab, as the tab's page reports it.
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    const sites = await syncSites();
    if (reason === 'update') await adoptOpenTabs(sites);
  });
  browser.permissions.onAdded.addListener(() => void syncSites());
  browser.permissions.onRemoved.addListener(() => void syncSites());
  browser.runtime.onMessage.addListener((message, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const parsed = CountMessage.safeParse(message);
    const tabId = sender.tab?.id;
    if (!parsed.success || tabId === undefined) return undefined;
    const count = parsed.data.count;
    void browser.action.setBadgeText({ tabId, text: count > 0 ? String(Math.min(count, 999)) : '' });
    void browser.action.setBadgeBackgroundColor({ tabId, color: '#b45309' });
    return undefined;
  });
});
