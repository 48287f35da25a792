import type { Page } from '@playwright/test';
import { clickWords, ENGINE_FIELD, ENGINE_PAGE, ENGINES, expect, fieldText, SHOTS, test, type Engine, waitForFindings } from './harness';

// Typed with the keyboard, as a user writes: a sentence with the term, then more words after it,
// which a wrong undo step would lose (the roosterjs bug in the sites issue).
const DRAFT = 'Maria, the neural network reads our relational database. CPOE stays the same next week.';

async function open(page: Page, engine: Engine): Promise<void> {
  await page.goto(ENGINE_PAGE(engine));
  await expect(page.locator('html')).toHaveAttribute('data-editor-ready', engine);
  await page.locator(ENGINE_FIELD[engine]).click();
  await page.keyboard.type(DRAFT);
  await waitForFindings(page, 3);
}


const card = (page: Page) => page.locator('jargon-bridge-ui .jb-card');

/** The engine's page with the draft typed, and the card open on `words`. */
async function openCard(page: Page, engine: Engine, words: string): Promise<void> {
  await open(page, engine);
  await clickWords(page, words);
  await expect(card(page)).toBeVisible();
}

for (const engine of ENGINES) {
  test(`${engine}: underline, card, one-click apply, and one Ctrl+Z restores the draft exactly`, async ({ context, leaks }) => {
    void leaks;
    const page = await context.newPage();
    await open(page, engine);
    const field = ENGINE_FIELD[engine];
    const before = await fieldText(page, field);
    expect(before.trim()).toBe(DRAFT);
    const markup = () => page.locator(field).evaluate((el) => el.innerHTML);
    const beforeMarkup = await markup();
    await clickWords(page, 'relational database');
    await expect(card(page)).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/engine-${engine}.png` });
    await card(page).getByRole('option').first().click();
    await expect(card(page)).toHaveCount(0);
    await expect.poll(() => fieldText(page, field)).toBe(before.replace('relational database', 'database'));
    await page.keyboard.press('Control+z');
    await expect.poll(() => fieldText(page, field)).toBe(before);
    // Byte for byte: the engine's markup is what it was before the apply.
    expect(await markup()).toBe(beforeMarkup);
    // The engine's redo brings the rewrite back: the edit went through its own history.
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => fieldText(page, field)).toBe(before.replace('relational database', 'database'));
  });
}

for (const engine of ENGINES) {
  test(`${engine}: typing before the term while its card is open, then apply: the rewrite lands on the term, nowhere else`, async ({ context, leaks }) => {
    void leaks;
    const page = await context.newPage();
    await openCard(page, engine, 'relational database');
    const field = ENGINE_FIELD[engine];
    // The user goes on writing at the start of the draft; the card stays on its words.
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('Note: ');
    await expect.poll(() => fieldText(page, field)).toContain(`Note: ${DRAFT}`);
    const before = await fieldText(page, field);
    await expect(card(page).locator('.jb-term')).toHaveText('relational database');
    await card(page).getByRole('option').first().click();
    await expect.poll(() => fieldText(page, field)).toBe(before.replace('relational database', 'database'));
  });
}

for (const engine of ENGINES) {
  test(`${engine}: the app replaces the text behind an open card; apply then writes nothing and says why`, async ({ context, leaks }) => {
    void leaks;
    const page = await context.newPage();
    await openCard(page, engine, 'relational database');
    const field = ENGINE_FIELD[engine];
    // The engine's own API, no input event: the words under the card's offsets are now others.
    const replaced = 'A shorter text. The relational database comes later in this one.';
    await page.evaluate((text) => (window as unknown as { fixtureSetText(t: string): void }).fixtureSetText(text), replaced);
    await expect.poll(() => fieldText(page, field)).toContain(replaced);
    const before = await fieldText(page, field);
    await card(page).getByRole('option').first().click();
    await expect(page.locator('jargon-bridge-ui .jb-live')).toContainText('The text changed since it was checked; nothing was replaced');
    expect(await fieldText(page, field)).toBe(before);
  });
}
