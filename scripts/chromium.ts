// Debian's Chromium with the built extension loaded: shared by `npm start`, the end-to-end tests
// and the browser benchmark. Playwright cannot download a browser here; the flags keep Chromium
// from reaching for the network on its own (machine facts in the developers' brief).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium } from '@playwright/test';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXTENSION = resolve('.output/chrome-mv3');

export async function launchWithExtension(options: { headless?: boolean; viewport?: { width: number; height: number } | null } = {}): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'jb-profile-')), {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    viewport: options.viewport === undefined ? { width: 1280, height: 900 } : options.viewport,
    args: [
      `--disable-extensions-except=${EXTENSION}`,
      `--load-extension=${EXTENSION}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** The extension's id, from its service worker's URL. */
export async function extensionId(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(worker.url()).host;
}
