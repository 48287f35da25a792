/// <reference types="chrome" />
import { expect, fieldText, highlighted, test, waitForFindings } from './harness';

const FIXTURE = 'https://mail.google.com/jb-fixtures/generic-compose';

test('a draft containing markup shows as text in the card: nothing is parsed as HTML', async ({ context, leaks }) => {
  void leaks;
  const page = await context.newPage();
  await page.goto(FIXTURE);
  await page.locator('#notes').click();
  const hostile = 'CPOE <img src=x onerror="window.__pwned=1"><b>bold</b> <script>window.__pwned=2</script>';
  await page.keyboard.type(hostile);
  await waitForFindings(page, 1);
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Alt+j');
  const card = page.locator('jargon-bridge-ui .jb-card');
  await expect(card).toBeVisible();
  // Our shadow root holds no element from the draft's text.
  expect(await page.locator('jargon-bridge-ui img, jargon-bridge-ui b, jargon-bridge-ui script').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await fieldText(page, '#notes')).toBe(hostile);
});

test('a hostile page cannot make the extension apply a rewrite, read findings or change settings', async ({ context, worker, leaks }) => {
  void leaks;
  const page = await context.newPage();
  await page.goto(FIXTURE);
  await page.locator('#body').click();
  await page.keyboard.type('Our neural network reads CPOE orders.');
  await waitForFindings(page, 2);
  const before = await worker.evaluate(() => chrome.storage.local.get(null));
  // The page tries what it can reach: window messages, DOM events, the extension messaging API
  // (no externally_connectable, so chrome.runtime is not exposed to it).
  const attempts = await page.evaluate(async () => {
    const messages = [
      { type: 'jb:apply-all', editorId: 1, start: 0, end: 3, expected: 'Our', replacement: 'PWNED' },
      { type: 'jb:state' },
      { type: 'jb:draft' },
    ];
    for (const m of messages) {
      window.postMessage(m, '*');
      document.dispatchEvent(new CustomEvent(m.type, { detail: m }));
    }
    const runtime = (window as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
    await new Promise((r) => setTimeout(r, 300));
    return { runtimeExposed: typeof runtime?.sendMessage === 'function' };
  });
  expect(attempts.runtimeExposed).toBe(false);
  expect(await fieldText(page, '#body')).toBe('Our neural network reads CPOE orders.');
  await expect.poll(async () => (await highlighted(page)).map((m) => m.text)).toEqual(['neural network', 'CPOE']);
  expect(await worker.evaluate(() => chrome.storage.local.get(null))).toEqual(before);
});

test('very large drafts: a 50,000-character line is checked without long tasks; 1 MB is declined, politely', async ({ context, leaks }) => {
  void leaks;
  const page = await context.newPage();
  await page.goto(FIXTURE);
  const line = 'the team reviewed the plan and agreed on the next steps for the clinic '.repeat(720).slice(0, 50_000);
  await page.locator('#notes').fill(line);
  await page.locator('#notes').press('End');
  await page.evaluate(() => {
    (window as unknown as { __long: number[] }).__long = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => (window as unknown as { __long: number[] }).__long.push(e.duration))).observe({ type: 'longtask' });
  });
  await page.keyboard.type(' and the neural network', { delay: 30 });
  await expect.poll(async () => Number(await page.locator('jargon-bridge-ui').getAttribute('data-findings'))).toBeGreaterThan(0);
  const long = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
  expect(long.filter((d) => d > 200)).toEqual([]);

  const huge = 'The relational database and the neural network. '.repeat(22_000);
  await page.locator('#notes').fill(huge);
  await expect(page.locator('jargon-bridge-ui .jb-live')).toContainText('too long to check as you type');
  await expect.poll(async () => Number(await page.locator('jargon-bridge-ui').getAttribute('data-findings'))).toBe(0);
  // The page still answers at once.
  const frame = await page.evaluate(() => new Promise<number>((r) => { const t = performance.now(); requestAnimationFrame(() => r(performance.now() - t)); }));
  expect(frame).toBeLessThan(500);
});
