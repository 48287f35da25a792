import { analyze, type AnalyzeOptions } from '../analysis/analyze';
import type { Finding } from '../analysis/finding';
import { rewrite, termEdits } from '../analysis/preview';
import { normaliseExportText, paragraphsFromText } from './export';
import type { SlideNotes } from './pptx';

/** One paragraph of a document, or one slide's speaker notes, with what a reader would trip on. */
export interface ReviewSection {
  /** "Paragraph 3", "Slide 2: Budget". */
  label: string;
  text: string;
  /** Word-level findings, offsets into `text`. */
  findings: Finding[];
  /** `text` with each finding's first rewrite: what the Copy button copies. */
  rewritten: string;
}

const WORD_LEVEL = new Set(['jargon', 'acronym', 'unknown-term', 'wordy']);

function section(label: string, text: string, findings: Finding[]): ReviewSection {
  const edits = termEdits({ findings });
  return { label, text, findings, rewritten: rewrite(text, edits) };
}

/**
 * A whole Google Doc from its plain-text export: checked as one text (an acronym defined in the
 * first paragraph is defined for the rest), findings listed by paragraph. Paragraphs with nothing
 * to fix are left out.
 */
export function reviewDocument(exported: string, options: AnalyzeOptions): ReviewSection[] {
  const text = normaliseExportText(exported);
  const report = analyze(text, options);
  return paragraphsFromText(text)
    .map((p) => {
      const end = p.start + p.text.length;
      const inside = report.findings
        .filter((f) => WORD_LEVEL.has(f.kind) && f.start >= p.start && f.end <= end)
        .map((f) => ({ ...f, start: f.start - p.start, end: f.end - p.start, suggestions: f.suggestions.filter((s) => !s.replaces) }));
      return section(`Paragraph ${p.index}`, p.text, inside);
    })
    .filter((s) => s.findings.length > 0);
}

/** Speaker notes slide by slide; slides whose notes have nothing to fix (or no notes) are left out. */
export function reviewNotes(slides: readonly SlideNotes[], options: AnalyzeOptions): ReviewSection[] {
  return slides
    .filter((s) => s.notes.trim() !== '')
    .map((s) => {
      const findings = analyze(s.notes, options).findings.filter((f) => WORD_LEVEL.has(f.kind));
      return section(s.title ? `Slide ${s.slide}: ${s.title}` : `Slide ${s.slide}`, s.notes, findings);
    })
    .filter((s) => s.findings.length > 0);
}
