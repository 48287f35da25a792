import type { Page } from '@playwright/test';
import { clickWords, expect, fieldText, highlighted, SHOTS, test, typeDraft as typeInto, waitForFindings } from './harness';

const URL = 'https://mail.google.com/jb-fixtures/generic-compose';
const DRAFT = 'Maria, the neural network reads our relational database. CPOE stays the same.';

const typeDraft = (page: Page, text = DRAFT) => typeInto(page, URL, '#body', text, 3);

/** Centre of the first rectangle of the highlighted words. */
async function wordPoint(page: Page, words: string): Promise<{ x: number; y: number }> {
  const mark = (await highlighted(page)).find((m) => m.text === words);
  if (!mark) throw new Error(`"${words}" is not underlined`);
  const r = mark.rects[0];
  return { x: r.x + r.w / 2, y: r.y + r.h / 2 };
}

const card = (page: Page) => page.locator('jargon-bridge-ui .jb-card');

test('the card opens on a click of an underline, explains, and one click applies a rewrite', async ({ context, leaks }) => {
  void leaks;
  const page = await context.newPage();
  await typeDraft(page);
  await clickWords(page, 'relational database');
  await expect(card(page)).toBeVisible();
  await expect(card(page).locator('.jb-term')).toHaveText('relational database');
  await expect(card(page).locator('.jb-why')).toContainText('executives rarely use');
  await expect(card(page).getByRole('option').first()).toHaveText('database');
  await page.screenshot({ path: `${SHOTS}/card-mouse.png` });
  // Opened by the mouse, the card does not take focus from the editor.
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('body');
  await card(page).getByRole('option').first().click();
  await expect(card(page)).toHaveCount(0);
  expect(await fieldText(page, '#body')).toBe(DRAFT.replace('relational database', 'database'));
  // The editor's own undo takes it back, exactly.
  await page.keyboard.press('Control+z');
  expect(await fieldText(page, '#body')).toBe(DRAFT);
});

test('the card opens on hover of an underline and closes when the pointer leaves', async ({ context, leaks }) => {
  void leaks;
  const page = await context.newPage();
  await typeDraft(page);
  const p = await wordPoint(page, 'neural network');
  await page.mouse.move(p.x, p.y);
  await expect(card(page)).toBeVisible();
  await expect(card(page).locator('.jb-term')).toHaveText('neural network');
  await page.mouse.move(1000, 800);
  await expect(card(page)).toHaveCount(0);
});

