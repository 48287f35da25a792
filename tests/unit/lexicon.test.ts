import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../lib/analysis/analyze';
import { ParagraphCache } from '../../lib/analysis/doc';
import { tokenize } from '../../lib/analysis/tokenize';
import { compileLexicon, matchTerms } from '../../lib/lexicon/compile';
import { LEXICON_FILES, loadEntries } from '../../lib/lexicon';
import { AUDIENCE_IDS, DOMAIN_IDS, LexiconFile } from '../../lib/lexicon/schema';
import { BUILTIN_PROFILES } from '../../lib/profiles';
import { domainTable } from '../../scripts/lexicon-stats';

const lexicon = compileLexicon(loadEntries());
const entries = loadEntries();

function idsMatchedIn(sentence: string): string[] {
  return matchTerms(lexicon, sentence, tokenize(sentence)).map((m) => m.form.entry.id);
}

describe('lexicon files', () => {
  test('there is one file per domain', () => {
    expect(LEXICON_FILES.map((f) => f.domain).sort()).toEqual([...DOMAIN_IDS].sort());
  });

  test.each(LEXICON_FILES.map((f) => [f.domain, f] as const))('%s is valid against the schema and sorted by id', (_domain, file) => {
    const result = LexiconFile.safeParse(file);
    const problems = result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(problems).toEqual([]);
    const ids = file.entries.map((e) => e.id);
    expect(ids).toEqual([...ids].sort());
  });

  test('ids are unique across files', () => {
    const seen = new Map<string, string>();
    const dupes: string[] = [];
    for (const e of entries) {
      if (seen.has(e.id)) dupes.push(`${e.id} in ${seen.get(e.id)} and ${e.domain}`);
      seen.set(e.id, e.domain);
    }
    expect(dupes).toEqual([]);
  });

  test('no surface form belongs to two entries', () => {
    const seen = new Map<string, string>();
    const dupes: string[] = [];
    for (const e of entries) {
      for (const form of [e.term, ...e.variants]) {
        const words = tokenize(form);
        // Same keys and same capitals: a draft could not tell the two apart.
        const key = words.map((w) => (/^[A-Z0-9&]+$/.test(w.bare) ? w.bare : w.key)).join(' ');
        if (seen.has(key) && seen.get(key) !== e.id) dupes.push(`"${form}" in ${seen.get(key)} and ${e.id}`);
        seen.set(key, e.id);
      }
    }
    expect(dupes).toEqual([]);
  });

  test('the lexicon covers each domain in depth, with at least 500 acronyms', () => {
    const count = (domain: string) => entries.filter((e) => e.domain === domain).length;
    expect(entries.length).toBeGreaterThanOrEqual(1500);
    expect({
      'ai-data': count('ai-data') >= 250,
      'it-infra': count('it-infra') >= 250,
      'health-it': count('health-it') >= 250,
      clinical: count('clinical') >= 350,
      'finance-ops': count('finance-ops') >= 250,
      regulatory: count('regulatory') >= 150,
    }).toEqual({ 'ai-data': true, 'it-infra': true, 'health-it': true, clinical: true, 'finance-ops': true, regulatory: true });
    expect(entries.filter((e) => e.expansion).length).toBeGreaterThanOrEqual(500);
  });
});

describe('every entry', () => {
  const cache = new ParagraphCache(lexicon);
  test.each(entries.map((e) => [e.id, e] as const))('%s fires on its examples and not on its negatives', (_id, entry) => {
    const misses: string[] = [];
    for (const example of entry.examples) {
      if (!idsMatchedIn(example).includes(entry.id)) {
        misses.push(`does not match: ${example} (matched: ${idsMatchedIn(example).join(', ') || 'nothing'})`);
        continue;
      }
      // For a reader who does not know the term, the full engine reports it.
      const reader = BUILTIN_PROFILES.find((p) => !entry.knownBy.includes(p.vocabulary));
      if (reader) {
        const rules = analyze(example, { audience: reader.id, cache }).findings.map((f) => f.ruleId);
        if (!rules.some((r) => r.endsWith(`/${entry.id}`))) misses.push(`no finding for ${reader.id}: ${example} (got: ${rules.join(', ') || 'nothing'})`);
      }
    }
    for (const negative of entry.negatives) {
      if (idsMatchedIn(negative).includes(entry.id)) misses.push(`fires on negative: ${negative}`);
    }
    expect(misses).toEqual([]);
  });

  test('rewrites exist for exactly the audiences that do not know the term', () => {
    const wrong = entries.filter((e) => AUDIENCE_IDS.some((a) => e.knownBy.includes(a) === Boolean(e.rewrites[a])));
    expect(wrong.map((e) => e.id)).toEqual([]);
  });
});

describe('README', () => {
  test('lists the domains with the counts in the data', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(domainTable());
  });
});
