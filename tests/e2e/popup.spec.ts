/// <reference types="chrome" />
import { expect, findingCount, highlighted, openOver, SHOTS, test, typeDraft, waitForFindings } from './harness';

const URL = 'https://mail.google.com/jb-fixtures/generic-compose';
const DRAFT = 'The sepsis bundle lifted EBITDA, and our neural network reads CPOE orders.';

test('switching the audience in the popup re-checks the open draft at once; badge and count follow', async ({ context, extensionId, worker, leaks }) => {
  void leaks;
  const page = await context.newPage();
  await typeDraft(page, URL, '#body', DRAFT, 3);
  await expect.poll(async () => (await highlighted(page)).map((m) => m.text)).toEqual(['sepsis bundle', 'neural network', 'CPOE']);

  // The popup, opened as a page; the compose tab is brought back to the front so that the popup's
  // "active tab" is the draft, as when the user clicks the toolbar button over it.
  const popup = await openOver(page, extensionId, 'popup', { width: 320, height: 320 });
  await expect(popup.getByTestId('count')).toHaveText(`${await findingCount(page)} suggestions in this page's drafts.`);
  await expect(popup.getByRole('radio', { name: 'Executive' })).toHaveAttribute('aria-checked', 'true');
  await popup.screenshot({ path: `${SHOTS}/popup.png` });

  await popup.getByRole('radio', { name: 'Clinician' }).click();
  await expect(page.locator('jargon-bridge-ui')).toHaveAttribute('data-audience', 'clinician');
  await expect.poll(async () => (await highlighted(page)).map((m) => m.text)).toEqual(['EBITDA', 'neural network']);
  const count = await findingCount(page);
  await expect(popup.getByTestId('count')).toHaveText(`${count} suggestions in this page's drafts.`);

  // The toolbar badge shows the count for the compose tab, and nothing on the others. (The
  // extension has no "tabs" permission, so the test cannot ask which tab is which by URL.)
  const badges = await worker.evaluate(async () => {
    const tabs = await chrome.tabs.query({});
    return Promise.all(tabs.map((t) => chrome.action.getBadgeText({ tabId: t.id })));
  });
  expect(badges.filter((b) => b !== '')).toEqual([String(count)]);

  // Off for this site: the underlines go; on again: they come back.
  await popup.getByRole('checkbox').uncheck();
  await expect(page.locator('jargon-bridge-ui')).toHaveCount(0);
  await expect.poll(() => highlighted(page)).toEqual([]);
  await expect(popup.getByTestId('count')).toHaveText('Off on this site.');
  await popup.getByRole('checkbox').check();
  await waitForFindings(page, 2);
});

test('a corrupt stored setting falls back to its default instead of breaking the page', async ({ context, worker, leaks }) => {
  void leaks;
  await worker.evaluate(() => chrome.storage.local.set({ audience: { not: 'an audience' }, ignoredTerms: 'oops', knownTerms: [1, 2] }));
  const page = await context.newPage();
  await typeDraft(page, URL, '#body', DRAFT, 3);
  await expect(page.locator('jargon-bridge-ui')).toHaveAttribute('data-audience', 'executive');
});

test('the options page lists the choices made on the card and can undo them', async ({ context, extensionId, worker, leaks }) => {
  void leaks;
  await worker.evaluate(() => chrome.storage.local.set({ ignoredTerms: ['term/neural-network'], knownTerms: { clinician: ['term/ebitda'] } }));
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('listitem').filter({ hasText: 'neural network' })).toBeVisible();
  await expect(options.getByRole('listitem').filter({ hasText: 'EBITDA' })).toBeVisible();
  await options.screenshot({ path: `${SHOTS}/options.png`, fullPage: true });
  await options.getByRole('button', { name: 'Flag neural network again' }).click();
  await expect(options.getByRole('listitem').filter({ hasText: 'neural network' })).toHaveCount(0);
  expect(await worker.evaluate(() => chrome.storage.local.get('ignoredTerms'))).toEqual({ ignoredTerms: [] });
});
