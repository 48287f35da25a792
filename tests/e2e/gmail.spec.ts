/// <reference types="chrome" />
import type { Page, Worker } from '@playwright/test';
import { clickWords, expect, fieldText, highlighted, openOver, setDirectory, SHOTS, test, waitForFindings } from './harness';

const INBOX = 'https://mail.google.com/mail/u/0/';
const POP_OUT = 'https://mail.google.com/mail/u/0/?view=cm&fs=1';
const BODY = '[role=textbox][aria-label="Message Body"]';
const card = (page: Page) => page.locator('jargon-bridge-ui .jb-card');
const ui = (page: Page) => page.locator('jargon-bridge-ui');

/** The user's part of a body: its text up to the signature or the quoted message. */
const draftOf = (page: Page, body: string) =>
  page.locator(body).evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.gmail_quote, .gmail_signature').forEach((n) => n.remove());
    document.body.append(copy);
    const text = copy.innerText;
    copy.remove();
    return text.trim();
  });


const directory = (worker: Worker) =>
  setDirectory(worker, [
    { email: 'dana.whitfield@stmarys.example', name: 'Dana Whitfield', audience: 'executive' },
    { email: 'elena.ruiz@stmarys.example', name: 'Dr. Elena Ruiz', audience: 'clinician' },
  ]);

test('Gmail new message: found by role, underline, apply, one Ctrl+Z; two compose windows are checked apart', async ({ context, leaks }) => {
  void leaks;
  const page = await context.newPage();
  await page.goto(INBOX);
  await page.getByRole('button', { name: 'Compose' }).click();
  await page.getByRole('button', { name: 'Compose' }).click();
  const first = `#compose-1 ${BODY}`;
  const second = `#compose-2 ${BODY}`;
  await page.locator(first).click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+Home');
  const typed = 'Dana, the relational database is ready. Next week we test.';
  await page.keyboard.type(typed);
  await page.locator(second).click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('The neural network is live.');
  await waitForFindings(page, 2);
  // The signature under each body (EHR, CPOE) is not the draft.
  expect((await highlighted(page)).map((m) => m.text).sort()).toEqual(['neural network', 'relational database']);
  await page.screenshot({ path: `${SHOTS}/site-gmail.png` });
  const before = await fieldText(page, first);
  await clickWords(page, 'relational database');
  await expect(card(page)).toBeVisible();
  await card(page).getByRole('option').first().click();
  await expect.poll(() => draftOf(page, first)).toBe(typed.replace('relational database', 'database'));
  // Only that window changed.
  expect(await draftOf(page, second)).toBe('The neural network is live.');
  await page.keyboard.press('Control+z');
  await expect.poll(() => fieldText(page, first)).toBe(before);
  // Gmail's spell checker is untouched: we never set attributes on its body.
  expect(await page.locator(first).getAttribute('spellcheck')).toBeNull();
});

test('Gmail inline reply: the quoted message is left alone; rewrites go into the reply', async ({ context, leaks }) => {
  void leaks;
  const page = await context.newPage();
  await page.goto(INBOX);
  const body = `#inline-reply ${BODY}`;
  await page.locator(body).click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+Home');
  const typed = 'Elena, the go-live moves because the relational database is late.';
  await page.keyboard.type(typed);
  await waitForFindings(page, 1);
  // The quote holds CPOE and "sepsis bundle": neither is underlined.
  const marks = (await highlighted(page)).map((m) => m.text);
  expect(marks).toContain('relational database');
  expect(marks).not.toContain('CPOE');
  const quote = await page.locator('#inline-reply .gmail_quote_container').evaluate((el) => (el as HTMLElement).innerHTML);
  await clickWords(page, 'relational database');
  await card(page).getByRole('option').first().click();
  await expect.poll(() => draftOf(page, body)).toBe(typed.replace('relational database', 'database'));
  expect(await page.locator('#inline-reply .gmail_quote_container').evaluate((el) => (el as HTMLElement).innerHTML)).toBe(quote);
});

