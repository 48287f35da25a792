import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type BrowserContext, expect, type Page, test as base, type Worker } from '@playwright/test';
import { EXTENSION, launchWithExtension } from '../../scripts/chromium';

// Screenshots for people to look at (Playwright empties test-results/ on every run).
export const SHOTS = resolve('screenshots');

/** Fixture pages, served at the real sites' URLs (the content script is injected there as on the live site). */
export const FIXTURES: Record<string, string> = {
  'https://mail.google.com/jb-fixtures/generic-compose': 'tests/e2e/fixtures/generic-compose.html',
};

export const launch = () => launchWithExtension();
export { EXTENSION };

type Fixtures = {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Every network request made while the test ran, other than the fixture pages. */
  leaks: string[];
};

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const context = await launch();
    await use(context);
    await context.close();
  },
  worker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  extensionId: async ({ worker }, use) => {
    await use(new URL(worker.url()).host);
  },
  leaks: async ({ context }, use) => {
    const leaks: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      // The extension's own files (chrome-extension://) are not the network.
      if (!/^https?:/.test(url)) return route.continue();
      const file = FIXTURES[url.split('#')[0]];
      if (file) return route.fulfill({ contentType: 'text/html; charset=utf-8', body: readFileSync(file) });
      leaks.push(url);
      return route.abort();
    });
    context.on('request', (r) => {
      const url = r.url();
      if (/^https?:/.test(url) && !FIXTURES[url.split('#')[0]] && !leaks.includes(url)) leaks.push(url);
    });
    await use(leaks);
    // No test may end with a request to anywhere but the fixture pages.
    expect(leaks, 'network requests other than the fixture pages').toEqual([]);
  },
});

export { expect };

/** The host element of our UI and its finding count. */
export async function findingCount(page: Page): Promise<number> {
  return Number(await page.locator('jargon-bridge-ui').getAttribute('data-findings'));
}

export async function waitForFindings(page: Page, atLeast = 1): Promise<number> {
  await expect.poll(() => findingCount(page), { timeout: 5000 }).toBeGreaterThanOrEqual(atLeast);
  await nextFrames(page);
  return findingCount(page);
}

/** Underlines are drawn on the next animation frame after a check: wait for it. */
export async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** The text of a field as a user would copy it. */
export async function fieldText(page: Page, selector: string): Promise<string> {
  return page.locator(selector).evaluate((el) => (el instanceof HTMLTextAreaElement ? el.value : (el as HTMLElement).innerText));
}

/** Ranges the extension registered with the CSS Custom Highlight API, as [text, rects]. */
export async function highlighted(page: Page, name = 'jb-warning'): Promise<{ text: string; rects: { x: number; y: number; w: number; h: number }[] }[]> {
  return page.evaluate((name) => {
    const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(name);
    return [...(h ?? [])].map((r) => ({
      text: r.toString(),
      rects: [...r.getClientRects()].map((c) => ({ x: c.x, y: c.y, w: c.width, h: c.height })),
    }));
  }, name);
}

/** Opens a fixture, types a draft into a field as a user would, and waits for its underlines. */
export async function typeDraft(page: Page, url: string, selector: string, text: string, atLeast = 1): Promise<void> {
  await page.goto(url);
  await page.locator(selector).click();
  await page.keyboard.type(text);
  await waitForFindings(page, atLeast);
}
