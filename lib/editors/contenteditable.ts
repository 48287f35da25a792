import { type DomText, domRange, type ReadOptions, readDomText, textOffset } from './dom-text';
import type { ApplyResult, EditorAdapter } from './types';

/**
 * A contenteditable element: Gmail-like compose bodies, and any rich-text field without a
 * dedicated adapter. Replacements go through `execCommand('insertText')` on a selection of the
 * span: the browser's own editing path, which its undo stack records as one step.
 */
export class ContentEditableAdapter implements EditorAdapter {
  readonly kind: string = 'contenteditable';
  private last: DomText = { text: '', segments: [] };

  constructor(
    readonly element: HTMLElement,
    private readonly options: ReadOptions = {},
  ) {}

  get scrollContainer(): HTMLElement {
    return this.element;
  }

  private get doc(): Document {
    return this.element.ownerDocument;
  }

  readText(): string {
    this.last = readDomText(this.element, this.options);
    return this.last.text;
  }

  domRange(start: number, end: number): Range | null {
    const range = domRange(this.last, start, end, this.doc);
    // A text node may have left the editor since the last read.
    if (!range || !this.element.contains(range.startContainer) || !this.element.contains(range.endContainer)) return null;
    return range;
  }

  rects(start: number, end: number): DOMRect[] {
    const range = this.domRange(start, end);
    return range ? Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0) : [];
  }

  caretOffset(): number | null {
    const sel = this.doc.getSelection();
    if (!sel || sel.rangeCount === 0 || !this.element.contains(sel.focusNode)) return null;
    return textOffset(this.last, sel.focusNode!, sel.focusOffset);
  }

  focus(offset?: number): void {
    this.element.focus({ preventScroll: true });
    if (offset === undefined) return;
    const range = this.domRange(offset, offset);
    if (range) {
      const sel = this.doc.getSelection();
      sel?.removeAllRanges();
      sel?.addRange(range);
    }
  }

  replace(start: number, end: number, expected: string, replacement: string): ApplyResult {
    if (!this.element.isContentEditable) return { ok: false, reason: 'not-editable' };
    const before = this.readText();
    if (before.slice(start, end) !== expected) return { ok: false, reason: 'stale' };
    const range = this.domRange(start, end);
    if (!range) return { ok: false, reason: 'stale' };
    this.element.focus({ preventScroll: true });
    const sel = this.doc.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
    // An empty replacement is a deletion: insertText with '' does nothing in some browsers.
    const done = replacement === '' ? this.doc.execCommand('delete') : this.doc.execCommand('insertText', false, replacement);
    if (!done) return { ok: false, reason: 'rejected' };
    return { ok: true };
  }

  dispose(): void {
    this.last = { text: '', segments: [] };
  }
}
