/// <reference types="chrome" />
import { expect, OTHER_SITE, test } from './harness';

test('a site without an adapter is not read until the user turns it on: no script, no underline, no request', async ({ context, worker, leaks }) => {
  void leaks;
  const page = await context.newPage();
  await page.goto(OTHER_SITE);
  await page.locator('#body').click();
  await page.keyboard.type('The relational database and CPOE go live next week.');
  await page.waitForTimeout(300);
  await expect(page.locator('jargon-bridge-ui')).toHaveCount(0);
  // No access to the site was granted at install, and no content script is registered for it.
  const state = await worker.evaluate(async () => ({
    granted: await chrome.permissions.contains({ origins: ['https://intranet.stmarys.example/*'] }),
    registered: await chrome.scripting.getRegisteredContentScripts(),
    optional: chrome.runtime.getManifest().optional_host_permissions,
  }));
  expect(state).toEqual({ granted: false, registered: [], optional: ['https://*/*', 'http://*/*'] });
});
