import { formatIssues, Stakeholder } from './schema';

/** Splits CSV text into rows of fields: commas, double-quoted fields with "" for a quote, CRLF or LF. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      if (row.some((f) => f.trim() !== '')) rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  row.push(field);
  if (row.some((f) => f.trim() !== '')) rows.push(row);
  return rows;
}

/**
 * Stakeholders from a CSV with the columns name, email, title, audience (a header row names them,
 * in any order). Rows that do not validate are reported by line, and left out.
 */
export function stakeholdersFromCsv(text: string, audiences: readonly string[]): { stakeholders: Stakeholder[]; errors: string[] } {
  const rows = parseCsv(text.replace(/^\uFEFF/, ''));
  if (rows.length === 0) return { stakeholders: [], errors: ['the file is empty'] };
  const header = rows[0].map((h) => h.trim().toLowerCase());
  const col = (name: string) => header.indexOf(name);
  if (col('audience') < 0 || (col('email') < 0 && col('title') < 0)) {
    return { stakeholders: [], errors: ['line 1: expected a header with the columns name, email, title, audience'] };
  }
  const stakeholders: Stakeholder[] = [];
  const errors: string[] = [];
  rows.slice(1).forEach((r, i) => {
    const get = (name: string) => (col(name) >= 0 ? r[col(name)]?.trim() || undefined : undefined);
    const candidate = { name: get('name'), email: get('email'), title: get('title'), audience: get('audience')?.toLowerCase() ?? '' };
    const parsed = Stakeholder.safeParse(Object.fromEntries(Object.entries(candidate).filter(([, v]) => v !== undefined)));
    if (!parsed.success) errors.push(...formatIssues(parsed.error).map((e) => `line ${i + 2}: ${e.replace(/^\(file\): /, "")}`));
    else if (!audiences.includes(parsed.data.audience)) errors.push(`line ${i + 2}: audience: unknown audience "${parsed.data.audience}"`);
    else stakeholders.push(parsed.data);
  });
  return { stakeholders, errors };
}
