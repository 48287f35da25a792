import { analyze } from '../../../lib/analysis/analyze';
import { ParagraphCache } from '../../../lib/analysis/doc';
import type { Finding } from '../../../lib/analysis/finding';
import { compileLexicon, type LoadedEntry } from '../../../lib/lexicon/compile';
import type { AudienceId, DomainId } from '../../../lib/lexicon/schema';

type EntryInput = Partial<LoadedEntry> & Pick<LoadedEntry, 'id' | 'term' | 'knownBy'>;

/** A lexicon entry with defaults for what a test does not care about. */
export function entry(e: EntryInput & { domain?: DomainId }): LoadedEntry {
  const rewrites: Partial<Record<AudienceId, string[]>> = {};
  for (const a of ['executive', 'clinician', 'it', 'patient'] as const) {
    if (!e.knownBy.includes(a)) rewrites[a] = [`plain ${e.id} for ${a}`];
  }
  return {
    variants: [],
    meaning: `Meaning of ${e.term}.`,
    examples: [],
    negatives: [],
    source: 'test',
    domain: 'ai-data',
    rewrites,
    ...e,
  } as LoadedEntry;
}

/** A small lexicon so engine tests do not depend on the bundled data. */
export const TEST_ENTRIES: LoadedEntry[] = [
  entry({
    id: 'neural-network',
    term: 'neural network',
    variants: ['neural net'],
    knownBy: ['it'],
    rewrites: {
      executive: ['pattern-learning software', 'software that learns patterns from examples'],
      clinician: ['a computer model trained on past cases'],
      patient: ['computer program that learns from examples'],
    },
  }),
  entry({ id: 'relational-database', term: 'relational database', knownBy: ['it'], rewrites: { executive: ['database', 'a database of linked tables'], clinician: ['database'], patient: ['database'] } }),
  entry({ id: 'database', term: 'database', knownBy: ['executive', 'clinician', 'it'] }),
  entry({ id: 'machine-learning', term: 'machine learning', knownBy: ['it'] }),
  entry({ id: 'real-time', term: 'real time', knownBy: ['it'], rewrites: { executive: ['live'], clinician: ['live'], patient: ['live'] } }),
  entry({
    id: 'cpoe',
    term: 'CPOE',
    expansion: 'computerized physician order entry',
    knownBy: ['clinician', 'it'],
    domain: 'health-it',
    rewrites: { executive: ['electronic ordering'], patient: ['the ordering system'] },
  }),
  entry({ id: 'computerized-physician-order-entry', term: 'computerized physician order entry', knownBy: ['clinician', 'it'], domain: 'health-it' }),
  entry({ id: 'ehr', term: 'EHR', expansion: 'electronic health record', knownBy: ['executive', 'clinician', 'it'], domain: 'health-it', rewrites: { patient: ['health record'] } }),
  entry({ id: 'ed', term: 'ED', expansion: 'emergency department', knownBy: ['clinician'], domain: 'clinical', context: ['patient', 'visit', 'boarding'] }),
  entry({ id: 'ebitda', term: 'EBITDA', expansion: 'earnings before interest, taxes, depreciation and amortization', knownBy: ['executive'], domain: 'finance-ops', rewrites: { clinician: ['operating profit'], it: ['operating profit'], patient: ['profit'] } }),
  entry({ id: 'sepsis-bundle', term: 'sepsis bundle', knownBy: ['clinician'], domain: 'clinical' }),
  entry({ id: 'ceo', term: 'CEO', expansion: 'chief executive officer', knownBy: ['executive', 'clinician', 'it', 'patient'], domain: 'general' }),
  entry({ id: 'it', term: 'IT', expansion: 'information technology', knownBy: ['executive', 'clinician', 'it', 'patient'], domain: 'general' }),
];

export const testLexicon = compileLexicon(TEST_ENTRIES);

/** The word-level detectors: what these tests are about (sentence and structure checks have their own). */
export const WORD_LEVEL = ['jargon', 'acronym', 'unknown-term'];

export function check(text: string, audience: string, entries?: LoadedEntry[]) {
  const cache = new ParagraphCache(entries ? compileLexicon(entries) : testLexicon);
  return analyze(text, { audience, cache, detectors: WORD_LEVEL });
}

/** Findings as short readable strings: "jargon/relational-database 12-31 'relational databases'". */
export function brief(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.ruleId} ${f.start}-${f.end} '${f.text}'`);
}

export function flagged(text: string, audience: string): string[] {
  return check(text, audience).findings.map((f) => f.text);
}
