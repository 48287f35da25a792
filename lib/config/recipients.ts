import type { Stakeholder } from './schema';

/**
 * Who a draft is addressed to, and which audience that makes it. Recipients are read from the
 * compose window (To and Cc) and matched against the stakeholder directory the user or their
 * organisation built; nothing about them is stored or sent anywhere.
 */
export interface Recipient {
  email?: string;
  /** The display name a chip shows ("Dana Whitfield", "CFO Office"). */
  name?: string;
}

export interface RecipientMatch {
  /** What the popup shows for this person: their name, else their address. */
  label: string;
  /** The audience the directory gives them, or null for someone it does not know (the default audience applies). */
  audience: string | null;
}

const EMAIL = /[^\s<>()"',;:]+@[^\s<>()"',;:]+\.[^\s<>()"',;:]+/;

/** The first address in a string ("Dana <dana@x.org>", "dana@x.org"), lower-cased, or undefined. */
export function emailIn(text: string | null | undefined): string | undefined {
  return text ? EMAIL.exec(text)?.[0].toLowerCase() : undefined;
}

/** "*@finance.example.org", "dr.*@example.org": `*` stands for any run of characters before the @ or in the domain. */
function patternRegex(pattern: string): RegExp {
  const escaped = pattern.toLowerCase().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^\\s]*');
  return new RegExp(`^${escaped}$`);
}

const normalName = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * The stakeholder entry for a recipient: an exact address first, then the most specific pattern
 * (the longest one), then a name, then a title the display name contains ("CFO Office" and the
 * title "CFO"). Null when nothing matches.
 */
export function matchRecipient(r: Recipient, stakeholders: readonly Stakeholder[]): Stakeholder | null {
  const email = r.email?.toLowerCase();
  if (email) {
    const exact = stakeholders.find((s) => s.email && !s.email.includes('*') && s.email.toLowerCase() === email);
    if (exact) return exact;
    const patterns = stakeholders.filter((s) => s.email?.includes('*') && patternRegex(s.email).test(email));
    if (patterns.length) return patterns.reduce((a, b) => (b.email!.length > a.email!.length ? b : a));
  }
  const name = r.name ? normalName(r.name) : '';
  if (name) {
    const byName = stakeholders.find((s) => s.name && normalName(s.name) === name);
    if (byName) return byName;
    const byTitle = stakeholders.find((s) => s.title && ` ${name} `.includes(` ${normalName(s.title)} `));
    if (byTitle) return byTitle;
  }
  return null;
}

/**
 * The recipients of a draft, matched: one entry per distinct person (by address, else name), in
 * order. Empty when there are no recipients.
 */
export function matchRecipients(recipients: readonly Recipient[], stakeholders: readonly Stakeholder[]): RecipientMatch[] {
  const seen = new Set<string>();
  const out: RecipientMatch[] = [];
  for (const r of recipients) {
    const key = r.email?.toLowerCase() ?? (r.name ? normalName(r.name) : '');
    if (!key || seen.has(key)) continue;
    seen.add(key);
    const s = matchRecipient(r, stakeholders);
    out.push({ label: r.name?.trim() || r.email || key, audience: s?.audience ?? null });
  }
  return out;
}

/**
 * The audiences a draft is for: those of the recipients the directory knows, plus the default
 * audience for any it does not. Null when it knows none of them (the user's chosen audience applies).
 */
export function draftAudiences(matches: readonly RecipientMatch[], defaultAudience: string): string[] | null {
  if (!matches.some((m) => m.audience !== null)) return null;
  return [...new Set(matches.map((m) => m.audience ?? defaultAudience))];
}

/** "Dana Whitfield — executive; Dr. Ruiz — clinician": the popup's Auto line. */
export function describeMatches(matches: readonly RecipientMatch[], labelOf: (audience: string) => string, defaultAudience: string): string {
  return matches.map((m) => `${m.label} — ${m.audience ? labelOf(m.audience) : `${labelOf(defaultAudience)} (not in your directory)`}`).join('; ');
}
