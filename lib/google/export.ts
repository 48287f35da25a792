/**
 * Google Docs and Slides files by URL, and their export links. Google Docs draws its text on a
 * canvas, so the page holds nothing to read: instead we fetch the file's own export (plain text
 * for a document, PPTX for a presentation, whose speaker notes lib/google/pptx.ts reads) with the
 * user's session, and map findings back to paragraphs.
 *
 * Test URLs:
 *   https://docs.google.com/document/d/<id>/edit
 *   https://docs.google.com/document/u/1/d/<id>/edit?tab=t.0
 *   https://docs.google.com/presentation/d/<id>/edit#slide=id.p
 */
import { z } from 'zod';

/** Drive file ids use the URL-safe base64 alphabet; real ones are far longer than 10 characters. */
const FILE_ID = /^[A-Za-z0-9_-]{10,}$/;

export const GoogleFile = z
  .object({
    kind: z.enum(['document', 'presentation']),
    id: z.string().regex(FILE_ID),
  })
  .strict();
export type GoogleFile = z.infer<typeof GoogleFile>;

/**
 * `/document/d/<id>/…` or, with several signed-in accounts, `/document/u/<n>/d/<id>/…`. Published
 * copies (`/d/e/2PACX-…/pub`) fail the id length and are not exportable, which is what we want.
 */
const FILE_PATH = /^\/(document|presentation)(?:\/u\/\d+)?\/d\/([A-Za-z0-9_-]{10,})(?:\/|$)/;

/** The Docs or Slides file a tab shows, or null for any other page. */
export function googleFileFromUrl(url: string): GoogleFile | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' || parsed.hostname !== 'docs.google.com') return null;
  const m = FILE_PATH.exec(parsed.pathname);
  return m ? { kind: m[1] as GoogleFile['kind'], id: m[2]! } : null;
}

export type ExportFormat = 'txt' | 'pptx';

/**
 * The export link for a file in the one format we read for its kind (the two kinds spell their
 * export links differently). Any other pairing is a programming error, so it throws.
 */
export function exportUrl(file: GoogleFile, format: ExportFormat): string {
  const { kind, id } = GoogleFile.parse(file);
  if (kind === 'document' && format === 'txt') return `https://docs.google.com/document/d/${id}/export?format=txt`;
  if (kind === 'presentation' && format === 'pptx') return `https://docs.google.com/presentation/d/${id}/export/pptx`;
  throw new Error(`A Google ${kind} is not exported as ${format} here.`);
}

export const TextParagraph = z
  .object({
    /** 1-based count of non-empty paragraphs, as a reader would number them. */
    index: z.number().int().positive(),
    /** UTF-16 offset of the paragraph in normaliseExportText(text). */
    start: z.number().int().nonnegative(),
    text: z.string().min(1),
  })
  .strict();
export type TextParagraph = z.infer<typeof TextParagraph>;

/** The Docs text export starts with a UTF-8 BOM and ends lines with CRLF; offsets refer to this form. */
export function normaliseExportText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
}

/**
 * The paragraphs of a Docs text export: one per line (the export writes each paragraph on one
 * line), skipping lines that are empty or only whitespace, with their offsets in the normalised text.
 */
export function paragraphsFromText(text: string): TextParagraph[] {
  const paragraphs: TextParagraph[] = [];
  let start = 0;
  for (const line of normaliseExportText(text).split('\n')) {
    if (line.trim() !== '') paragraphs.push({ index: paragraphs.length + 1, start, text: line });
    start += line.length + 1;
  }
  return paragraphs;
}
