import { readFileSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { analyze, type AnalyzeOptions } from '../lib/analysis/analyze';
import { ParagraphCache } from '../lib/analysis/doc';
import { type Engine, engineFor } from '../lib/config/engine';
import { parseConfig } from '../lib/config/schema';
import { loadNlp } from '../lib/analysis/nlp';
import { type Report, SEVERITY_RANK, Severity } from '../lib/analysis/finding';
import { BUILTIN_PROFILES } from '../lib/profiles';
import { formatText, summarize } from '../lib/report/format';

const USAGE = `Usage: jargon-bridge check [FILE...|-] --audience <id> [--format text|json|jsonl] [--fail-on error|warning|info|none] [--config team.json]

Checks drafts for jargon the chosen readers may not know, and suggests plain rewrites.
  FILE            one or more text files; "-" or none reads standard input
  --audience, -a  ${BUILTIN_PROFILES.map((p) => p.id).join(' | ')} (default: executive); several, comma-separated, for a mixed audience
  --format, -f    text (default), json (the report), jsonl (JSON lines {"id","text"} in, one result per line out)
  --fail-on       lowest severity that makes the exit code 1 (default: warning)
  --config, -c    a team config (glossary, audiences) in the options page's export format

Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or input error.`;

/** Largest input checked in one go; larger files are refused with a message rather than hanging. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

class UsageError extends Error {}

interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Promise<Buffer>;
  stdinLines: () => AsyncIterable<string>;
}

function decode(bytes: Buffer, name: string): string {
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new UsageError(`${name}: ${(bytes.length / 1048576).toFixed(1)} MB is over the ${MAX_INPUT_BYTES / 1048576} MB limit; split the file`);
  }
  if (bytes.includes(0)) throw new UsageError(`${name}: looks like a binary file (it contains NUL bytes), not text`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new UsageError(`${name}: is not valid UTF-8 text; convert it to UTF-8 first`);
  }
}

function readInput(path: string): Buffer {
  let stat;
  try {
    stat = statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot read (${code})`}`);
  }
  if (stat.isDirectory()) throw new UsageError(`${path}: is a directory; name the files to check`);
  if (stat.size > MAX_INPUT_BYTES) throw new UsageError(`${path}: ${(stat.size / 1048576).toFixed(1)} MB is over the ${MAX_INPUT_BYTES / 1048576} MB limit; split the file`);
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`${path}: ${code === 'EACCES' ? 'permission denied' : `cannot read (${code})`}`);
  }
}

function failsAt(report: Report, failOn: Severity | 'none'): boolean {
  if (failOn === 'none') return false;
  return report.findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]);
}

export async function run(argv: string[], io: Io): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        audience: { type: 'string', short: 'a', default: 'executive' },
        format: { type: 'string', short: 'f', default: 'text' },
        'fail-on': { type: 'string', default: 'warning' },
        config: { type: 'string', short: 'c' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      io.stdout(USAGE + '\n');
      return 0;
    }
    const [command, ...files] = positionals;
    if (command !== 'check') throw new UsageError(command ? `unknown command '${command}'; the command is 'check'` : 'missing command: check');
    // A team config adds glossary terms and audiences (the same file the options page exports).
    let engine: Engine | undefined;
    if (values.config) {
      const parsed = parseConfig(decode(readInput(values.config), values.config));
      if (!parsed.ok) throw new UsageError(`${values.config}: invalid config:\n  ${parsed.errors.join('\n  ')}`);
      engine = engineFor(parsed.config);
    }
    const profiles = engine?.profiles ?? BUILTIN_PROFILES;
    // Several readers, comma-separated, for a mixed audience: "executive,clinician".
    const audiences = values.audience!.split(',').map((a) => a.trim()).filter(Boolean);
    for (const a of audiences.length ? audiences : ['']) {
      if (!profiles.some((p) => p.id === a)) {
        throw new UsageError(`unknown audience '${a}'; valid audiences: ${profiles.map((p) => p.id).join(', ')} (several: executive,clinician)`);
      }
    }
    const options = engine ? { profiles: engine.profiles, cache: new ParagraphCache(engine.lexicon) } : {};
    const audience = audiences.length === 1 ? audiences[0] : audiences;
    const readers = audiences.join(' and ');
    const format = values.format!;
    if (!['text', 'json', 'jsonl'].includes(format)) throw new UsageError(`unknown format '${format}'; use text, json or jsonl`);
    const failOn = values['fail-on']!;
    if (failOn !== 'none' && !Severity.safeParse(failOn).success) throw new UsageError(`unknown --fail-on '${failOn}'; use error, warning, info or none`);
    const threshold = failOn as Severity | 'none';
    await loadNlp();

    if (format === 'jsonl') {
      if (files.length > 0 && !(files.length === 1 && files[0] === '-')) throw new UsageError('--format jsonl reads JSON lines from standard input; give no FILE');
      return await runJsonl(io, audience, threshold, options);
    }

    const inputs = files.length === 0 ? ['-'] : files;
    // Read everything first, so that a bad file is reported before any output.
    const texts = [];
    for (const name of inputs) {
      const bytes = name === '-' ? await io.readStdin() : readInput(name);
      texts.push({ name: name === '-' ? '<stdin>' : name, text: decode(bytes, name === '-' ? '<stdin>' : name) });
    }
    let failed = false;
    const all = [];
    const scores: string[] = [];
    const fits: string[] = [];
    for (const { name, text } of texts) {
      const report = analyze(text, { audience, ...options });
      failed ||= failsAt(report, threshold);
      all.push(report.findings);
      if (format === 'json') io.stdout(JSON.stringify(report, null, 2) + '\n');
      else io.stdout(formatText(name, text, report));
      scores.push(`${name}: ${report.metrics.jargonScore}/100`);
      fits.push(`${name}: ${report.metrics.audienceFit.summary}`);
    }
    if (format === 'text') {
      io.stdout(`\n${summarize(all.flat())} for ${readers} readers.\n`);
      io.stdout(`Audience fit: ${fits.join('; ')}\n`);
      // Higher is plainer: the share of words this reader knows (see README, "Jargon score").
      io.stdout(`Jargon score (higher is plainer): ${scores.join(', ')}\n`);
    }
    return failed ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`jargon-bridge: ${(error as Error).message}\n`);
      if (!(error instanceof UsageError)) io.stderr(`Run 'jargon-bridge --help' for usage.\n`);
      return 2;
    }
    io.stderr(`jargon-bridge: internal error: ${(error as Error).message}\n`);
    return 2;
  }
}

async function runJsonl(io: Io, audience: string | string[], threshold: Severity | 'none', options: Partial<AnalyzeOptions>): Promise<number> {
  let failed = false;
  let badLines = 0;
  let lineNo = 0;
  for await (const line of io.stdinLines()) {
    lineNo++;
    if (line.trim() === '') continue;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      badLines++;
      io.stdout(JSON.stringify({ line: lineNo, error: 'not valid JSON' }) + '\n');
      continue;
    }
    const { id, text } = (record ?? {}) as { id?: unknown; text?: unknown };
    if (typeof text !== 'string') {
      badLines++;
      io.stdout(JSON.stringify({ id: id ?? null, line: lineNo, error: 'expected {"id": ..., "text": "..."} with a string "text"' }) + '\n');
      continue;
    }
    const report = analyze(text, { audience, ...options });
    failed ||= failsAt(report, threshold);
    io.stdout(JSON.stringify({ id: id ?? null, findings: report.findings, metrics: report.metrics }) + '\n');
  }
  if (badLines > 0) {
    io.stderr(`jargon-bridge: ${badLines} input line${badLines === 1 ? '' : 's'} could not be read (see the "error" lines)\n`);
    return 2;
  }
  return failed ? 1 : 0;
}

export function nodeIo(): Io {
  return {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    stdinLines: () => createInterface({ input: process.stdin, crlfDelay: Infinity }),
  };
}
