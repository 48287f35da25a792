import type { Finding, Report } from './finding';

export interface PreviewEdit {
  finding: Finding;
  start: number;
  end: number;
  text: string;
}

/** A piece of the rewritten draft: unchanged text, or a change with what it replaced. */
export type PreviewPart = { kind: 'same'; text: string } | { kind: 'changed'; text: string; was: string; why: string };

/** The term rewrites a reader would get by taking each finding's first suggestion. */
export function termEdits(report: Pick<Report, 'findings'>): PreviewEdit[] {
  return report.findings
    .filter((f) => (f.kind === 'jargon' || f.kind === 'acronym' || f.kind === 'wordy') && f.suggestions.length > 0 && !f.suggestions[0].replaces)
    .map((f) => ({ finding: f, start: f.start, end: f.end, text: f.suggestions[0].text }));
}

/** The draft with the edits applied, in parts, so each change can be shown marked. */
export function previewParts(text: string, edits: readonly PreviewEdit[]): PreviewPart[] {
  const parts: PreviewPart[] = [];
  let at = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    if (e.start < at) continue;
    if (e.start > at) parts.push({ kind: 'same', text: text.slice(at, e.start) });
    parts.push({ kind: 'changed', text: e.text, was: text.slice(e.start, e.end), why: e.finding.message });
    at = e.end;
  }
  if (at < text.length) parts.push({ kind: 'same', text: text.slice(at) });
  return parts;
}

export function rewrite(text: string, edits: readonly PreviewEdit[]): string {
  return previewParts(text, edits)
    .map((p) => p.text)
    .join('');
}

/**
 * All the edits as one replacement of the passage they span: written as one edit, it is one undo
 * step in the editor. Returns null when there is nothing to change.
 */
export function coveringReplacement(text: string, edits: readonly PreviewEdit[]): { start: number; end: number; expected: string; replacement: string } | null {
  if (edits.length === 0) return null;
  const start = Math.min(...edits.map((e) => e.start));
  const end = Math.max(...edits.map((e) => e.end));
  const within = edits.map((e) => ({ ...e, start: e.start - start, end: e.end - start }));
  const expected = text.slice(start, end);
  return { start, end, expected, replacement: rewrite(expected, within) };
}
