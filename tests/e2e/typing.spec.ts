import { expect, fieldText, findingCount, highlighted, SHOTS, test, typeDraft } from './harness';

const URL = 'https://mail.google.com/jb-fixtures/generic-compose';
const DRAFT = 'Maria, the neural network reads our relational database. CPOE stays the same.';

test('typing in a compose box underlines the right words', async ({ context, leaks }) => {
  void leaks;
  const page = await context.newPage();
  await typeDraft(page, URL, '#body', DRAFT, 3);
  const marks = await highlighted(page);
  expect(marks.map((m) => m.text)).toEqual(['neural network', 'relational database', 'CPOE']);
  // Each underline sits on its word: the range's rectangles are the word's own rectangles.
  for (const m of marks) {
    const expected = await page.evaluate((word) => {
      const body = document.getElementById('body')!;
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.textContent!.indexOf(word);
        if (i >= 0) {
          const r = document.createRange();
          r.setStart(n, i);
          r.setEnd(n, i + word.length);
          return [...r.getClientRects()].map((c) => ({ x: c.x, y: c.y, w: c.width, h: c.height }));
        }
      }
      return [];
    }, m.text);
    expect(m.rects).toEqual(expected);
    expect(m.rects.length).toBeGreaterThan(0);
  }
  expect(await page.locator('jargon-bridge-ui').getAttribute('data-audience')).toBe('executive');
  await page.screenshot({ path: `${SHOTS}/typing-underlines.png` });
  expect(await fieldText(page, '#body')).toBe(DRAFT);
  // Notes about the draft as a whole (no ask, no numbers) hang on its first words, in their own style.
  expect((await highlighted(page, 'jb-note')).map((m) => m.text)).toEqual(['Maria', 'the']);
  expect(await findingCount(page)).toBe(5);
});
