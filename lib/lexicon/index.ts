import aiData from './ai-data.json';
import clinical from './clinical.json';
import financeOps from './finance-ops.json';
import general from './general.json';
import healthIt from './health-it.json';
import itInfra from './it-infra.json';
import plainLanguage from './plain-language.json';
import regulatory from './regulatory.json';
import { compileLexicon, type Lexicon, type LoadedEntry } from './compile';
import type { LexiconFile } from './schema';

/**
 * The bundled lexicon files. They are validated against the schema by tests/unit/lexicon.test.ts,
 * not at run time: parsing 1,500 entries with zod on every page load would cost for nothing.
 */
export const LEXICON_FILES = [aiData, clinical, financeOps, general, healthIt, itInfra, plainLanguage, regulatory] as unknown as LexiconFile[];

export function loadEntries(files: readonly LexiconFile[] = LEXICON_FILES): LoadedEntry[] {
  // Defaults the schema would fill in, without running the schema.
  return files.flatMap((file) =>
    file.entries.map((entry) => ({ ...entry, variants: entry.variants ?? [], negatives: entry.negatives ?? [], domain: file.domain })),
  );
}

let builtin: Lexicon | undefined;

/** The compiled built-in lexicon, built on first use. */
export function builtinLexicon(): Lexicon {
  return (builtin ??= compileLexicon(loadEntries()));
}
