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
  })
  .strict();
export type PageStateReply = z.infer<typeof PageStateReply>;
