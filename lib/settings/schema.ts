import { z } from 'zod';

/** Stored settings, each validated on read: a corrupt value falls back to its default. */
export const AudienceSetting = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
export const DisabledSites = z.array(z.string().min(1));
export const IgnoredTerms = z.array(z.string().min(1));
export const KnownTerms = z.record(z.string(), z.array(z.string().min(1)));

export const DEFAULTS = {
  audience: 'executive',
  disabledSites: [] as string[],
  ignoredTerms: [] as string[],
  knownTerms: {} as Record<string, string[]>,
};

/** The value if it fits the schema, else the fallback: stored data never breaks the extension. */
export function validOr<T>(schema: z.ZodType<T>, value: unknown, fallback: T): T {
  const r = schema.safeParse(value);
  return r.success ? r.data : fallback;
}
