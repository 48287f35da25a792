// Prints, or with --write puts into README.md, the table of lexicon domains with their counts.
// The README is checked against this output by tests/unit/lexicon.test.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LEXICON_FILES } from '../lib/lexicon';
import { isAcronymWord } from '../lib/analysis/tokenize';

const LABELS: Record<string, string> = {
  'ai-data': 'AI, data and analytics',
  'it-infra': 'IT infrastructure, software and security',
  'health-it': 'Health IT and interoperability',
  clinical: 'Clinical',
  'finance-ops': 'Finance, operations and strategy',
  regulatory: 'Regulatory and quality',
  general: 'General (known to everyone)',
  'plain-language': 'Buzzwords and wordy phrases',
};

export function domainTable(): string {
  const rows = LEXICON_FILES.map((f) => {
    const acronyms = f.entries.filter((e) => isAcronymWord(e.term)).length;
    return `| ${LABELS[f.domain] ?? f.domain} | \`lib/lexicon/${f.domain}.json\` | ${f.entries.length} | ${acronyms} |`;
  });
  const total = LEXICON_FILES.reduce((n, f) => n + f.entries.length, 0);
  const acronyms = LEXICON_FILES.reduce((n, f) => n + f.entries.filter((e) => isAcronymWord(e.term)).length, 0);
  return ['| domain | file | entries | of which acronyms |', '| --- | --- | ---: | ---: |', ...rows, `| **all** | | **${total}** | **${acronyms}** |`].join('\n');
}

const BEGIN = '<!-- lexicon-table:begin (npm run lexicon:readme) -->';
const END = '<!-- lexicon-table:end -->';

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const table = domainTable();
  if (process.argv.includes('--write')) {
    const readme = readFileSync('README.md', 'utf8');
    const from = readme.indexOf(BEGIN);
    const to = readme.indexOf(END);
    if (from < 0 || to < 0) throw new Error(`README.md lacks the markers ${BEGIN} … ${END}`);
    writeFileSync('README.md', readme.slice(0, from + BEGIN.length) + '\n' + table + '\n' + readme.slice(to));
  } else {
    console.log(table);
  }
}
