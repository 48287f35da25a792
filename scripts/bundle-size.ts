// Sizes of every entrypoint of the built extension (the files it loads, chunks included), checked
// against bundle-budget.json with `--check` (part of `npm test`). `npm run bench` prints the table.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = resolve('.output/chrome-mv3');

/** The files an entrypoint loads: its script or page, and the chunks and styles they import. */
function closure(first: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    const refs = file.endsWith('.html')
      ? [...text.matchAll(/(?:src|href)="(\/[^"]+\.(?:js|css))"/g)].map((m) => join(OUT, m[1]))
      : [...text.matchAll(/(?:from|import\()\s*"(\.{1,2}\/[^"]+\.js)"/g)].map((m) => resolve(dirname(file), m[1]));
    refs.forEach(visit);
  };
  first.forEach(visit);
  return seen;
}

export function entrypointSizes(): Record<string, number> {
  const manifest = JSON.parse(readFileSync(join(OUT, 'manifest.json'), 'utf8'));
  const entries: Record<string, string[]> = {
    background: [join(OUT, manifest.background.service_worker)],
    content: manifest.content_scripts.flatMap((c: { js: string[] }) => c.js.map((j) => join(OUT, j))),
    popup: [join(OUT, manifest.action.default_popup)],
    options: [join(OUT, manifest.options_ui.page)],
    sidepanel: [join(OUT, manifest.side_panel.default_path)],
    demo: [join(OUT, 'demo.html')],
  };
  return Object.fromEntries(Object.entries(entries).map(([name, files]) => [name, [...closure(files)].reduce((n, f) => n + statSync(f).size, 0)]));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = entrypointSizes();
  const budget = JSON.parse(readFileSync('bundle-budget.json', 'utf8')).bytes as Record<string, number>;
  const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`;
  console.log('| entrypoint | size | budget |\n| --- | ---: | ---: |');
  for (const [name, size] of Object.entries(sizes)) console.log(`| ${name} | ${kb(size)} | ${budget[name] ? kb(budget[name]) : '—'} |`);
  if (process.argv.includes('--check')) {
    const over = Object.entries(sizes).filter(([name, size]) => budget[name] !== undefined && size > budget[name]);
    const missing = Object.keys(sizes).filter((name) => budget[name] === undefined);
    for (const [name, size] of over) console.error(`bundle budget: ${name} is ${kb(size)}, over its budget of ${kb(budget[name])}`);
    for (const name of missing) console.error(`bundle budget: ${name} has no budget in bundle-budget.json`);
    process.exit(over.length || missing.length ? 1 : 0);
  }
}
