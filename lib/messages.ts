import { z } from 'zod';

/**
 * Messages between the extension's parts. Every one is validated on receipt, and only accepted
 * from our own extension (the sender check is at each listener).
 */
export const CountMessage = z.object({ type: z.literal('jb:count'), count: z.number().int().nonnegative() }).strict();
export const StateRequest = z.object({ type: z.literal('jb:state') }).strict();
export const PageStateReply = z
  .object({
    host: z.string(),
    enabled: z.boolean(),
    findings: z.number().int().nonnegative(),
    audience: z.string(),
    fields: z.number().int().nonnegative(),
    /** "Executive fit 62 — 3 jargon terms, bottom line buried", for the draft last worked on. */
    fit: z.string().nullable(),
    /** That draft, its recipients matched against the stakeholder directory, and the user's choice for it. */
    editorId: z.number().int().nullable(),
    recipients: z.array(z.object({ label: z.string(), audience: z.string().nullable() }).strict()),
    override: z.string().nullable(),
  })
  .strict();
export type PageStateReply = z.infer<typeof PageStateReply>;

/** The popup sets the audience of one draft, over its recipients (null: follow the recipients again). */
export const DraftAudienceRequest = z
  .object({ type: z.literal('jb:draft-audience'), editorId: z.number().int(), audience: z.string().min(1).max(64).nullable() })
  .strict();

/** The side panel asks for the draft to preview… */
export const DraftRequest = z.object({ type: z.literal('jb:draft') }).strict();
export const DraftReply = z
  .object({ draft: z.object({ editorId: z.number().int(), text: z.string() }).strict().nullable(), audience: z.string() })
  .strict();
export type DraftReply = z.infer<typeof DraftReply>;

/** …and sends "Apply all" as one replacement of the changed passage, checked against what it read. */
export const ApplyAllRequest = z
  .object({
    type: z.literal('jb:apply-all'),
    editorId: z.number().int(),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    expected: z.string(),
    replacement: z.string(),
  })
  .strict();
export type ApplyAllRequest = z.infer<typeof ApplyAllRequest>;

export const ApplyAllReply = z.object({ ok: z.boolean() }).strict();
