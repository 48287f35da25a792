import type { ApplyResult, EditorAdapter } from './types';

// Properties that decide where a textarea's characters are laid out: copied to the mirror.
const MIRRORED = [
  'boxSizing', 'width', 'height', 'overflowX', 'overflowY', 'borderTopWidth', 'borderRightWidth',
  'borderBottomWidth', 'borderLeftWidth', 'borderStyle', 'paddingTop', 'paddingRight', 'paddingBottom',
  'paddingLeft', 'fontStyle', 'fontVariant', 'fontWeight', 'fontStretch', 'fontSize', 'fontSizeAdjust',
  'lineHeight', 'fontFamily', 'fontFeatureSettings', 'fontKerning', 'textAlign', 'textTransform',
  'textIndent', 'letterSpacing', 'wordSpacing', 'tabSize', 'direction', 'writingMode',
] as const;

/**
 * A <textarea>. Its text is not in the DOM, so the CSS Custom Highlight API cannot reach it: the
 * rectangles of a span come from a mirror element laid out exactly like the textarea (same box,
 * font and wrapping, same scroll), kept invisible in our own shadow root.
 */
export class TextareaAdapter implements EditorAdapter {
  readonly kind = 'textarea';
  private readonly mirror: HTMLDivElement;
  private readonly mirrorText: Text;

  constructor(
    readonly element: HTMLTextAreaElement,
    /** Where the mirror may live: our shadow root, never the page. */
    mirrorParent: Node,
  ) {
    const doc = element.ownerDocument;
    this.mirror = doc.createElement('div');
    this.mirror.setAttribute('aria-hidden', 'true');
    this.mirror.dataset.jbMirror = '';
    this.mirrorText = doc.createTextNode('');
    this.mirror.append(this.mirrorText);
    mirrorParent.appendChild(this.mirror);
  }

  get scrollContainer(): HTMLElement {
    return this.element;
  }

  readText(): string {
    return this.element.value;
  }

  domRange(): Range | null {
    return null;
  }

  private layoutMirror(): void {
    const ta = this.element;
    const cs = ta.ownerDocument.defaultView!.getComputedStyle(ta);
    const s = this.mirror.style;
    for (const p of MIRRORED) s[p] = cs[p];
    const box = ta.getBoundingClientRect();
    s.position = 'fixed';
    s.left = `${box.left}px`;
    s.top = `${box.top}px`;
    s.width = `${box.width}px`;
    s.height = `${box.height}px`;
    s.boxSizing = 'border-box';
    s.whiteSpace = 'pre-wrap';
    s.overflowWrap = 'break-word';
    s.wordBreak = cs.wordBreak;
    s.overflow = 'hidden';
    s.visibility = 'hidden';
    s.pointerEvents = 'none';
    s.borderColor = 'transparent';
    s.margin = '0';
    // The textarea's scroll bar narrows its text box; the mirror must wrap at the same width.
    const scrollbar = ta.offsetWidth - ta.clientWidth - parseFloat(cs.borderLeftWidth) - parseFloat(cs.borderRightWidth);
    s.paddingRight = `${parseFloat(cs.paddingRight) + Math.max(0, scrollbar)}px`;
    if (this.mirrorText.data !== ta.value) this.mirrorText.data = ta.value;
    this.mirror.scrollTop = ta.scrollTop;
    this.mirror.scrollLeft = ta.scrollLeft;
  }

  rects(start: number, end: number): DOMRect[] {
    this.layoutMirror();
    const len = this.mirrorText.data.length;
    if (start < 0 || end > len || start >= end) return [];
    const range = this.element.ownerDocument.createRange();
    range.setStart(this.mirrorText, start);
    range.setEnd(this.mirrorText, end);
    const box = this.element.getBoundingClientRect();
    // Only what shows inside the textarea's box (the rest is scrolled out of view).
    return Array.from(range.getClientRects()).filter(
      (r) => r.width > 0 && r.bottom > box.top && r.top < box.bottom && r.right > box.left && r.left < box.right,
    );
  }

  caretOffset(): number | null {
    if (this.element.ownerDocument.activeElement !== this.element) return null;
    return this.element.selectionEnd;
  }

  focus(offset?: number): void {
    this.element.focus({ preventScroll: true });
    if (offset !== undefined) this.element.setSelectionRange(offset, offset);
  }

  replace(start: number, end: number, expected: string, replacement: string): ApplyResult {
    const ta = this.element;
    if (ta.readOnly || ta.disabled) return { ok: false, reason: 'not-editable' };
    if (ta.value.slice(start, end) !== expected) return { ok: false, reason: 'stale' };
    ta.focus({ preventScroll: true });
    ta.setSelectionRange(start, end);
    // insertText on a textarea goes through the browser's editing and its undo stack; assigning
    // .value would wipe the undo history.
    const done = replacement === '' ? ta.ownerDocument.execCommand('delete') : ta.ownerDocument.execCommand('insertText', false, replacement);
    return done ? { ok: true } : { ok: false, reason: 'rejected' };
  }

  dispose(): void {
    this.mirror.remove();
  }
}
