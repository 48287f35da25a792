import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { expect, test } from '@playwright/test';

// `npm start` is the README's first command: keep it working. Without a display it runs headless
// and saves screenshots of the demo page.
test('npm start opens the demo page with the extension and saves the screenshots', () => {
  test.setTimeout(150_000);
  const env = { ...process.env };
  delete env.DISPLAY;
  delete env.WAYLAND_DISPLAY;
  const r = spawnSync('npx', ['tsx', 'scripts/start.ts'], { env, encoding: 'utf8', timeout: 120_000 });
  expect(r.status, r.stderr).toBe(0);
  expect(r.stdout).toMatch(/The demo page has \d+ findings for an executive reader/);
  const card = /card for "([^"]+)":\s+(\S+)/.exec(r.stdout);
  expect(card).not.toBeNull();
  expect(existsSync(card![2]) && statSync(card![2]).size > 10_000).toBe(true);
});
