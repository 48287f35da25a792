import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../lib/analysis/analyze';
import { ParagraphCache } from '../../lib/analysis/doc';
import { engineFor } from '../../lib/config/engine';
import { parseConfig, type TeamConfig } from '../../lib/config/schema';
import { configJsonSchema } from '../../scripts/config-schema';

const SAMPLE = readFileSync(new URL('../../samples/team-config.json', import.meta.url), 'utf8');

function sample(): TeamConfig {
  const r = parseConfig(SAMPLE);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.config;
}

describe('team config', () => {
  test('the bundled sample is valid', () => {
    expect(parseConfig(SAMPLE)).toMatchObject({ ok: true });
  });

  test('a malformed or wrong-version file is rejected with errors that name the entry and the field', () => {
    const bad = JSON.stringify({
      version: 2,
      glossary: [
        { id: 'ok', term: 'Beacon', explanation: 'The oncology module.' },
        { id: 'Bad Id', term: '', rewrites: { executive: 'a string' }, explanation: 'x' },
      ],
      stakeholders: [{ email: 'not an address', audience: 'nobody' }],
    });
    const r = parseConfig(bad);
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.errors).toEqual(
      expect.arrayContaining([
        'version: expected version 1',
        'glossary[1].id: use lower-case letters, digits and hyphens',
        'glossary[1].term: must not be empty',
        expect.stringMatching(/^glossary\[1\]\.rewrites\.executive: .*expected array/),
        expect.stringMatching(/^glossary\[1\]\.explanation: /),
        'stakeholders[0].email: expected an e-mail address or a pattern like *@example.org',
      ]),
    );
    expect(parseConfig('{ not json')).toEqual({ ok: false, errors: [expect.stringMatching(/^\(file\): not valid JSON/)] });
  });

  test('duplicate ids and unknown audiences are errors', () => {
    const r = parseConfig(
      JSON.stringify({
        version: 1,
        glossary: [
          { id: 'a', term: 'A one', explanation: 'first' },
          { id: 'a', term: 'A two', explanation: 'second' },
        ],
        audiences: [{ id: 'executive', label: 'Execs', base: 'clinician' }],
        stakeholders: [{ email: 'x@y.org', audience: 'pharmacy' }],
      }),
    );
    expect(r.ok ? [] : r.errors).toEqual([
      'glossary[1].id: "a" is used by another term',
      'audiences[0].id: "executive" is a built-in audience; to tune it, set base to "executive"',
      'stakeholders[0].audience: unknown audience "pharmacy"',
    ]);
  });

  test('glossary terms are flagged with their rewrites, for the audiences that do not know them', () => {
    const engine = engineFor(sample());
    const check = (text: string, audience: string) =>
      analyze(text, { audience, profiles: engine.profiles, cache: new ParagraphCache(engine.lexicon), detectors: ['jargon', 'acronym'] }).findings;
    const [f] = check('The Beacon upgrade is ready.', 'executive');
    expect(f).toMatchObject({ ruleId: 'jargon/custom-beacon', text: 'Beacon', suggestions: [{ text: 'the cancer-care module of our EHR' }] });
    expect(f.explanation).toMatch(/glossary/);
    expect(check('The Beacon upgrade is ready.', 'clinician')).toEqual([]);
    expect(check('Beds on 5 West are full.', 'patient').map((x) => x.text)).toEqual(['5 West']);
  });

  test('a custom audience starts from its base and applies its overrides', () => {
    const engine = engineFor(sample());
    const board = engine.profiles.find((p) => p.id === 'board')!;
    expect(board).toMatchObject({ label: 'Board of trustees', vocabulary: 'executive', readingGradeTarget: 9, maxWords: 150, maxSentenceWords: 22 });
    const report = analyze('Our neural network and the Beacon module are ready.', { audience: 'board', profiles: engine.profiles, cache: new ParagraphCache(engine.lexicon) });
    expect(report.findings.map((f) => f.message)).toContain('Trustees may not know "neural network".');
  });

  test('a built-in audience can be tuned, and detectors turned off for it', () => {
    const r = parseConfig(JSON.stringify({ version: 1, audiences: [{ id: 'executive', label: 'Executive', base: 'executive', maxSentenceWords: 18, detectorsOff: ['unknown-term'] }] }));
    if (!r.ok) throw new Error(r.errors.join('\n'));
    const engine = engineFor(r.config);
    expect(engine.profiles.find((p) => p.id === 'executive')).toMatchObject({ maxSentenceWords: 18, detectorsOff: ['unknown-term'] });
    expect(engine.profiles).toHaveLength(4);
    const text = 'Open PowerChart and log in.';
    const cache = new ParagraphCache(engine.lexicon);
    expect(analyze(text, { audience: 'executive', profiles: engine.profiles, cache }).findings.some((f) => f.kind === 'unknown-term')).toBe(false);
    expect(analyze(text, { audience: 'clinician', profiles: engine.profiles, cache }).findings.some((f) => f.kind === 'unknown-term')).toBe(true);
  });

  test('schemas/team-config.schema.json is generated from the zod schema and current', () => {
    const committed = JSON.parse(readFileSync(new URL('../../schemas/team-config.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(configJsonSchema());
  });

  test('the CLI reads the same file with --config, and refuses a bad one with the field errors', () => {
    const bin = new URL('../../bin/jargon-bridge.js', import.meta.url).pathname;
    const config = new URL('../../samples/team-config.json', import.meta.url).pathname;
    const ok = spawnSync(process.execPath, [bin, 'check', '-', '-a', 'board', '--config', config], { input: 'Our Beacon upgrade is ready.', encoding: 'utf8' });
    expect(ok.stdout).toContain('Trustees may not know "Beacon".  jargon/custom-beacon');
    const bad = spawnSync(process.execPath, [bin, 'check', '-', '--config', '/nonexistent/team.json'], { input: '', encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/\/nonexistent\/team\.json: no such file/);
  });
});

describe('stakeholders from CSV', () => {
  test('reads name, email, title, audience in any column order, with quotes, and reports bad rows by line', async () => {
    const { stakeholdersFromCsv } = await import('../../lib/config/csv');
    const csv = 'email,name,title,audience\r\ncfo@example.org,"Lopez, Maria",CFO,executive\n*@nursing.example.org,,,clinician\nnot-an-address,Bob,,it\nx@y.org,Ann,,pharmacy\n';
    const { stakeholders, errors } = stakeholdersFromCsv(csv, ['executive', 'clinician', 'it', 'patient']);
    expect(stakeholders).toEqual([
      { name: 'Lopez, Maria', email: 'cfo@example.org', title: 'CFO', audience: 'executive' },
      { email: '*@nursing.example.org', audience: 'clinician' },
    ]);
    expect(errors).toEqual(['line 4: email: expected an e-mail address or a pattern like *@example.org', 'line 5: audience: unknown audience "pharmacy"']);
    expect(stakeholdersFromCsv('a,b\n1,2', ['executive']).errors).toEqual(['line 1: expected a header with the columns name, email, title, audience']);
  });
});

describe('organisation policy', () => {
  test('the policy config is read, layered under the user’s, and a bad one is reported, not applied', async () => {
    const { layered, readPolicy } = await import('../../lib/config/layers');
    const org = readPolicy({
      teamConfig: JSON.stringify({ version: 1, glossary: [{ id: 'beacon', term: 'Beacon', knownBy: ['clinician'], rewrites: { executive: ['the oncology module'] }, explanation: 'Org term.' }], settings: { defaultAudience: 'clinician' } }),
      lockedSettings: ['audience'],
    });
    expect(org).toMatchObject({ locked: ['audience'], errors: [] });
    const user = { version: 1 as const, glossary: [{ id: 'beacon', term: 'Beacon', variants: [], knownBy: [], rewrites: {}, explanation: 'Mine.' }, { id: 'mine', term: 'Mine', variants: [], knownBy: [], rewrites: {}, explanation: 'Mine too.' }], audiences: [], stakeholders: [], settings: {} };
    const both = layered(org.config, user);
    expect(both.glossary.map((t) => [t.id, t.explanation])).toEqual([
      ['beacon', 'Org term.'],
      ['mine', 'Mine too.'],
    ]);
    expect(both.settings.defaultAudience).toBe('clinician');
    expect(readPolicy({ teamConfig: '{"version": 9}' }).errors).toEqual(['teamConfig.version: expected version 1']);
  });
});

describe('stored config', () => {
  test('a corrupt stored config keeps what can be read', async () => {
    const { salvageConfig } = await import('../../lib/config/schema');
    const stored = {
      version: 1,
      glossary: [{ id: 'ok', term: 'Beacon', explanation: 'The oncology module.' }, { id: 'broken', term: 42 }, 'junk'],
      audiences: [{ id: 'board', label: 'Board', base: 'executive' }, { id: 'x' }],
      stakeholders: [{ email: 'a@b.org', audience: 'board' }],
      settings: 'not an object',
    };
    const c = salvageConfig(stored);
    expect(c.glossary.map((t) => t.id)).toEqual(['ok']);
    expect(c.audiences.map((a) => a.id)).toEqual(['board']);
    expect(c.stakeholders).toEqual([{ email: 'a@b.org', audience: 'board' }]);
    expect(salvageConfig('garbage')).toMatchObject({ version: 1, glossary: [], audiences: [], stakeholders: [] });
  });
});
