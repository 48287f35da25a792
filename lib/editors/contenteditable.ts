import { type DomText, domRange, type ReadOptions, readDomText, textOffset } from './dom-text';
import { settle } from './settle';
import type { ApplyResult, EditorAdapter } from './types';

export interface ContentEditableOptions extends ReadOptions {
  /**
   * The editor keeps its own undo history and records a paste as one step but not the browser's
   * own edits (roosterjs, Outlook's editor): replacements arrive as a paste of plain text.
   */
  viaPaste?: boolean;
}

/** How long an editor with its own model may take to render a change before we call it lost. */
const SETTLE_MS = 1000;

/**
 * A contenteditable element: Gmail-like compose bodies, rich-text engines (Quill, ProseMirror,
 * CKEditor 5, Lexical, roosterjs) and any field without a dedicated adapter. A replacement selects
 * the span and arrives the way the user's own input would, so that the editor's undo takes it back
 * in one step:
 * 1. a `beforeinput` event (insertText, with the span as its target range): engines that keep a
 *    model (Quill 2, CKEditor 5, Lexical) handle it and cancel it, recording one undo step;
 * 2. where the site's editor records a paste but not the browser's edits (roosterjs), a paste of
 *    the plain text;
 * 3. otherwise `execCommand('insertText')`: the browser's editing path, which the native undo stack
 *    (and DOM-observing engines such as ProseMirror) record as one step.
 */
export class ContentEditableAdapter implements EditorAdapter {
  readonly kind: string = 'contenteditable';
  private last: DomText = { text: '', segments: [] };

  constructor(
    readonly element: HTMLElement,
    private readonly options: ContentEditableOptions = {},
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
    const after = before.slice(0, start) + replacement + before.slice(end);
    const win = this.doc.defaultView!;
    const target = new win.StaticRange({ startContainer: range.startContainer, startOffset: range.startOffset, endContainer: range.endContainer, endOffset: range.endOffset });
    const beforeInput = new win.InputEvent('beforeinput', {
      inputType: 'insertText',
      data: replacement,
      bubbles: true,
      cancelable: true,
      composed: true,
      targetRanges: [target],
    } as InputEventInit);
    // A synthetic beforeinput has no default action: if nobody cancelled it, nothing was written.
    if (!this.element.dispatchEvent(beforeInput)) return { ok: true, settled: this.settled(after) };
    if (this.options.viaPaste) {
      const data = new win.DataTransfer();
      data.setData('text/plain', replacement);
      const paste = new win.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
      if (!this.element.dispatchEvent(paste)) return { ok: true, settled: this.settled(after) };
    }
    // An empty replacement is a deletion: insertText with '' does nothing in some browsers.
    const done = replacement === '' ? this.doc.execCommand('delete') : this.doc.execCommand('insertText', false, replacement);
    if (!done) return { ok: false, reason: 'rejected' };
    return { ok: true };
  }

  private settled(expected: string): Promise<boolean> {
    return settle(this.doc.defaultView!, () => this.readText(), expected, SETTLE_MS, () => this.element.isConnected);
  }

  dispose(): void {
    this.last = { text: '', segments: [] };
  }
}
