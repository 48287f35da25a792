import { z } from 'zod';
import { AudienceId, DomainId } from '../lexicon/schema';

/** Whole-draft checks a profile can turn on. Each is one detector (lib/analysis/detectors/). */
export const CHECK_IDS = [
  'long-sentence',
  'passive',
  'hedges',
  'reading-grade',
  'bottom-line',
  'clear-ask',
  'impact-numbers',
  'length',
  'technical-density',
  'patient-impact',
  'workflow-impact',
  'evidence',
  'requirement',
  'constraint',
  'second-person',
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

export const Profile = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    /** Shown in the popup toggle. */
    label: z.string().min(1),
    /** The plural used in messages: "Executives may not know …". */
    readers: z.string().min(1),
    /** One line shown in the UI. */
    description: z.string().min(1),
    /** Whose column of the lexicon's `knownBy` this profile reads; a custom audience names its base. */
    vocabulary: AudienceId,
    /** Vocabulary domains these readers know (used by detectors that have no lexicon entry to go on). */
    knownDomains: z.array(DomainId),
    /** Flag rare everyday-English words no entry covers (readers without a specialist vocabulary). */
    flagRareWords: z.boolean(),
    /** Flesch–Kincaid grade the draft should not exceed. */
    readingGradeTarget: z.number().min(1).max(20),
    /** Sentences longer than this many words are hard for these readers. */
    maxSentenceWords: z.number().int().min(5).max(80),
    /** The draft's length budget in words (about 200 words a minute of reading). */
    maxWords: z.number().int().min(50).max(5000),
    /** Sentence and structure checks that serve these readers (ids of CHECK_IDS). */
    checks: z.array(z.enum(CHECK_IDS)),
    /** Word-level detectors turned off for these readers (set from the options page). */
    detectorsOff: z.array(z.string()).optional(),
  })
  .strict();
export type Profile = z.infer<typeof Profile>;

export const ProfilesFile = z.object({ $schema: z.string().optional(), profiles: z.array(Profile).min(1) }).strict();
