import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { Report } from '../../lib/analysis/finding';

// The CLI as users run it: the built bin under plain node (npm test builds it first).
const BIN = new URL('../../bin/jargon-bridge.js', import.meta.url).pathname;
const SAMPLE = new URL('../../samples/to-cfo.txt', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'jb-cli-'));

function cli(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('jargon-bridge check', () => {
  test('the CFO draft: technical terms and the undefined acronym, with executive rewrites', () => {
    const { code, out } = cli(['check', SAMPLE, '--audience', 'executive']);
    expect(code).toBe(1);
    expect(out).toMatch(/to-cfo\.txt:7:\d+ {2}warning {2}Executives may not know "neural network"\. {2}jargon\/neural-network/);
    expect(out).toMatch(/"relational database"\. {2}jargon\/relational-database/);
    expect(out).toMatch(/"CPOE"; spell it out on first use\. {2}acronym\/cpoe\n {4}→ computerized (?:physician|provider) order entry \(CPOE\)/);
    expect(out).toMatch(/"machine learning"/);
    // Executives know EBITDA; the clinical words are jargon to them.
    expect(out).not.toContain('"EBITDA"');
    expect(out).toMatch(/"sepsis bundle"/);
    expect(out).toMatch(/Jargon score \(higher is plainer\): \S*to-cfo\.txt: \d+\/100\n$/);
  });

  test('the same draft for clinicians: EBITDA and the technical terms, not the clinical words', () => {
    const { code, out } = cli(['check', SAMPLE, '--audience', 'clinician']);
    expect(code).toBe(1);
    for (const words of ['EBITDA', 'neural network', 'relational database', 'machine learning']) expect(out).toContain(`"${words}"`);
    for (const words of ['sepsis bundle', 'length of stay', 'rapid response', 'CPOE']) expect(out).not.toContain(`"${words}"`);
  });

  test('--format json prints the report, valid against the schema', () => {
    const { code, out } = cli(['check', SAMPLE, '--audience', 'executive', '--format', 'json']);
    expect(code).toBe(1);
    const report = Report.parse(JSON.parse(out));
    expect(report.audience).toBe('executive');
    expect(report.findings.map((f) => f.ruleId)).toContain('jargon/neural-network');
  });

  test('--format jsonl checks many drafts in one process, one line each', () => {
    const lines = [
      { id: 1, text: 'The neural network is ready.' },
      { id: 'b', text: 'Lunch is at noon.' },
    ];
    const { code, out } = cli(['check', '--format', 'jsonl', '--audience', 'executive'], lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    expect(code).toBe(1);
    const results = out.trim().split('\n').map((l) => JSON.parse(l));
    const jargon = (r: { findings: { kind: string }[] }) => r.findings.filter((f) => f.kind === 'jargon').length;
    expect(results.map((r) => [r.id, jargon(r)])).toEqual([
      [1, 1],
      ['b', 0],
    ]);
    expect(results[0].metrics.words).toBe(5);
  });

  test('--format jsonl reports a bad line and goes on', () => {
    const { code, out, err } = cli(['check', '-f', 'jsonl'], 'not json\n{"id":2,"text":"Fine words."}\n{"id":3}\n');
    expect(code).toBe(2);
    const results = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(results).toEqual([
      { line: 1, error: 'not valid JSON' },
      { id: 2, findings: [], metrics: expect.any(Object) },
      { id: 3, line: 3, error: expect.stringContaining('"text"') },
    ]);
    expect(err).toMatch(/2 input lines could not be read/);
  });

  test('exit 0 when clean, and --fail-on sets the threshold', () => {
    // Plain, with the ask, a date and a number up front: nothing for an executive to trip on.
    const clean = 'I am asking you to approve $40,000 by Friday. It saves 300 nurse hours a year.';
    expect(cli(['check', '-'], clean).code).toBe(0);
    const unknownOnly = `${clean} The QRZ team will help.`; // an unknown acronym is info
    expect(cli(['check', '-'], unknownOnly).code).toBe(0);
    expect(cli(['check', '-', '--fail-on', 'info'], unknownOnly).code).toBe(1);
    expect(cli(['check', '-', '--fail-on', 'none'], 'Our neural network.').code).toBe(0);
  });

  test('reads standard input by default', () => {
    const { code, out } = cli(['check', '--audience', 'patient'], 'Your EHR is up to date.');
    expect(code).toBe(1);
    expect(out).toContain('<stdin>:1:6');
  });

  test.each([
    ['unknown audience', ['check', '-', '--audience', 'cfo'], /unknown audience 'cfo'; valid audiences: executive, clinician, it, patient/],
    ['unknown format', ['check', '-', '--format', 'xml'], /unknown format 'xml'/],
    ['unknown option', ['check', '--colour'], /Unknown option '--colour'/],
    ['no command', [], /missing command: check/],
    ['missing file', ['check', '/nonexistent/draft.txt'], /\/nonexistent\/draft.txt: no such file/],
    ['a directory', ['check', '/tmp'], /\/tmp: is a directory/],
  ])('usage error: %s, one line, exit 2', (_name, args, message) => {
    const { code, out, err } = cli(args, '');
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err).not.toMatch(/\n\s+at /); // no stack trace
    expect(out).toBe('');
  });

  test('binary and non-UTF-8 input are refused clearly', () => {
    const binary = cli(['check', file('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]))]);
    expect(binary.code).toBe(2);
    expect(binary.err).toMatch(/image\.png: looks like a binary file/);
    const latin1 = cli(['check', file('latin1.txt', Buffer.from('Caf\xe9 EHR', 'latin1'))]);
    expect(latin1.code).toBe(2);
    expect(latin1.err).toMatch(/latin1\.txt: is not valid UTF-8/);
  });

  test('empty input is a clean result', () => {
    const { code, out } = cli(['check', file('empty.txt', '')]);
    expect(code).toBe(0);
    expect(out).toContain('No problems found.');
  });

  test('a 5 MB file gets a correct result', () => {
    const line = 'The team met on Tuesday to plan the next steps for the clinic and its staff.\n';
    const big = line.repeat(Math.ceil((5 * 1024 * 1024) / line.length)) + '\nOne neural network at the end.\n';
    const { code, out } = cli(['check', file('big.txt', big), '--audience', 'executive']);
    expect(code).toBe(1);
    expect(out).toMatch(/big\.txt:\d+:5 {2}warning {2}Executives may not know "neural network"/);
    expect(out).toMatch(/\n\d+ problems? \(0 errors, \d+ warnings?, \d+ info\) for executive readers\.\n/);
  });
});
