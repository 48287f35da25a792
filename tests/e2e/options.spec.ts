/// <reference types="chrome" />
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { EXTENSION, expect, highlighted, launch, SHOTS, test, waitForFindings } from './harness';

const FIXTURE = 'https://mail.google.com/jb-fixtures/generic-compose';

test('a term added to the glossary is flagged on an open draft, without a reload', async ({ context, extensionId, leaks }) => {
  void leaks;
  const page = await context.newPage();
  await page.goto(FIXTURE);
  await page.locator('#body').click();
  await page.keyboard.type('The Beacon build for 5 West is done, and our neural network is live.');
  await waitForFindings(page, 1);
  await expect.poll(async () => (await highlighted(page)).map((m) => m.text)).toEqual(['neural network']);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByRole('button', { name: 'Add a term' }).click();
  const form = options.getByRole('form', { name: 'New term' });
  await form.getByLabel('Term').fill('Beacon');
  await form.getByLabel('Clinician', { exact: true }).check();
  await form.getByLabel('Plain words for executives').fill('the cancer-care module of our EHR | the oncology module');
  await form.getByLabel('What it is').fill('The oncology module of our health record.');
  await options.screenshot({ path: `${SHOTS}/options-glossary-form.png`, fullPage: true });
  await form.getByRole('button', { name: 'Save term' }).click();
  await expect(options.getByRole('list', { name: 'Glossary terms' })).toContainText('Beacon');

  await expect.poll(async () => (await highlighted(page)).map((m) => m.text)).toEqual(['Beacon', 'neural network']);
  const m = (await highlighted(page)).find((x) => x.text === 'Beacon')!;
  await page.mouse.click(m.rects[0].x + 5, m.rects[0].y + 5);
  await expect(page.locator('jargon-bridge-ui .jb-card').getByRole('option').first()).toHaveText('the cancer-care module of our EHR');
  await options.screenshot({ path: `${SHOTS}/options.png`, fullPage: true });
});

test('export, then import into a fresh profile, restores the glossary and the choices', async ({ context, extensionId, worker, leaks }) => {
  void leaks;
  await worker.evaluate(() =>
    chrome.storage.local.set({
      config: { version: 1, glossary: [{ id: 'beacon', term: 'Beacon', variants: [], knownBy: ['clinician'], rewrites: { executive: ['the oncology module'] }, explanation: 'The oncology module.' }], audiences: [], stakeholders: [], settings: {} },
      ignoredTerms: ['term/neural-network'],
      knownTerms: { clinician: ['term/ebitda'] },
    }),
  );
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('list', { name: 'Glossary terms' })).toContainText('Beacon');
  const download = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export settings' }).click();
  const file = await (await download).path();
  const exported = JSON.parse(readFileSync(file!, 'utf8'));
  expect(exported).toMatchObject({ version: 1, glossary: [{ id: 'beacon' }], settings: { ignoredTerms: ['term/neural-network'] } });

  // A fresh profile: a second browser with the extension and nothing stored.
  const fresh = await launch();
  try {
    const w = fresh.serviceWorkers()[0] ?? (await fresh.waitForEvent('serviceworker'));
    const id = new URL(w.url()).host;
    const o2 = await fresh.newPage();
    await o2.goto(`chrome-extension://${id}/options.html`);
    await o2.getByLabel('Import a file').setInputFiles(file!);
    await expect(o2.getByTestId('import-preview')).toContainText('1 new and 0 changed glossary terms');
    await o2.getByRole('button', { name: 'Replace mine' }).click();
    await expect(o2.getByRole('list', { name: 'Glossary terms' })).toContainText('Beacon');
    const stored = await w.evaluate(() => chrome.storage.local.get(['config', 'ignoredTerms', 'knownTerms']));
    expect(stored).toMatchObject({ config: { glossary: [{ id: 'beacon' }] }, ignoredTerms: ['term/neural-network'], knownTerms: { clinician: ['term/ebitda'] } });
  } finally {
    await fresh.close();
  }
});

test('a malformed import shows field-level errors and changes nothing', async ({ context, extensionId, worker, leaks }, info) => {
  void leaks;
  const before = await worker.evaluate(() => chrome.storage.local.get(null));
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const bad = info.outputPath('bad.json');
  writeFileSync(bad, JSON.stringify({ version: 1, glossary: [{ id: 'x', term: 'X', rewrites: { executive: 'plain' }, explanation: 'An X.' }] }));
  await options.getByLabel('Import a file').setInputFiles(bad);
  await expect(options.getByTestId('import-errors')).toContainText('glossary[0].rewrites.executive');
  await expect(options.getByTestId('import-preview')).toHaveCount(0);
  await options.screenshot({ path: `${SHOTS}/options-import-errors.png`, fullPage: true });
  expect(await worker.evaluate(() => chrome.storage.local.get(null))).toEqual(before);
});

