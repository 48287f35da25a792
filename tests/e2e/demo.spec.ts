import { expect, highlighted, SHOTS, test, waitForFindings } from './harness';

test('the bundled demo page: both drafts are checked, and the card opens on the CFO draft', async ({ context, extensionId, leaks }) => {
  void leaks;
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 820 });
  await page.goto(`chrome-extension://${extensionId}/demo.html`);
  await waitForFindings(page, 8);
  const words = (await highlighted(page)).map((m) => m.text);
  for (const w of ['neural network', 'relational database', 'CPOE', 'machine learning', 'sepsis bundle']) expect(words).toContain(w);
  // The textarea draft gets overlay underlines.
  expect(await page.locator('jargon-bridge-ui .jb-underline:not([hidden])').count()).toBeGreaterThan(2);
  const mark = (await highlighted(page)).find((m) => m.text === 'relational database')!;
  await page.mouse.click(mark.rects[0].x + mark.rects[0].w / 2, mark.rects[0].y + mark.rects[0].h / 2);
  await expect(page.locator('jargon-bridge-ui .jb-card')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/demo-card.png` });
});
