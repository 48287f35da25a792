import type { Page } from '@playwright/test';
import { expect, GDOC, GDOC_EXPORT, GSLIDES, openOver, SHOTS, test, waitForFindings } from './harness';

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
  // Typing goes to Docs' hidden input iframe once it has focus.
  await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('docs-texteventtarget-iframe');
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


test('Google Docs: the side panel checks the whole document from its text export, by paragraph, with rewrites to copy', async ({ context, extensionId, leaks }) => {
  void leaks;
  const page = await context.newPage();
  await page.goto(GDOC);
  const panel = await openOver(page, extensionId, 'sidepanel', { width: 400, height: 900 });
  await panel.getByRole('button', { name: 'Check the whole document' }).click();
  const result = panel.getByTestId('whole-file-result');
  await expect(result.locator('h3')).toHaveText(['Paragraph 2', 'Paragraph 4']);
  await expect(result.locator('li', { hasText: 'Paragraph 2' }).locator('mark')).toHaveText(['relational database', 'HL7', 'interface engine']);
  await panel.screenshot({ path: `${SHOTS}/sidepanel-google-doc.png`, fullPage: true });
  // The system clipboard needs a focused window, which a background tab in a headless test is not:
  // the test records what the button hands to the clipboard API.
  await panel.evaluate(() => {
    navigator.clipboard.writeText = async (text: string) => void ((window as unknown as { copied: string }).copied = text);
  });
  await result.locator('li', { hasText: 'Paragraph 4' }).getByRole('button', { name: 'Copy rewrite' }).click();
  await expect(result.getByRole('button', { name: 'Copied' })).toBeVisible();
  const copied = await panel.evaluate(() => (window as unknown as { copied: string }).copied);
  expect(copied).toMatch(/order entry/i);
  expect(copied).toContain('downtime will be two hours on a Sunday night.');
});

test('Google Docs: a refused export is reported plainly, and nothing else is tried', async ({ context, extensionId, leaks }) => {
  void leaks;
  await context.route(GDOC_EXPORT, (route) => route.fulfill({ status: 403, body: 'Forbidden' }));
  const page = await context.newPage();
  await page.goto(GDOC);
  const panel = await openOver(page, extensionId, 'sidepanel', { width: 400, height: 900 });
  await panel.getByRole('button', { name: 'Check the whole document' }).click();
  await expect(panel.getByRole('alert')).toHaveText(/HTTP 403.*permission to download/);
});

test('Google Slides: speaker notes are checked slide by slide from the PPTX export', async ({ context, extensionId, leaks }) => {
  void leaks;
  const page = await context.newPage();
  await page.goto(GSLIDES);
  const panel = await openOver(page, extensionId, 'sidepanel', { width: 400, height: 900 });
  await panel.getByRole('button', { name: 'Check the speaker notes' }).click();
  const result = panel.getByTestId('whole-file-result');
  await expect(result.locator('h3')).toHaveText(['Slide 1: Where we are', 'Slide 3: The ask']);
  await expect(result.locator('li', { hasText: 'Slide 3' }).locator('mark')).toHaveText(['HL7', 'interface engine']);
  await panel.screenshot({ path: `${SHOTS}/sidepanel-slides-notes.png`, fullPage: true });
});
