import type { Finding, Severity, Suggestion } from '../finding';

/** A sentence or structure note, hung on one word (see sentences.anchorIn). */
export function note(
  ruleId: string,
  kind: 'sentence' | 'structure',
  severity: Severity,
  anchor: { start: number; end: number; text: string },
  message: string,
  explanation: string,
  suggestions: Suggestion[] = [],
): Finding {
  return { ruleId, kind, severity, start: anchor.start, end: anchor.end, text: anchor.text, message, explanation, suggestions };
}