test('Alt+J opens the next finding after the caret; arrows choose, Enter applies, Ctrl+Z restores', async ({ context, leaks }) => {
  void leaks;
  const page = await context.newPage();
  await typeDraft(page);
  // Caret just after "the ": the next finding is "neural network".
  await page.keyboard.press('Home');
  for (let i = 0; i < 'Maria, the '.length; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Alt+j');
  await expect(card(page)).toBeVisible();
  await expect(card(page).locator('.jb-term')).toHaveText('neural network');
  await expect(card(page)).toHaveAttribute('aria-modal', 'true');
  // Focus is in the card (its listbox), inside our shadow root.
  expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('jargon-bridge-ui');
  await expect(card(page).getByRole('listbox')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(card(page).getByRole('option').nth(1)).toHaveAttribute('aria-selected', 'true');
  const second = await card(page).getByRole('option').nth(1).locator('.jb-suggestion-text').textContent();
  await page.screenshot({ path: `${SHOTS}/card-keyboard.png` });
  await page.keyboard.press('Enter');
  await expect(card(page)).toHaveCount(0);
  expect(await fieldText(page, '#body')).toBe(DRAFT.replace('neural network', second!));
  // The caret lands after the new words: typing goes there.
  await page.keyboard.type('X');
  expect(await fieldText(page, '#body')).toBe(DRAFT.replace('neural network', `${second}X`));
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  expect(await fieldText(page, '#body')).toBe(DRAFT);
});

test('Escape closes the card and returns focus to the editor where it was', async ({ context, leaks }) => {
  void leaks;
  const page = await context.newPage();
  await typeDraft(page);
  await page.keyboard.press('Home');
  await page.keyboard.press('Alt+j');
  await expect(card(page)).toBeVisible();
  // Tab stays inside the card.
  for (let i = 0; i < 8; i++) await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('jargon-bridge-ui');
  await page.keyboard.press('Escape');
  await expect(card(page)).toHaveCount(0);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('body');
  await page.keyboard.type('Z');
  expect(await fieldText(page, '#body')).toBe(`Z${DRAFT}`);
});

test('editing the text after the card opened does not write in the wrong place', async ({ context, leaks }) => {
  void leaks;
  const page = await context.newPage();
  await typeDraft(page);
  await clickWords(page, 'relational database');
  await expect(card(page)).toBeVisible();
  // The user types at the start of the draft while the card is open: every offset moves.
  await page.keyboard.press('Home');
  await page.keyboard.type('Hi ');
  await card(page).getByRole('button', { name: 'Apply' }).click();
  expect(await fieldText(page, '#body')).toBe(`Hi ${DRAFT.replace('relational database', 'database')}`);

  // Now the flagged words are deleted while the card is open: nothing is written anywhere.
  await waitForFindings(page, 2);
  await clickWords(page, 'neural network');
  await expect(card(page).locator('.jb-term')).toHaveText('neural network');
  const before = await fieldText(page, '#body');
  await page.evaluate(() => {
    const body = document.getElementById('body')!;
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.textContent!.indexOf('neural network');
      if (i >= 0) {
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + 'neural network'.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(r);
      }
    }
  });
  await page.keyboard.press('Delete');
  const after = await fieldText(page, '#body');
  expect(after).not.toContain('neural network');
  expect(after.length).toBe(before.length - 'neural network'.length);
  // Its words are gone, so the card closes, and nothing else was touched.
  await expect(card(page)).toHaveCount(0);
  expect(await fieldText(page, '#body')).toBe(after);
});

test('if the page changes the words behind an open card, Apply writes nothing and says why', async ({ context, leaks }) => {
  void leaks;
  const page = await context.newPage();
  await typeDraft(page);
  await page.keyboard.press('Home');
  for (let i = 0; i < 'Maria, the '.length; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Alt+j');
  await expect(card(page).locator('.jb-term')).toHaveText('neural network');
  // The site re-renders the editor's text without an input event (as rich editors do).
  await page.evaluate(() => {
    const walker = document.createTreeWalker(document.getElementById('body')!, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) (n as Text).data = n.textContent!.replace('neural network', 'neural model');
  });
  const changed = await fieldText(page, '#body');
  await page.keyboard.press('Enter');
  expect(await fieldText(page, '#body')).toBe(changed);
  await expect(page.locator('jargon-bridge-ui .jb-live')).toContainText('nothing was replaced');
});

test('"Ignore once", "Ignore always" and "My readers know this" remove the flag', async ({ context, leaks }) => {
  void leaks;
  const page = await context.newPage();
  await typeDraft(page);
  const open = async (words: string) => {
    await clickWords(page, words);
    await expect(card(page).locator('.jb-term')).toHaveText(words);
  };
  await open('neural network');
  const marks = async () => (await highlighted(page)).map((m) => m.text);
  await card(page).getByRole('button', { name: 'Ignore once' }).click();
  await expect.poll(marks).toEqual(['relational database', 'CPOE']);
  await open('CPOE');
  await card(page).getByRole('button', { name: 'My readers know this' }).click();
  await expect.poll(marks).toEqual(['relational database']);
  await open('relational database');
  await card(page).getByRole('button', { name: 'Ignore always' }).click();
  await expect.poll(marks).toEqual([]);
  // The stored choices survive a reload; "ignore once" does not.
  await page.reload();
  await page.locator('#body').click();
  await page.keyboard.type('A neural network, a relational database and CPOE.');
  await waitForFindings(page, 1);
  await expect.poll(marks).toEqual(['neural network']);
});
