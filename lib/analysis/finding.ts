import { z } from 'zod';

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;
export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export const FindingKind = z.enum(['jargon', 'acronym', 'unknown-term', 'wordy', 'sentence', 'structure']);
export type FindingKind = z.infer<typeof FindingKind>;

export const Suggestion = z
  .object({
    /** Replaces text.slice(start, end) exactly (or the `replaces` range, when given). */
    text: z.string(),
    note: z.string().optional(),
    /**
     * A rewrite wider than the flagged words: "the upgrade was approved by the board" for the
     * passive "was approved", or moving a sentence to the top. Applying it replaces exactly this
     * range, after checking it still holds `text`.
     */
    replaces: z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), text: z.string() }).strict().optional(),
  })
  .strict();
export type Suggestion = z.infer<typeof Suggestion>;

/** The one shape every rule reports: JSON-serialisable, with exact UTF-16 offsets. */
export const Finding = z
  .object({
    /** Stable across releases ("jargon/relational-database"): users' ignore settings key on it. */
    ruleId: z.string().regex(/^[a-z-]+\/[a-z0-9-]+$/),
    kind: FindingKind,
    severity: Severity,
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    /** Exactly text.slice(start, end): the flagged words, no surrounding punctuation. */
    text: z.string().min(1),
    message: z.string().min(1),
    /** Why this reader may not know it, and what it means. */
    explanation: z.string(),
    suggestions: z.array(Suggestion),
  })
  .strict()
  .refine((f) => f.end > f.start && f.end - f.start === f.text.length, 'end - start must equal text.length');
export type Finding = z.infer<typeof Finding>;

export const AudienceFit = z
  .object({
    /** 0–100: 100 less every deduction. */
    score: z.number().int().min(0).max(100),
    /** Points lost per area. */
    breakdown: z.object({ jargon: z.number().int(), readability: z.number().int(), structure: z.number().int() }).strict(),
    /** Every point lost, with the finding it comes from. */
    deductions: z.array(
      z.object({ ruleId: z.string(), start: z.number().int(), end: z.number().int(), area: z.enum(['jargon', 'readability', 'structure']), points: z.number().int().positive() }).strict(),
    ),
    /** One line for the popup and the card: "Executive fit 62 — 3 jargon terms, bottom line buried". */
    summary: z.string(),
  })
  .strict();
export type AudienceFit = z.infer<typeof AudienceFit>;

export const Metrics = z
  .object({
    characters: z.number().int().nonnegative(),
    words: z.number().int().nonnegative(),
    sentences: z.number().int().nonnegative(),
    paragraphs: z.number().int().nonnegative(),
    /** Findings per kind. */
    findingsByKind: z.record(FindingKind, z.number().int().nonnegative()),
    /**
     * 0–100, higher is plainer, in the spirit of the De-Jargonizer (Rakedzon et al. 2017): the share
     * of words outside everyday English for this reader, rare words counting double mid-frequency ones.
     */
    jargonScore: z.number().int().min(0).max(100),
    /** The words behind the score: everyday, mid-frequency, and rare or unknown to this reader. */
    vocabulary: z.object({ common: z.number().int(), mid: z.number().int(), rare: z.number().int() }).strict(),
    /** Flesch–Kincaid grade of the whole draft. */
    readingGrade: z.number(),
    audienceFit: AudienceFit,
  })
  .strict();
export type Metrics = z.infer<typeof Metrics>;

export const Report = z
  .object({
    /** The profile id the draft was checked for; "executive+clinician" for a mixed audience. */
    audience: z.string().min(1),
    findings: z.array(Finding),
    metrics: Metrics,
  })
  .strict();
export type Report = z.infer<typeof Report>;
