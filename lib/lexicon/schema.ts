import { z } from 'zod';
import { isAcronymWord } from '../analysis/tokenize';

/** Audiences whose vocabulary the lexicon describes. Custom audiences (later) derive from one. */
export const AUDIENCE_IDS = ['executive', 'clinician', 'it', 'patient'] as const;
export const AudienceId = z.enum(AUDIENCE_IDS);
export type AudienceId = z.infer<typeof AudienceId>;

/** One lexicon file per domain; the file name is the domain id. */
export const DOMAIN_IDS = [
  'ai-data',
  'it-infra',
  'health-it',
  'clinical',
  'finance-ops',
  'regulatory',
  'general',
  'plain-language',
] as const;
export const DomainId = z.enum(DOMAIN_IDS);
export type DomainId = z.infer<typeof DomainId>;

const EntryId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case kebab-case (a-z, 0-9, -)');

/** A surface form: words separated by single spaces; hyphens and spaces are interchangeable when matching. */
const SurfaceForm = z
  .string()
  .min(1)
  .refine((s) => s === s.trim() && !/\s{2,}/.test(s), 'no leading, trailing or double spaces');

const Rewrite = z.string().min(1).max(120, 'a rewrite must be short enough to drop into a sentence');

export const LexiconEntry = z
  .object({
    /** Stable: the rule id is `jargon/<id>` or `acronym/<id>`; users' ignore settings key on it. */
    id: EntryId,
    /** The canonical form, as a writer would spell it ("neural network", "CPOE"). */
    term: SurfaceForm,
    /** Other spellings of the same thing. Plurals, possessives and hyphen/space swaps need no entry. */
    variants: z.array(SurfaceForm).default([]),
    /** For an acronym: what its letters stand for, lower-case unless a proper name. */
    expansion: z.string().min(1).optional(),
    /** Audiences that know this term well enough that it needs no help. */
    knownBy: z.array(AudienceId),
    /** One plain sentence: what it is (shown as the explanation). */
    meaning: z.string().min(10),
    /** Plain rewrites for each audience that does not know the term; a one-word replacement first. */
    rewrites: z.partialRecord(AudienceId, z.array(Rewrite).min(1)),
    /** Sentences the entry must fire on (tests check each). */
    examples: z.array(z.string()).min(1),
    /** Sentences containing the words in another sense, where the entry must stay silent. */
    negatives: z.array(z.string()).default([]),
    /** Fire only when one of these words (lower-case) is also in the paragraph; for ambiguous terms. */
    context: z.array(z.string()).optional(),
    /** Where the meaning and rewrites come from ("Jargon Bridge editors" for our own writing). */
    source: z.string().min(3),
  })
  .strict()
  .superRefine((entry, ctx) => {
    for (const audience of AUDIENCE_IDS) {
      if (!entry.knownBy.includes(audience) && !entry.rewrites[audience]) {
        ctx.addIssue({
          code: 'custom',
          path: ['rewrites', audience],
          message: `needs rewrites for ${audience}: that audience does not know the term`,
        });
      }
    }
    if (isAcronymWord(entry.term) && !entry.expansion) {
      ctx.addIssue({ code: 'custom', path: ['expansion'], message: 'an acronym needs its expansion' });
    }
    if (new Set(entry.knownBy).size !== entry.knownBy.length) {
      ctx.addIssue({ code: 'custom', path: ['knownBy'], message: 'repeats an audience' });
    }
  });
export type LexiconEntry = z.infer<typeof LexiconEntry>;

export const LexiconFile = z
  .object({
    $schema: z.string().optional(),
    domain: DomainId,
    /** Origin and licence of what the file draws on. */
    source: z.string().min(3),
    entries: z.array(LexiconEntry),
  })
  .strict();
export type LexiconFile = z.infer<typeof LexiconFile>;
