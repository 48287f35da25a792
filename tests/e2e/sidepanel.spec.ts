import { expect, fieldText, openOver, SHOTS, test, typeDraft } from './harness';

const URL = 'https://mail.google.com/jb-fixtures/generic-compose';
const DRAFT = 'Maria, our neural network reads the relational database. In order to go live, CPOE needs one more test.';

test('"Read it as…" previews the rewritten draft; Apply all writes it in one undo step', async ({ context, extensionId, leaks }) => {
  void leaks;
  const page = await context.newPage();
  await typeDraft(page, URL, '#body', DRAFT, 3);

  const panel = await openOver(page, extensionId, 'sidepanel', { width: 400, height: 760 });
  const preview = panel.getByTestId('preview');
  await expect(preview).toContainText('pattern-learning software reads the database');
  await expect(preview.locator('mark')).toHaveText(['pattern-learning software', 'database', 'To', 'computerized physician order entry (CPOE)']);
  await expect(panel.getByTestId('fit')).toContainText('Executive fit');
  const before = Number(/fit (\d+)/.exec((await panel.getByTestId('fit').textContent())!)![1]);
  const after = Number(await panel.getByTestId('fit-after').textContent());
  expect(after).toBeGreaterThan(before);
  await expect(panel.getByTestId('notes')).toContainText('No clear ask');
  await panel.screenshot({ path: `${SHOTS}/sidepanel.png`, fullPage: true });

  // Nothing is written until the click.
  expect(await fieldText(page, '#body')).toBe(DRAFT);
  // One change can be left out.
  await panel.getByRole('checkbox').nth(1).uncheck();
  await expect(preview.locator('mark')).toHaveCount(3);
  await panel.getByRole('button', { name: /Apply all/ }).click();
  const expected = 'Maria, our pattern-learning software reads the relational database. To go live, computerized physician order entry (CPOE) needs one more test.';
  await expect.poll(() => fieldText(page, '#body')).toBe(expected);
  await expect(panel.getByRole('status')).toContainText('Applied in one step');

  // One Ctrl+Z in the draft restores it exactly.
  await page.locator('#body').focus();
  await page.keyboard.press('Control+z');
  expect(await fieldText(page, '#body')).toBe(DRAFT);
});

test('the popup shows the audience fit of the draft', async ({ context, extensionId, leaks }) => {
  void leaks;
  const page = await context.newPage();
  await typeDraft(page, URL, '#body', DRAFT, 3);
  const popup = await openOver(page, extensionId, 'popup', { width: 320, height: 380 });
  await expect(popup.getByTestId('fit')).toHaveText(/^Executive fit \d+ — \d+ jargon terms/);
  await popup.screenshot({ path: `${SHOTS}/popup-fit.png` });
});
