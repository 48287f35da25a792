import { z } from 'zod';

/**
 * Google Docs keeps its text in the page's own JavaScript world, which a content script cannot
 * reach. A small script in the page world (entrypoints/docs-main.content.ts) answers calls from the
 * content script over DOM events carrying JSON strings: only the document's text, and a
 * replacement the user chose. Every message is validated on both sides.
 */
export { DOCS_CALL, DOCS_EXTENSION_ID, DOCS_RETURN, EXTENSION_ID_ATTR } from './gdocs-events';

const Id = z.number().int().nonnegative();

export const DocsCall = z.discriminatedUnion('op', [
  z.object({ id: Id, op: z.literal('text') }).strict(),
  z
    .object({
      id: Id,
      op: z.literal('replace'),
      start: z.number().int().nonnegative(),
      end: z.number().int().nonnegative(),
      expected: z.string(),
      text: z.string().max(10_000),
    })
    .strict(),
]);
export type DocsCall = z.infer<typeof DocsCall>;

export const DocsReturn = z
  .object({
    id: Id,
    ok: z.boolean(),
    text: z.string().optional(),
    /** Why nothing was written: Docs is not in annotated mode, or the words changed. */
    reason: z.enum(['not-annotated', 'stale', 'rejected']).optional(),
  })
  .strict();
export type DocsReturn = z.infer<typeof DocsReturn>;

/** JSON.parse then a schema: null for anything malformed. */
export function parseDetail<T>(schema: z.ZodType<T>, detail: unknown): T | null {
  if (typeof detail !== 'string') return null;
  try {
    const r = schema.safeParse(JSON.parse(detail));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}
