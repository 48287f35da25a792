import type { Finding, Report } from '../analysis/finding';
import { computeLineStarts, lineColumn } from '../analysis/text';

/**
 * Human-readable report in the style of eslint's and Vale's: one line per finding,
 * `file:line:col  severity  message  ruleId`, then its suggestions.
 */
export function formatText(name: string, text: string, report: Report): string {
  if (report.findings.length === 0) return '';
  const starts = computeLineStarts(text);
  const lines: string[] = [];
  for (const f of report.findings) {
    const { line, column } = lineColumn(text, f.start, starts);
    lines.push(`${name}:${line}:${column}  ${f.severity.padEnd(7)}  ${f.message}  ${f.ruleId}`);
    for (const s of f.suggestions) lines.push(`    → ${s.text}${s.note ? `  (${s.note})` : ''}`);
  }
  return lines.join('\n') + '\n';
}

export function summarize(findings: readonly Finding[]): string {
  const count = (sev: Finding['severity']) => findings.filter((f) => f.severity === sev).length;
  const n = findings.length;
  if (n === 0) return 'No problems found.';
  const plural = (k: number, word: string) => `${k} ${word}${k === 1 ? '' : 's'}`;
  return `${plural(n, 'problem')} (${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${count('info')} info)`;
}
