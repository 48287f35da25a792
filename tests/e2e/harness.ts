/// <reference types="chrome" />
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type BrowserContext, expect, type Page, test as base, type Worker } from '@playwright/test';
import { EXTENSION, launchWithExtension } from '../../scripts/chromium';

// Screenshots for people to look at (Playwright empties test-results/ on every run).
export const SHOTS = resolve('screenshots');

/** A Google Docs document's URL (the id is made up) and its plain-text export. */
export const OTHER_SITE = 'https://intranet.stmarys.example/forms/feedback';
export const GDOC = 'https://docs.google.com/document/d/1JbFixtureDocument0123456789abcdef/edit';
export const GDOC_EXPORT = 'https://docs.google.com/document/d/1JbFixtureDocument0123456789abcdef/export?format=txt';
export const GSLIDES = 'https://docs.google.com/presentation/d/1JbFixtureDeck0123456789abcdefgh/edit';
export const GSLIDES_EXPORT = 'https://docs.google.com/presentation/d/1JbFixtureDeck0123456789abcdefgh/export/pptx';

/** Fixture pages, served at the real sites' URLs (the content script is injected there as on the live site). */
export const FIXTURES: Record<string, string> = {
  'https://mail.google.com/jb-fixtures/generic-compose': 'tests/e2e/fixtures/generic-compose.html',
  'https://mail.google.com/mail/u/0/': 'tests/e2e/fixtures/gmail.html',
  'https://mail.google.com/mail/u/0/?view=cm&fs=1': 'tests/e2e/fixtures/gmail.html',
  'https://outlook.office.com/mail/': 'tests/e2e/fixtures/outlook.html',
  'https://outlook.live.com/mail/0/deeplink/compose': 'tests/e2e/fixtures/outlook.html',
  [GDOC]: 'tests/e2e/fixtures/gdocs.html',
  // A site without an adapter, which the user has not turned on.
  [OTHER_SITE]: 'tests/e2e/fixtures/generic-compose.html',
  [GDOC_EXPORT]: 'tests/e2e/fixtures/gdoc-export.txt',
  [GSLIDES]: 'tests/e2e/fixtures/gslides.html',
  // Written by tests/e2e/global-setup.ts with pptxgenjs.
  [GSLIDES_EXPORT]: 'tests/e2e/.fixtures/deck.pptx',
};

/** Rich-text engines from npm, each on its own fixture page (scripts/build-fixtures.mjs bundles them). */
export const ENGINES = ['quill', 'prosemirror', 'ckeditor5', 'lexical'] as const;
export type Engine = (typeof ENGINES)[number];
/** Where each engine's page is served, and the element the user types in. */
export const ENGINE_PAGE = (engine: Engine) => `https://mail.google.com/jb-fixtures/editors/${engine}`;
export const ENGINE_FIELD: Record<Engine, string> = {
  quill: '.ql-editor',
  prosemirror: '.ProseMirror',
  ckeditor5: '.ck-editor__editable',
  lexical: '#editor',
};

const ASSET_TYPES: Record<string, string> = {
  js: 'text/javascript',
  css: 'text/css',
  html: 'text/html; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

const isFixtureUrl = (url: string) => Boolean(FIXTURES[url.split('#')[0]]) || new URL(url).pathname.startsWith('/jb-fixtures/');

/** The response for a fixture URL, or null for any other URL (which the tests treat as a leak). */
export function fixtureResponse(url: string): { contentType: string; body: Buffer | string } | null {
  const bare = url.split('#')[0];
  const file = FIXTURES[bare];
  if (file) return { contentType: ASSET_TYPES[file.split('.').pop()!] ?? 'application/octet-stream', body: readFileSync(file) };
  const { pathname } = new URL(bare);
  const asset = /^\/jb-fixtures\/assets\/([a-z0-9-]+)\.(js|css)$/.exec(pathname);
  if (asset) return { contentType: ASSET_TYPES[asset[2]], body: existsSync(`tests/e2e/.fixtures/${asset[1]}.${asset[2]}`) ? readFileSync(`tests/e2e/.fixtures/${asset[1]}.${asset[2]}`) : '' };
  const engine = /^\/jb-fixtures\/editors\/([a-z0-9]+)$/.exec(pathname)?.[1] as Engine | undefined;
  if (engine && ENGINES.includes(engine) && bare === ENGINE_PAGE(engine)) {
    // Lexical mounts on a contenteditable element the page provides; the others create their own.
    const attrs = engine === 'lexical' ? ' contenteditable="true"' : '';
    const html = readFileSync('tests/e2e/fixtures/editor-engine.html', 'utf8').replaceAll('__ENGINE__', engine).replace('__ATTRS__', attrs);
    return { contentType: ASSET_TYPES.html, body: html };
  }
  return null;
}

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
      const fixture = fixtureResponse(url);
      if (fixture) return route.fulfill(fixture);
      leaks.push(url);
      return route.abort();
    });
    context.on('request', (r) => {
      const url = r.url();
      if (/^https?:/.test(url) && !isFixtureUrl(url) && !leaks.includes(url)) leaks.push(url);
    });
    await use(leaks);
    // The service worker's own fetches since it started (at install) are in its resource timeline,
    // which the routes above do not see.
    for (const sw of context.serviceWorkers()) {
      const fetched = await sw
        .evaluate(() => performance.getEntriesByType('resource').map((e) => e.name))
        .catch(() => [] as string[]); // a worker stopped by the test
      leaks.push(...fetched.filter((url) => /^https?:/.test(url)));
    }
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

/** Clicks the middle of the first underlined occurrence of `words` (waiting for it to be underlined). */
export async function clickWords(page: Page, words: string): Promise<void> {
  await expect.poll(async () => (await highlighted(page)).some((m) => m.text === words)).toBe(true);
  const r = (await highlighted(page)).find((m) => m.text === words)!.rects[0];
  await page.mouse.click(r.x + r.w / 2, r.y + r.h / 2);
}

/** Stores a user config with this stakeholder directory, and `it` as the default audience. */
export async function setDirectory(worker: Worker, stakeholders: { email?: string; name?: string; title?: string; audience: string }[]): Promise<void> {
  await worker.evaluate(
    (stakeholders) => chrome.storage.local.set({ audience: 'it', config: { version: 1, glossary: [], audiences: [], stakeholders, settings: {} } }),
    stakeholders,
  );
}

/**
 * The popup or the side panel, opened as a page over `front`, which is brought back to the front:
 * they read the active tab, as when the user opens them over a draft.
 */
export async function openOver(front: Page, extensionId: string, which: 'popup' | 'sidepanel', size: { width: number; height: number }): Promise<Page> {
  const page = await front.context().newPage();
  await page.setViewportSize(size);
  await page.goto(`chrome-extension://${extensionId}/${which}.html`);
  await front.bringToFront();
  return page;
}
