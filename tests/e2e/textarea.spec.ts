import type { Page } from '@playwright/test';
import { expect, SHOTS, test, waitForFindings } from './harness';

const URL = 'https://mail.google.com/jb-fixtures/generic-compose';
const NOTES = 'Note for the board:\nThe neural network flags risk early.\nWe also need a relational database.';

/** The overlay underlines drawn over a textarea, in our shadow root. */
async function underlines(page: Page) {
  return page.locator('jargon-bridge-ui .jb-underline[data-severity="warning"]:not([hidden])').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, w: r.width, h: r.height };
    }),
  );
}

/** Clicks the middle of an underline and returns where the browser put the caret in the textarea. */
async function caretAtUnderline(page: Page, i: number): Promise<number> {
  // Underlines are repositioned on the next animation frame after a scroll or resize.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const u = (await underlines(page))[i];
  await page.mouse.click(u.x + u.w / 2, u.y + u.h / 2);
  return page.locator('#notes').evaluate((ta: HTMLTextAreaElement) => ta.selectionStart);
}

test('a textarea gets underlines on the right words, which follow scrolling and resizing', async ({ context, leaks }) => {
  void leaks;
  const page = await context.newPage();
  await page.goto(URL);
  await page.locator('#notes').click();
  await page.keyboard.type(NOTES);
  await waitForFindings(page, 2);
  await expect.poll(async () => (await underlines(page)).length).toBe(2);
  const inWord = (offset: number, word: string) => {
    const start = NOTES.indexOf(word);
    return offset >= start && offset <= start + word.length;
  };
  // Clicking the middle of each underline puts the browser's own caret inside that word.
  expect(inWord(await caretAtUnderline(page, 0), 'neural network')).toBe(true);
  await expect(page.locator('jargon-bridge-ui .jb-term')).toHaveText('neural network');
  await page.screenshot({ path: `${SHOTS}/textarea-card.png` });
  await page.keyboard.press('Escape');
  expect(inWord(await caretAtUnderline(page, 1), 'relational database')).toBe(true);

  // The page scrolls: the underlines move with the words.
  await page.evaluate(() => {
    document.body.style.height = '3000px';
    window.scrollBy(0, 120);
  });
  await page.keyboard.press('Escape');
  expect(inWord(await caretAtUnderline(page, 0), 'neural network')).toBe(true);
  // The window narrows and the field is resized so the text wraps differently.
  await page.setViewportSize({ width: 900, height: 700 });
  await page.locator('#notes').evaluate((ta: HTMLTextAreaElement) => (ta.style.width = '260px'));
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await underlines(page)).length).toBeGreaterThanOrEqual(2);
  expect(inWord(await caretAtUnderline(page, 0), 'neural network')).toBe(true);
  // Zoomed: the field and its text grow; the underlines follow.
  await page.evaluate(() => ((document.documentElement.style as CSSStyleDeclaration & { zoom: string }).zoom = '1.5'));
  await page.keyboard.press('Escape');
  expect(inWord(await caretAtUnderline(page, 0), 'neural network')).toBe(true);
  await page.evaluate(() => ((document.documentElement.style as CSSStyleDeclaration & { zoom: string }).zoom = '1'));
  // The field scrolls inside itself.
  await page.locator('#notes').evaluate((ta: HTMLTextAreaElement) => {
    ta.style.height = '60px';
    ta.scrollTop = ta.scrollHeight;
  });
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await underlines(page)).length).toBeGreaterThanOrEqual(1);
  const last = (await underlines(page)).length - 1;
  expect(inWord(await caretAtUnderline(page, last), 'relational database')).toBe(true);
});

test('apply in a textarea goes through its undo: one Ctrl+Z restores the text exactly', async ({ context, leaks }) => {
  void leaks;
  const page = await context.newPage();
  await page.goto(URL);
  await page.locator('#notes').click();
  await page.keyboard.type(NOTES);
  await waitForFindings(page, 2);
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Alt+j');
  const card = page.locator('jargon-bridge-ui .jb-card');
  await expect(card.locator('.jb-term')).toHaveText('neural network');
  await page.keyboard.press('Enter');
  const value = () => page.locator('#notes').inputValue();
  expect(await value()).toBe(NOTES.replace('neural network', 'pattern-learning software'));
  const caret = await page.locator('#notes').evaluate((ta: HTMLTextAreaElement) => ta.selectionStart);
  expect(caret).toBe(NOTES.indexOf('neural network') + 'pattern-learning software'.length);
  await page.keyboard.press('Control+z');
  expect(await value()).toBe(NOTES);
});
