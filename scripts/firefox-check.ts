// The Firefox build: built with WXT for Firefox (Manifest V3), linted with web-ext (Mozilla's
// addons-linter; errors fail, warnings are printed), then loaded into a real headless Firefox as a
// temporary add-on, which is where Firefox validates the manifest and starts the extension.
// Usage: tsx scripts/firefox-check.ts   (FIREFOX=/path/to/firefox; defaults to Debian's firefox-esr)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import webExt from 'web-ext';

const SOURCE = resolve('.output/firefox-mv3');
const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';

execFileSync(process.execPath, ['node_modules/wxt/bin/wxt.mjs', 'build', '-b', 'firefox', '--mv3'], { stdio: ['ignore', 'ignore', 'inherit'] });

interface LintMessage {
  code: string;
  file?: string;
  message: string;
}
const lint = (await webExt.cmd.lint({ sourceDir: SOURCE, output: 'none', selfHosted: false }, { shouldExitProgram: false })) as {
  errors: LintMessage[];
  warnings: LintMessage[];
};
for (const w of lint.warnings) console.log(`web-ext lint warning ${w.code} ${w.file ?? ''}: ${w.message}`);
if (lint.errors.length) {
  for (const e of lint.errors) console.error(`web-ext lint error ${e.code} ${e.file ?? ''}: ${e.message}`);
  process.exit(1);
}
console.log(`web-ext lint: 0 errors, ${lint.warnings.length} warnings`);

if (!existsSync(FIREFOX)) {
  console.error(`No Firefox at ${FIREFOX}: install firefox-esr (apt) or set FIREFOX. The load check did not run.`);
  process.exit(1);
}
// Resolves once Firefox has installed the add-on (rejects if Firefox refuses it).
const runner = await webExt.cmd.run(
  {
    sourceDir: SOURCE,
    firefox: FIREFOX,
    firefoxProfile: mkdtempSync(join(tmpdir(), 'jb-firefox-')),
    args: ['-headless'],
    noInput: true,
    noReload: true,
    target: ['firefox-desktop'],
  },
  { shouldExitProgram: false },
);
console.log('Firefox loaded the extension as a temporary add-on.');
await runner.exit();
