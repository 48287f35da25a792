#!/usr/bin/env node
// Runs the CLI bundle that `npm install` builds (scripts/build-cli.mjs): Node 20 cannot run the
// TypeScript sources directly.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write("jargon-bridge: the CLI is not built; run 'npm install' (or 'npm run build:cli') in the project first\n");
  process.exit(2);
}
await import(bundle);
