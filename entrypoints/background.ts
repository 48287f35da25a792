import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { CountMessage } from '../lib/messages';

// The toolbar badge shows the number of findings in each tab, as the tab's page reports it.
export default defineBackground(() => {
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