test('a new audience made from a built-in one appears in the popup; stakeholders import from CSV', async ({ context, extensionId, leaks }, info) => {
  void leaks;
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('New audience name').fill('Board of trustees');
  await options.getByLabel('Based on').selectOption('executive');
  await options.getByRole('button', { name: 'Create' }).click();
  const form = options.getByRole('form', { name: 'Audience Board of trustees' });
  await form.getByLabel('Reading grade target').fill('8');
  await form.getByRole('button', { name: 'Save audience' }).click();
  await expect(options.getByRole('list', { name: 'Audiences' })).toContainText('Board of trustees');

  const csv = info.outputPath('people.csv');
  writeFileSync(csv, 'name,email,title,audience\nMaria Lopez,cfo@example-health.org,CFO,executive\nTrustees,*@board.example-health.org,,board-of-trustees\nBad,,,nobody\n');
  await options.getByLabel('Import stakeholders (CSV)').setInputFiles(csv);
  await expect(options.getByRole('list', { name: 'Stakeholders' })).toContainText('Maria Lopez');
  await expect(options.getByRole('list', { name: 'Stakeholders' })).toContainText('*@board.example-health.org');
  await expect(options.getByTestId('csv-errors')).toContainText('line 4');
  await options.screenshot({ path: `${SHOTS}/options-audiences.png`, fullPage: true });

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByRole('radio', { name: 'Board of trustees' })).toBeVisible();
});

test('"My readers know this" on the card shows in the options page, and can be undone there', async ({ context, extensionId, leaks }) => {
  void leaks;
  const page = await context.newPage();
  await page.goto(FIXTURE);
  await page.locator('#body').click();
  await page.keyboard.type('Our neural network is live.');
  await waitForFindings(page, 1);
  const m = (await highlighted(page)).find((x) => x.text === 'neural network')!;
  await page.mouse.click(m.rects[0].x + 5, m.rects[0].y + 5);
  await page.locator('jargon-bridge-ui .jb-card').getByRole('button', { name: 'My readers know this' }).click();
  await expect.poll(async () => (await highlighted(page)).map((x) => x.text)).toEqual([]);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('listitem').filter({ hasText: 'neural network' })).toBeVisible();
  await options.getByRole('button', { name: 'Flag neural network again for executives' }).click();
  await page.bringToFront();
  await expect.poll(async () => (await highlighted(page)).map((x) => x.text)).toEqual(['neural network']);
});

/** Chromium's id for an unpacked extension: SHA-256 of its path, first 32 hex digits written a–p. */
function unpackedId(path: string): string {
  return createHash('sha256')
    .update(path)
    .digest('hex')
    .slice(0, 32)
    .split('')
    .map((c) => String.fromCharCode(97 + parseInt(c, 16)))
    .join('');
}

test('an organisation policy (real Chromium enterprise policy) shows locked entries, layered under the user’s', async ({ leaks }) => {
  void leaks;
  // Chromium reads machine policy from this folder at start-up; tests run as root here and in CI.
  const dir = '/etc/chromium/policies/managed';
  const file = `${dir}/jargon-bridge-e2e.json`;
  const id = unpackedId(EXTENSION);
  const teamConfig = JSON.stringify({
    version: 1,
    glossary: [{ id: 'beacon', term: 'Beacon', knownBy: ['clinician'], rewrites: { executive: ['the oncology module'] }, explanation: 'The oncology module of our health record.' }],
    settings: { defaultAudience: 'clinician' },
  });
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [id]: { teamConfig, lockedSettings: ['audience'] } } } }));
  const context = await launch();
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    expect(new URL(worker.url()).host).toBe(id);
    await expect.poll(() => worker.evaluate(() => chrome.storage.managed.get(null)), { timeout: 10000 }).toMatchObject({ lockedSettings: ['audience'] });
    const options = await context.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    await expect(options.getByRole('list', { name: 'Organisation glossary' })).toContainText('Beacon');
    await expect(options.getByRole('list', { name: 'Organisation glossary' })).toContainText('Managed');
    await expect(options.getByRole('list', { name: 'Organisation glossary' }).getByRole('button')).toHaveCount(0);
    await options.screenshot({ path: `${SHOTS}/options-managed.png`, fullPage: true });
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${id}/popup.html`);
    await expect(popup.getByRole('radio', { name: 'Clinician' })).toHaveAttribute('aria-checked', 'true');
    await expect(popup.getByRole('radio', { name: 'Executive' })).toBeDisabled();
  } finally {
    await context.close();
    rmSync(file, { force: true });
  }
});
