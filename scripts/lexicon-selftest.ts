// Checks lexicon files with the real matcher: every example fires for its entry, every negative is
// silent, and no id or spelling is in two entries across all files. The same checks run in
// tests/unit/lexicon.test.ts; this is the quick loop for editors: `npx tsx scripts/lexicon-selftest.ts FILE...`
import { tokenize } from '../lib/analysis/tokenize';
import { compileLexicon, matchTerms } from '../lib/lexicon/compile';
import { loadEntries } from '../lib/lexicon';

const only = process.argv.slice(2).map((f) => f.replace(/^.*\//, '').replace(/\.json$/, ''));
const entries = loadEntries();
const lexicon = compileLexicon(entries);
const problems: string[] = [];
const ids = new Map<string, string>();
const forms = new Map<string, string>();
for (const e of entries) {
  if (ids.has(e.id) && (only.length === 0 || only.includes(e.domain) || only.includes(ids.get(e.id)!))) {
    problems.push(`id ${e.id} is in ${ids.get(e.id)} and ${e.domain}`);
  }
  ids.set(e.id, e.domain);
  for (const form of [e.term, ...e.variants]) {
    const key = tokenize(form).map((w) => (/^[A-Z0-9&]+$/.test(w.bare) ? w.bare : w.key)).join(' ');
    const other = forms.get(key);
    if (other && other !== e.id && (only.length === 0 || only.includes(e.domain))) problems.push(`"${form}" (${e.id}) has the same spelling as ${other}`);
    forms.set(key, e.id);
  }
  if (only.length > 0 && !only.includes(e.domain)) continue;
  for (const ex of e.examples) {
    const hit = matchTerms(lexicon, ex, tokenize(ex)).map((m) => m.form.entry.id);
    if (!hit.includes(e.id)) problems.push(`${e.domain}/${e.id}: example does not fire (matched: ${hit.join(', ') || 'nothing'}): ${ex}`);
  }
  for (const neg of e.negatives) {
    if (matchTerms(lexicon, neg, tokenize(neg)).some((m) => m.form.entry.id === e.id)) problems.push(`${e.domain}/${e.id}: fires on its negative: ${neg}`);
  }
}
for (const p of problems) console.log(p);
console.log(problems.length === 0 ? `OK: ${entries.filter((e) => only.length === 0 || only.includes(e.domain)).length} entries checked` : `${problems.length} problems`);
process.exit(problems.length ? 1 : 0);
