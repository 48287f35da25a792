// Writes schemas/team-config.schema.json, the JSON Schema of the team config for administrators,
// generated from the zod schema (lib/config/schema.ts). A test checks it is current.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { TeamConfig } from '../lib/config/schema';

export function configJsonSchema(): object {
  return {
    ...z.toJSONSchema(TeamConfig, { io: 'input', unrepresentable: 'any' }),
    title: 'Jargon Bridge team config',
    description: 'Glossary, audiences, stakeholders and settings: what the options page exports and imports, and what `jargon-bridge check --config` reads.',
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync('schemas/team-config.schema.json', JSON.stringify(configJsonSchema(), null, 2) + '\n');
  console.log('wrote schemas/team-config.schema.json');
}
