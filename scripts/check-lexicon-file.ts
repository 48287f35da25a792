// Validates lexicon files against the schema: `npx tsx scripts/check-lexicon-file.ts lib/lexicon/*.json`.
// The full checks (duplicates across files, examples firing) are in tests/unit/lexicon.test.ts.
import { readFileSync } from 'node:fs';
import { LexiconFile } from '../lib/lexicon/schema';

let failed = false;
for (const file of process.argv.slice(2)) {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    console.error(`${file}: not valid JSON: ${(error as Error).message}`);
    failed = true;
    continue;
  }
  const result = LexiconFile.safeParse(data);
  if (!result.success) {
    failed = true;
    for (const issue of result.error.issues) {
      const path = issue.path.join('.');
      const entries = (data as { entries?: { id?: string }[] }).entries;
      const id = issue.path[0] === 'entries' ? entries?.[issue.path[1] as number]?.id : undefined;
      console.error(`${file}: ${path}${id ? ` (${id})` : ''}: ${issue.message}`);
    }
    continue;
  }
  const ids = result.data.entries.map((e) => e.id);
  const sorted = [...ids].sort();
  const firstUnsorted = ids.findIndex((id, i) => id !== sorted[i]);
  if (firstUnsorted >= 0) {
    failed = true;
    console.error(`${file}: entries not sorted by id; first out of place: ${ids[firstUnsorted]}`);
  }
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) {
      failed = true;
      console.error(`${file}: duplicate id ${id}`);
    }
    seen.add(id);
  }
  if (!failed) console.log(`${file}: ${ids.length} entries OK`);
}
process.exit(failed ? 1 : 0);
