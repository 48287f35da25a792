import { z } from 'zod';
import { AudienceId, DomainId } from '../lexicon/schema';
import { CHECK_IDS } from '../profiles/schema';

/**
 * The one file format for an organisation's or a user's settings: glossary, audiences,
 * stakeholders and settings. Versioned; the CLI reads it (`--config team.json`), the options page
 * imports and exports it, and schemas/team-config.schema.json (generated from this) documents it
 * for administrators.
 */
export const CONFIG_VERSION = 1 as const;

const Id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and hyphens');
const Words = z.string().trim().min(1, 'must not be empty').max(120, 'keep it under 120 characters');

export const CustomTerm = z
  .object({
    id: Id,
    term: Words,
    variants: z.array(Words).default([]),
    /** For an acronym: what its letters stand for. */
    expansion: Words.optional(),
    knownBy: z.array(AudienceId).default([]),
    rewrites: z.partialRecord(AudienceId, z.array(Words).min(1)).default({}),
    /** Shown in the card: what it is. */
    explanation: z.string().trim().min(3).max(400),
  })
  .strict();
export type CustomTerm = z.infer<typeof CustomTerm>;

export const CustomAudience = z
  .object({
    id: Id,
    label: Words,
    /** The built-in audience it starts from: its vocabulary and, unless overridden, its targets and checks. */
    base: AudienceId,
    readers: Words.optional(),
    description: z.string().max(300).optional(),
    knownDomains: z.array(DomainId).optional(),
    readingGradeTarget: z.number().min(1).max(20).optional(),
    maxSentenceWords: z.number().int().min(5).max(80).optional(),
    maxWords: z.number().int().min(50).max(5000).optional(),
    checks: z.array(z.enum(CHECK_IDS)).optional(),
    flagRareWords: z.boolean().optional(),
    /** Word-level detectors turned off for these readers. */
    detectorsOff: z.array(z.enum(['jargon', 'acronym', 'unknown-term'])).optional(),
  })
  .strict();
export type CustomAudience = z.infer<typeof CustomAudience>;

export const Stakeholder = z
  .object({
    name: Words.optional(),
    /** An address ("cfo@example.org") or a pattern ("*@finance.example.org"). */
    email: z.string().trim().regex(/^[^\s@]*\*?[^\s@]*@[^\s@]+\.[^\s@]+$/, 'expected an e-mail address or a pattern like *@example.org').optional(),
    title: Words.optional(),
    audience: Id,
  })
  .strict()
  .refine((s) => s.email || s.title, 'needs an email (or pattern) or a title to match on');
export type Stakeholder = z.infer<typeof Stakeholder>;

export const TeamConfig = z
  .object({
    $schema: z.string().optional(),
    version: z.literal(CONFIG_VERSION, { error: `expected version ${CONFIG_VERSION}` }),
    glossary: z.array(CustomTerm).default([]),
    audiences: z.array(CustomAudience).default([]),
    stakeholders: z.array(Stakeholder).default([]),
    settings: z
      .object({
        defaultAudience: Id.optional(),
        disabledSites: z.array(z.string().min(1)).optional(),
        ignoredTerms: z.array(z.string().min(1)).optional(),
        knownTerms: z.record(z.string(), z.array(z.string().min(1))).optional(),
      })
      .strict()
      .default({}),
  })
  .strict()
  .superRefine((config, ctx) => {
    const seen = new Set<string>();
    config.glossary.forEach((t, i) => {
      if (seen.has(t.id)) ctx.addIssue({ code: 'custom', path: ['glossary', i, 'id'], message: `"${t.id}" is used by another term` });
      seen.add(t.id);
    });
    // An entry with a built-in id tunes that audience (its base must be itself); others are new.
    const builtin = new Set<string>(['executive', 'clinician', 'it', 'patient']);
    const audiences = new Set<string>(builtin);
    const seenAudiences = new Set<string>();
    config.audiences.forEach((a, i) => {
      if (seenAudiences.has(a.id)) ctx.addIssue({ code: 'custom', path: ['audiences', i, 'id'], message: `"${a.id}" is used by another audience` });
      else if (builtin.has(a.id) && a.base !== a.id) ctx.addIssue({ code: 'custom', path: ['audiences', i, 'id'], message: `"${a.id}" is a built-in audience; to tune it, set base to "${a.id}"` });
      seenAudiences.add(a.id);
      audiences.add(a.id);
    });
    config.stakeholders.forEach((s, i) => {
      if (!audiences.has(s.audience)) ctx.addIssue({ code: 'custom', path: ['stakeholders', i, 'audience'], message: `unknown audience "${s.audience}"` });
    });
    const d = config.settings.defaultAudience;
    if (d && !audiences.has(d)) ctx.addIssue({ code: 'custom', path: ['settings', 'defaultAudience'], message: `unknown audience "${d}"` });
  });
export type TeamConfig = z.infer<typeof TeamConfig>;

/** "glossary[12].rewrites.executive: expected array, received string" — one line per problem. */
export function formatIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
    return `${path || '(file)'}: ${issue.message}`;
  });
}

export type ParseResult = { ok: true; config: TeamConfig } | { ok: false; errors: string[] };

/** Parses a config file's text: JSON, then the schema; errors name the entry and the field. */
export function parseConfig(text: string): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`(file): not valid JSON: ${(error as Error).message}`] };
  }
  const r = TeamConfig.safeParse(data);
  return r.success ? { ok: true, config: r.data } : { ok: false, errors: formatIssues(r.error) };
}

/**
 * A stored config that no longer parses (a bad write, an older build) is read as far as it can be:
 * each glossary term, audience and stakeholder that is still valid is kept, the rest dropped.
 */
export function salvageConfig(data: unknown): TeamConfig {
  const whole = TeamConfig.safeParse(data);
  if (whole.success) return whole.data;
  const d = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  const keep = <T>(list: unknown, schema: z.ZodType<T>): T[] =>
    Array.isArray(list) ? list.flatMap((x) => {
      const r = schema.safeParse(x);
      return r.success ? [r.data] : [];
    }) : [];
  const glossary = keep(d.glossary, CustomTerm).filter((t, i, all) => all.findIndex((x) => x.id === t.id) === i);
  const audiences = keep(d.audiences, CustomAudience).filter((a, i, all) => all.findIndex((x) => x.id === a.id) === i);
  const candidate: TeamConfig = { version: CONFIG_VERSION, glossary, audiences, stakeholders: keep(d.stakeholders, Stakeholder), settings: {} };
  const r = TeamConfig.safeParse(candidate);
  // Stakeholders may point at audiences that were dropped: without them, the rest still loads.
  return r.success ? r.data : { ...candidate, stakeholders: [] };
}
