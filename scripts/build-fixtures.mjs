// Bundles the editor engines the end-to-end fixtures use (roosterjs, Quill, ProseMirror, CKEditor 5,
// Lexical: each the real package from npm) into tests/e2e/.fixtures/, where the test harness serves
// them at /jb-fixtures/assets/ on the fixture's site. Test-only: none of this ships in the extension.
import { build } from 'esbuild';

const ENGINES = ['roosterjs', 'quill', 'prosemirror', 'ckeditor5', 'lexical'];

await build({
  entryPoints: Object.fromEntries(ENGINES.map((e) => [e, `tests/e2e/fixtures/editors/${e}.ts`])),
  outdir: 'tests/e2e/.fixtures',
  bundle: true,
  format: 'iife',
  target: 'chrome120',
  minify: true,
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'none',
  logLevel: 'warning',
  loader: { '.svg': 'text' },
});
