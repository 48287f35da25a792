import { execFileSync } from 'node:child_process';

/** The editor engines the fixture pages load are bundled from npm before the browser tests run. */
export default function globalSetup(): void {
  execFileSync(process.execPath, ['scripts/build-fixtures.mjs'], { stdio: 'inherit' });
}
