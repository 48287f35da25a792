import type { Page } from '@playwright/test';
import { expect, GDOC, SHOTS, test, waitForFindings } from './harness';

const card = (page: Page) => page.locator('jargon-bridge-ui .jb-card');
/** The document's text as Docs holds it (the page world's annotated-text API). */
const docText = (page: Page) =>
  page.evaluate(() => (window as unknown as { _docs_annotate_getAnnotatedText: () => { getText(): string } })._docs_annotate_getAnnotatedText().getText());
/** Our underlines over the canvas: overlay boxes in the extension's shadow root. */
const underlines = (page: Page) => page.locator('jargon-bridge-ui .jb-underline:not([hidden])');

/** Where the fixture's canvas draws `words` (first occurrence), measured in the page itself. */
async function wordBox(page: Page, words: string): Promise<{ left: number; right: number; top: number; bottom: number }> {
  return page.evaluate((words) => {
    for (const rect of document.querySelectorAll('svg rect[aria-label]')) {
      const label = rect.getAttribute('aria-label')!;
      const i = label.indexOf(words);
      if (i < 0) continue;
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.font = rect.getAttribute('data-font-css')!;
      const box = rect.getBoundingClientRect();
      const left = box.left + ctx.measureText(label.slice(0, i)).width;
      return { left, right: left + ctx.measureText(words).width, top: box.top, bottom: box.bottom };
    }
    throw new Error(`${words} is not on the page`);
  }, words);
}

test('Google Docs (annotated canvas): underlines over the drawn words, card, apply, one Ctrl+Z restores', async ({ context, extensionId, leaks }) => {
  void leaks;
  const page = await context.newPage();
  await page.goto(GDOC);
  // Docs was asked for annotated-canvas mode with our id, before it started.
  await expect(page.locator('html')).toHaveAttribute('data-annotated-by', extensionId);
  await expect(page.locator('html')).toHaveAttribute('data-docs-ready', 'true');
  await page.locator('.kix-appview-editor').click({ position: { x: 400, y: 300 } });
  await page.keyboard.press('Enter');
  const typed = 'Dana, the relational database is ready for the CPOE go-live next week.';
  await page.keyboard.type(typed);
  await waitForFindings(page, 2);
  const original = await docText(page);
  expect(original).toBe(`Rollout plan for the new order sets.\n${typed}`);

  // Each underline sits on its words as the canvas drew them.
  const expected = await wordBox(page, 'relational database');
  const boxes = await underlines(page).evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
  const hit = boxes.find((b) => Math.abs(b.left - expected.left) < 2 && Math.abs(b.right - expected.right) < 2);
  expect(hit, JSON.stringify({ boxes, expected })).toBeTruthy();
  expect(hit!.top).toBeGreaterThanOrEqual(expected.top);
  expect(hit!.bottom).toBeLessThanOrEqual(expected.bottom + 4);

  await page.mouse.click((expected.left + expected.right) / 2, (expected.top + expected.bottom) / 2);
  await expect(card(page)).toBeVisible();
  await expect(card(page).locator('.jb-term')).toHaveText('relational database');
  await page.screenshot({ path: `${SHOTS}/site-google-docs.png` });
  await card(page).getByRole('option').first().click();
  await expect.poll(() => docText(page)).toBe(original.replace('relational database', 'database'));
  // The replacement was one step in Docs' own undo.
  await page.keyboard.press('Control+z');
  await expect.poll(() => docText(page)).toBe(original);
});
