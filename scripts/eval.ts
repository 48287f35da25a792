// `npm run eval`: precision and recall of the jargon flags per audience, on the labelled sentences
// in tests/eval/sentences.jsonl (public-domain US-government text, labelled by hand without
// looking at the lexicon), and recall on the CDC Plain Language Thesaurus for the patient reader.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { analyze } from '../lib/analysis/analyze';
import { loadNlp } from '../lib/analysis/nlp';
import type { Finding } from '../lib/analysis/finding';
import { AUDIENCE_IDS } from '../lib/lexicon/schema';

const Sentence = z.object({
  id: z.string(),
  text: z.string(),
  source: z.string(),
  licence: z.string(),
  jargon: z.record(z.enum(AUDIENCE_IDS), z.array(z.string())),
});
type Sentence = z.infer<typeof Sentence>;

export function loadSentences(path = 'tests/eval/sentences.jsonl'): Sentence[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      const r = Sentence.safeParse(JSON.parse(l));
      if (!r.success) throw new Error(`${path}:${i + 1}: ${r.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
      return r.data;
    });
}

interface Span {
  start: number;
  end: number;
}
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Gold spans: each labelled substring at its first occurrence not already taken. */
function goldSpans(text: string, labels: readonly string[]): Span[] {
  const spans: Span[] = [];
  for (const label of labels) {
    let from = 0;
    for (;;) {
      const at = text.indexOf(label, from);
      if (at < 0) break;
      const span = { start: at, end: at + label.length };
      if (!spans.some((s) => overlaps(s, span))) {
        spans.push(span);
        break;
      }
      from = at + 1;
    }
  }
  return spans;
}

export interface Score {
  predicted: number;
  correct: number;
  gold: number;
  found: number;
}

type Labels = Sentence['jargon'];

/** A flag is correct if it overlaps a labelled term; a labelled term is found if a flag overlaps it. */
export function score(sentences: readonly Sentence[], audience: string, keep: (f: Finding) => boolean, labels: (s: Sentence) => Labels = (s) => s.jargon): Score {
  return scoreSpans(sentences, audience, (s) => analyze(s.text, { audience }).findings.filter(keep), labels);
}

export function scoreSpans(sentences: readonly Sentence[], audience: string, predict: (s: Sentence) => Span[], labels: (s: Sentence) => Labels = (s) => s.jargon): Score {
  const s: Score = { predicted: 0, correct: 0, gold: 0, found: 0 };
  for (const sentence of sentences) {
    const gold = goldSpans(sentence.text, labels(sentence)[audience as keyof Labels] ?? []);
    const flags = predict(sentence);
    s.predicted += flags.length;
    s.correct += flags.filter((f) => gold.some((g) => overlaps(f, g))).length;
    s.gold += gold.length;
    s.found += gold.filter((g) => flags.some((f) => overlaps(f, g))).length;
  }
  return s;
}

const pct = (a: number, b: number) => (b === 0 ? '  n/a' : (a / b).toFixed(2));

export function cdcRecall(): { terms: number; flagged: number; misses: string[] } {
  const rows = readFileSync(new URL('../tests/eval/cdc-terms.txt', import.meta.url), 'utf8').split('\n').filter(Boolean);
  const misses: string[] = [];
  for (const term of rows) {
    const text = `We talked about ${term} today.`;
    const at = text.indexOf(term);
    const hit = analyze(text, { audience: 'patient' }).findings.some((f) => overlaps(f, { start: at, end: at + term.length }));
    if (!hit) misses.push(term);
  }
  return { terms: rows.length, flagged: rows.length - misses.length, misses };
}

if (process.argv[1]?.endsWith('eval.ts')) {
  await loadNlp();
  const sentences = loadSentences();
  const lexiconHit = (f: Finding) => f.kind === 'jargon' || f.kind === 'acronym';
  const unknownHit = (f: Finding) => f.kind === 'unknown-term';
  // Word-level flags only: notes about sentences and structure are not term labels.
  const anyHit = (f: Finding) => f.kind === 'jargon' || f.kind === 'acronym' || f.kind === 'unknown-term';
  console.log(`Labelled sentences: ${sentences.length} (tests/eval/sentences.jsonl)\n`);
  console.log('| audience | labelled terms | lexicon flags: precision | unknown-term flags: precision | all flags: precision | recall |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const audience of AUDIENCE_IDS) {
    const lex = score(sentences, audience, lexiconHit);
    const unk = score(sentences, audience, unknownHit);
    const all = score(sentences, audience, anyHit);
    console.log(
      `| ${audience} | ${all.gold} | ${pct(lex.correct, lex.predicted)} (${lex.correct}/${lex.predicted}) | ${pct(unk.correct, unk.predicted)} (${unk.correct}/${unk.predicted}) | ${pct(all.correct, all.predicted)} | ${pct(all.found, all.gold)} (${all.found}/${all.gold}) |`,
    );
  }
  // A second labeller, working without the first one's labels: how far two careful people agree
  // is the ceiling for any tool measured against either of them.
  const bPath = 'tests/eval/labels-b.jsonl';
  let b: Map<string, Labels> | null = null;
  try {
    b = new Map(readFileSync(bPath, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l)).map((r: { id: string; jargon: Labels }) => [r.id, r.jargon]));
  } catch {
    console.log(`\n(no second labeller's file at ${bPath})`);
  }
  if (b) {
    const labelsB = (s: Sentence) => b!.get(s.id) ?? ({} as Labels);
    console.log('\nAgainst a second, independent labeller (labeller B), and how far the two labellers agree:\n');
    console.log('| audience | B labels | tool vs B: precision | tool vs B: recall | B vs A: precision | B vs A: recall |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
    for (const audience of AUDIENCE_IDS) {
      const tool = score(sentences, audience, anyHit, labelsB);
      const human = scoreSpans(sentences, audience, (s) => goldSpans(s.text, labelsB(s)[audience as keyof Labels] ?? []));
      console.log(`| ${audience} | ${tool.gold} | ${pct(tool.correct, tool.predicted)} | ${pct(tool.found, tool.gold)} | ${pct(human.correct, human.predicted)} | ${pct(human.found, human.gold)} |`);
    }
  }
  const cdc = cdcRecall();
  console.log(`\nCDC Plain Language Thesaurus terms flagged for a patient reader: ${cdc.flagged}/${cdc.terms} (${pct(cdc.flagged, cdc.terms)})`);
  if (process.argv.includes('--misses')) console.log(cdc.misses.join('\n'));
}
