// The tools a user would pick instead, timed on the same drafts as ours (see scripts/bench.ts).
import { retext } from 'retext';
import retextEnglish from 'retext-english';
import retextPassive from 'retext-passive';
import retextReadability from 'retext-readability';
import retextSimplify from 'retext-simplify';
import { tokenize } from '../lib/analysis/tokenize';
import { builtinLexicon } from '../lib/lexicon';

/** harper.js (Automattic), the fastest on-device checker, as its Node guide sets it up. */
export async function harperLinter(): Promise<(text: string) => Promise<unknown>> {
  const harper = await import('harper.js');
  const { binary } = await import('harper.js/binary');
  const linter = new harper.LocalLinter({ binary, dialect: harper.Dialect.American });
  await linter.setup();
  return (text) => linter.lint(text);
}

/** A retext pipeline with the plugins a plain-language checker would use. */
export function retextPipeline(): (text: string) => Promise<unknown> {
  const processor = retext().use(retextEnglish).use(retextSimplify).use(retextReadability).use(retextPassive);
  return (text) => processor.process(text);
}

/** The floor: tokenise and look every word up in the lexicon's first level, nothing else. */
export function floor(): (text: string) => number {
  const root = builtinLexicon().root;
  return (text) => {
    let hits = 0;
    for (const t of tokenize(text)) if (root.next.has(t.key)) hits++;
    return hits;
  };
}
