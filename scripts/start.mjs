// `npm start`: until the extension exists, the main job is the CLI on the bundled sample drafts.
import { spawnSync } from 'node:child_process';

const runs = [
  ['samples/to-cfo.txt', 'executive', 'A draft to the CFO, checked for an executive reader'],
  ['samples/to-cfo.txt', 'clinician', 'The same draft, checked for clinicians'],
  ['samples/to-clinicians.txt', 'clinician', 'A draft to nurses and physicians, checked for clinicians'],
];
for (const [file, audience, title] of runs) {
  console.log(`\n=== ${title}\n$ jargon-bridge check ${file} --audience ${audience}\n`);
  const r = spawnSync(process.execPath, ['bin/jargon-bridge.js', 'check', file, '--audience', audience], { stdio: 'inherit' });
  if (r.status === 2 || r.status === null) process.exit(2);
}
