// `npm run bench`: medians of the engine's speed on deterministic drafts, measured in one run so
// the figures compare with each other on a noisy machine. Not a test: nothing here fails.
import { performance } from 'node:perf_hooks';
import { analyze } from '../lib/analysis/analyze';
import { ParagraphCache } from '../lib/analysis/doc';
import { builtinLexicon } from '../lib/lexicon';
import { makeDraft } from '../bench/drafts';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Runs `fn` for at least `minRuns` times and about `budgetMs`, after warming up; returns the median in ms. */
function time(fn: () => void, minRuns = 15, budgetMs = 1500): number {
  for (let i = 0; i < 3; i++) fn();
  const samples: number[] = [];
  const until = performance.now() + budgetMs;
  while (samples.length < minRuns || (performance.now() < until && samples.length < 500)) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

const lexicon = builtinLexicon();
const rows: string[][] = [];
for (const words of [500, 2000, 10000]) {
  const draft = makeDraft(words);
  // Cold: nothing cached, as when a draft is first opened.
  const cold = time(() => analyze(draft, { audience: 'executive', cache: new ParagraphCache(lexicon) }));
  // Warm: the same draft again, every paragraph cached (the cost of re-checking on an audience switch).
  const warmCache = new ParagraphCache(lexicon);
  const warm = time(() => analyze(draft, { audience: 'clinician', cache: warmCache }));
  // One word typed: one paragraph changes; the rest come from the cache.
  const typingCache = new ParagraphCache(lexicon);
  analyze(draft, { audience: 'executive', cache: typingCache });
  const at = draft.indexOf('\n\n', draft.length >> 1);
  let n = 0;
  const typed = time(() => {
    const edited = draft.slice(0, at) + ` word${n++}` + draft.slice(at);
    analyze(edited, { audience: 'executive', cache: typingCache });
  });
  rows.push([String(words), cold.toFixed(2), warm.toFixed(2), typed.toFixed(2)]);
}

const header = ['words', 'full, cold (ms)', 'full, cached (ms)', 'one word typed (ms)'];
console.log(`Jargon Bridge engine, Node ${process.version}, ${lexicon.entries.length} lexicon entries; medians\n`);
console.log(`| ${header.join(' | ')} |\n| ${header.map(() => '---:').join(' | ')} |`);
for (const r of rows) console.log(`| ${r.join(' | ')} |`);

// The same engine in the page: the extension in Chromium (skipped when it is not built).
const { browserBench } = await import('../bench/browser');
console.log('');
for (const line of await browserBench()) console.log(line);
