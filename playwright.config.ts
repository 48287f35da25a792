import { defineConfig } from '@playwright/test';

// End-to-end tests: the built extension (.output/chrome-mv3) in Debian's Chromium. No retries: a
// flaky test is a bug to fix, not to hide. One worker: two cores, and one browser at a time.
export default defineConfig({
  testDir: 'tests/e2e',
  retries: 0,
  workers: 1,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  outputDir: 'test-results',
  globalSetup: './tests/e2e/global-setup.ts',
});