test('Gmail recipients pick the audience; the popup says so, and a choice there holds for that draft only', async ({ context, extensionId, worker, leaks }) => {
  void leaks;
  await directory(worker);
  const page = await context.newPage();
  await page.goto(INBOX);
  await page.getByRole('button', { name: 'Compose' }).click();
  await page.keyboard.type('dana.whitfield@stmarys.example');
  await page.keyboard.press('Enter');
  await page.locator(`#compose-1 ${BODY}`).click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('The sepsis bundle saved money, and EBITDA rose after the CPOE change.');
  await expect(ui(page)).toHaveAttribute('data-audience', 'executive');
  await expect.poll(async () => (await highlighted(page)).map((m) => m.text)).toEqual(expect.arrayContaining(['sepsis bundle', 'CPOE']));

  // Dr. Ruiz in Cc: the draft is for both readers (mixed).
  await page.locator('#compose-1 [name=cc] input').click();
  await page.keyboard.type('elena.ruiz@stmarys.example');
  await page.keyboard.press('Enter');
  await expect(ui(page)).toHaveAttribute('data-audience', 'executive+clinician');
  await expect.poll(async () => (await highlighted(page)).map((m) => m.text)).toEqual(expect.arrayContaining(['sepsis bundle', 'EBITDA']));

  const popup = await openOver(page, extensionId, 'popup', { width: 320, height: 420 });
  await expect(popup.getByTestId('auto')).toHaveText('Auto: Dana Whitfield — Executive; Dr. Elena Ruiz — Clinician — checked for all 2 readers.');
  await popup.screenshot({ path: `${SHOTS}/popup-auto.png` });

  // The side panel reads the draft for the same readers, and says so.
  const panel = await openOver(page, extensionId, 'sidepanel', { width: 400, height: 760 });
  await expect(panel.getByLabel('Reader')).toHaveValue('executive+clinician');
  await expect(panel.getByLabel('Reader').locator('option:checked')).toHaveText('For this draft: Executive + Clinician');
  // Rewrites for both readers: the clinician's EBITDA and the executive's sepsis bundle.
  await expect.poll(() => panel.locator('.changes s').allTextContents()).toEqual(expect.arrayContaining(['sepsis bundle', 'EBITDA']));
  await panel.close();

  // A choice in the popup overrides the recipients for this draft…
  await popup.getByRole('radio', { name: 'Clinician' }).click();
  await expect(ui(page)).toHaveAttribute('data-audience', 'clinician');
  await expect(popup.getByTestId('auto')).toContainText('For this draft: Clinician, chosen by you.');
  await expect(popup.getByRole('radio', { name: 'Clinician' })).toHaveAttribute('aria-checked', 'true');
  // …and does not change the default for other drafts.
  expect(await worker.evaluate(() => chrome.storage.local.get('audience'))).toEqual({ audience: 'it' });
  await popup.getByRole('button', { name: 'Follow the recipients' }).click();
  await expect(ui(page)).toHaveAttribute('data-audience', 'executive+clinician');

  // Recipients removed: back to the default audience.
  await page.locator('#compose-1 [role=option] .remove').first().click();
  await page.locator('#compose-1 [role=option] .remove').first().click();
  await expect(ui(page)).toHaveAttribute('data-audience', 'it');
});

test('Gmail: a reopened draft and the pop-out compose window are checked', async ({ context, leaks }) => {
  void leaks;
  const page = await context.newPage();
  await page.goto(INBOX);
  await page.getByRole('button', { name: 'Drafts (1)' }).click();
  await waitForFindings(page, 1);
  expect((await highlighted(page)).map((m) => m.text)).toEqual(expect.arrayContaining(['FHIR', 'interface engine']));

  const popOut = await context.newPage();
  await popOut.goto(POP_OUT);
  await popOut.locator(BODY).click({ position: { x: 5, y: 5 } });
  await popOut.keyboard.press('Control+Home');
  await popOut.keyboard.type('Our neural network is live.');
  await waitForFindings(popOut, 1);
  await clickWords(popOut, 'neural network');
  await card(popOut).getByRole('option').first().click();
  await expect.poll(() => draftOf(popOut, BODY)).not.toBe('Our neural network is live.');
  await popOut.keyboard.press('Control+z');
  await expect.poll(() => draftOf(popOut, BODY)).toBe('Our neural network is live.');
});
