// `npm run bench`: medians of the engine's speed on deterministic drafts, measured in one run so
// the figures compare with each other on a noisy machine. Not a test: nothing here fails.
import { performance } from 'node:perf_hooks';
import { analyze } from '../lib/analysis/analyze';
import { ParagraphCache } from '../lib/analysis/doc';
import { builtinLexicon } from '../lib/lexicon';
import { makeDraft } from '../bench/drafts';
import { floor, harperLinter, retextPipeline } from '../bench/peers';
import { clearMemos } from '../lib/analysis/memo';
import { loadNlp } from '../lib/analysis/nlp';
import { AUDIENCE_IDS } from '../lib/lexicon/schema';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Runs `fn` for at least `minRuns` times and about `budgetMs`, after warming up; returns the median in ms. */
async function time(fn: () => unknown, minRuns = 15, budgetMs = 1500): Promise<number> {
  for (let i = 0; i < 3; i++) await fn();
  const samples: number[] = [];
  const until = performance.now() + budgetMs;
  while (samples.length < minRuns || (performance.now() < until && samples.length < 500)) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

await loadNlp();
const lexicon = builtinLexicon();
const rows: string[][] = [];
for (const words of [500, 2000, 10000]) {
  const draft = makeDraft(words);
  // Cold: nothing cached, as when a draft is first opened.
  // Cold: nothing cached, not even the memoised word parses.
  const cold = await time(() => {
    clearMemos();
    analyze(draft, { audience: 'executive', cache: new ParagraphCache(lexicon) });
  });
  // Warm: the same draft again, every paragraph cached (the cost of re-checking on an audience switch).
  const warmCache = new ParagraphCache(lexicon);
  const warm = await time(() => analyze(draft, { audience: 'clinician', cache: warmCache }));
  // One word typed: one paragraph changes; the rest come from the cache.
  const typingCache = new ParagraphCache(lexicon);
  analyze(draft, { audience: 'executive', cache: typingCache });
  const at = draft.indexOf('\n\n', draft.length >> 1);
  let n = 0;
  const typed = await time(() => {
    const edited = draft.slice(0, at) + ` word${n++}` + draft.slice(at);
    analyze(edited, { audience: 'executive', cache: typingCache });
  });
  rows.push([String(words), cold.toFixed(2), warm.toFixed(2), typed.toFixed(2)]);
}

const header = ['words', 'full, cold (ms)', 'full, cached (ms)', 'one word typed (ms)'];
console.log(`Jargon Bridge engine, Node ${process.version}, ${lexicon.entries.length} lexicon entries; medians\n`);
console.log(`| ${header.join(' | ')} |\n| ${header.map(() => '---:').join(' | ')} |`);
for (const r of rows) console.log(`| ${r.join(' | ')} |`);

// Side by side with the tools a user would pick instead, on the same drafts, in this one run.
const harper = await harperLinter();
const retextRun = retextPipeline();
const floorRun = floor();
console.log('\nSide by side (medians, ms; ours = all detectors, cold, one audience):\n');
console.log('| words | ours | ours, all four audiences | harper.js | retext pipeline | floor | ours/harper | ours/retext | ours/floor |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const words of [500, 2000, 10000]) {
  const draft = makeDraft(words);
  const ours = await time(() => {
    clearMemos();
    analyze(draft, { audience: 'executive', cache: new ParagraphCache(lexicon) });
  });
  const all4 = await time(() => {
    clearMemos();
    const cache = new ParagraphCache(lexicon);
    for (const a of AUDIENCE_IDS) analyze(draft, { audience: a, cache });
  });
  const h = await time(() => harper(draft), 10);
  const r = await time(() => retextRun(draft), 10);
  const f = await time(() => floorRun(draft));
  const ratio = (a: number, b: number) => (a / b).toFixed(2);
  console.log(`| ${words} | ${ours.toFixed(2)} | ${all4.toFixed(2)} | ${h.toFixed(2)} | ${r.toFixed(2)} | ${f.toFixed(2)} | ${ratio(ours, h)} | ${ratio(ours, r)} | ${ratio(ours, f)} |`);
}

// The same engine in the page: the extension in Chromium (skipped when it is not built).
// Bundle sizes of every entrypoint (the budget is checked by `npm test`).
const { entrypointSizes } = await import('./bundle-size');
console.log('\nBundle sizes (each entrypoint with the chunks it loads):\n');
console.log('| entrypoint | KB |\n| --- | ---: |');
for (const [name, size] of Object.entries(entrypointSizes())) console.log(`| ${name} | ${(size / 1024).toFixed(0)} |`);

const { browserBench, browserLifecycleBench } = await import('../bench/browser');
console.log('');
for (const line of await browserBench()) console.log(line);
console.log('');
for (const line of await browserLifecycleBench()) console.log(line);
