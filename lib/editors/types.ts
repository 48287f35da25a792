/**
 * One adapter per kind of editor (Harper's design): the page controller knows nothing of the
 * editor's DOM, and an adapter knows nothing of the analysis. Sites with quirks (Gmail, Outlook,
 * Google Docs) get their own adapter implementing the same interface.
 */

export interface ApplyResult {
  ok: boolean;
  /** Why nothing was written, for the card to say. */
  reason?: 'stale' | 'not-editable' | 'rejected' | 'unsupported';
  /**
   * For editors that apply the change a moment later (their own model renders it): resolves true
   * once the field reads as expected, false if it never does.
   */
  settled?: Promise<boolean>;
}

export interface EditorAdapter {
  /** A short name for tests and logs ("textarea", "contenteditable"). */
  readonly kind: string;
  /** The element the user types in. */
  readonly element: HTMLElement;
  /** The text as the engine sees it: blocks and line breaks become "\n". */
  readText(): string;
  /** Client rectangles of text offsets [start, end) in the last text read; empty if hidden. */
  rects(start: number, end: number): DOMRect[];
  /** DOM ranges for the CSS Custom Highlight API, or null where the editor's text is not in the DOM (textarea). */
  domRange(start: number, end: number): Range | null;
  /** Caret offset in the text, or null when the caret is not in this editor. */
  caretOffset(): number | null;
  /**
   * Replaces text [start, end) with `replacement` through the editor's own input path, so that
   * the editor's undo restores the original with one step, and puts the caret after it. Checks
   * first that the span still holds `expected`.
   */
  replace(start: number, end: number, expected: string, replacement: string): ApplyResult;
  /** Focuses the editor, with the caret at `offset` (or where it was). */
  focus(offset?: number): void;
  /** The element scrolls or resizes: positions need recomputing. */
  readonly scrollContainer: HTMLElement;
  /**
   * For editors whose typing does not reach the page as input events (Google Docs types into a
   * hidden iframe): the adapter calls `onChange` whenever its text may have changed.
   */
  watch?(onChange: () => void): void;
  /** Releases whatever the adapter created (mirrors, observers). */
  dispose(): void;
}
