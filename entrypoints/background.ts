import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { CountMessage } from '../lib/messages';
import { syncUserSites } from '../lib/sites/user-sites';

/** The sites the manifest itself covers (mail, Outlook, Docs): not "user sites". */
function builtInSites(): string[] {
  const m = browser.runtime.getManifest();
  return [...(m.host_permissions ?? []), ...(m.content_scripts ?? []).flatMap((c) => c.matches ?? [])];
}

/** Keeps the content script registered for exactly the sites the user turned on. */
async function syncSites(): Promise<void> {
  const { origins = [] } = await browser.permissions.getAll();
  await syncUserSites(origins, builtInSites(), browser.scripting);
}

// The toolbar badge shows the number of findings in each tab, as the tab's page reports it.
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => void syncSites());
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
