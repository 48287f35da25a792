// Bundles the CLI (TypeScript, lexicon JSON included) into one ES module that plain Node runs.
import { build } from 'esbuild';

await build({
  entryPoints: ['cli/index.ts'],
  outfile: 'dist/cli.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
});
