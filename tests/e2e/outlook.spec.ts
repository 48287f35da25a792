import type { Page } from '@playwright/test';
import { clickWords, expect, highlighted, setDirectory, SHOTS, test, waitForFindings } from './harness';

const READING_PANE = 'https://outlook.office.com/mail/';
const POP_OUT = 'https://outlook.live.com/mail/0/deeplink/compose';
const BODY = '[aria-label^="Message body"]';
const card = (page: Page) => page.locator('jargon-bridge-ui .jb-card');

/** The draft part of the body as the user sees it: the first line of the body's text. */
const draftLine = (page: Page) => page.locator(BODY).evaluate((el) => (el as HTMLElement).innerText.split('\n')[0]);

async function openReply(page: Page, url = READING_PANE): Promise<void> {
  await page.goto(url);
  await expect(page.locator('html')).toHaveAttribute('data-editor-ready', 'roosterjs');
  // The caret goes to the top of the body, above the signature and the quoted message.
  await page.locator(BODY).click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+Home');
}


test('Outlook reply (roosterjs): typed draft, apply, and one Ctrl+Z restores exactly what was typed', async ({ context, leaks }) => {
  void leaks;
  const page = await context.newPage();
  await openReply(page);
  // Real typing, with words after the term: the roosterjs undo bug lost exactly these.
  const typed = 'Dana, the relational database move is on budget. We finish next week.';
  await page.keyboard.type(typed);
  await waitForFindings(page, 1);
  expect(await draftLine(page)).toBe(typed);
  const whole = await page.locator(BODY).innerHTML();
  // The quoted message (CPOE, HL7) and the signature (EHR, CPOE) are not the user's draft.
  expect((await highlighted(page)).map((m) => m.text)).toEqual(['relational database']);
  // The To and Cc wells are not checked either.
  await clickWords(page, 'relational database');
  await expect(card(page)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/site-outlook.png` });
  await card(page).getByRole('option').first().click();
  await expect.poll(() => draftLine(page)).toBe(typed.replace('relational database', 'database'));
  await page.keyboard.press('Control+z');
  await expect.poll(() => draftLine(page)).toBe(typed);
  // Byte for byte: the body's markup is what it was before the apply.
  expect(await page.locator(BODY).innerHTML()).toBe(whole);
});

test('Outlook: the audience follows To and Cc through the stakeholder directory', async ({ context, worker, leaks }) => {
  void leaks;
  await setDirectory(worker, [
    { email: 'dana.whitfield@stmarys.example', name: 'Dana Whitfield', audience: 'executive' },
    { email: '*@stmarys.example', audience: 'clinician' },
  ]);

  const page = await context.newPage();
  await openReply(page);
  await page.keyboard.type('The sepsis bundle and EBITDA both improved after the CPOE change.');
  const ui = page.locator('jargon-bridge-ui');
  // Dana is in To: an executive draft.
  await expect(ui).toHaveAttribute('data-audience', 'executive');
  // Dr. Ruiz added in Cc: the pattern makes her a clinician, and the draft is for both.
  await page.locator('[aria-label="Cc"]').click();
  await page.keyboard.type('elena.ruiz@stmarys.example');
  await page.keyboard.press('Enter');
  await expect(ui).toHaveAttribute('data-audience', 'executive+clinician');
  await expect.poll(async () => (await highlighted(page)).map((m) => m.text)).toEqual(expect.arrayContaining(['sepsis bundle', 'EBITDA']));
});

test('Outlook pop-out compose on outlook.live.com: underline, apply, undo', async ({ context, leaks }) => {
  void leaks;
  const page = await context.newPage();
  await openReply(page, POP_OUT);
  const typed = 'Our neural network flags sepsis early. More soon.';
  await page.keyboard.type(typed);
  await waitForFindings(page, 1);
  await clickWords(page, 'neural network');
  await card(page).getByRole('option').first().click();
  await expect.poll(() => draftLine(page)).not.toBe(typed);
  await page.keyboard.press('Control+z');
  await expect.poll(() => draftLine(page)).toBe(typed);
});
