import { DOCS_CALL, DOCS_RETURN, type DocsCall, DocsReturn, parseDetail } from '../sites/gdocs-protocol';
import { settle } from './settle';
import type { ApplyResult, EditorAdapter } from './types';

interface Line {
  start: number;
  text: string;
  rect: Element;
  font: string;
}

type CallBody = DocsCall extends infer C ? (C extends DocsCall ? Omit<C, 'id'> : never) : never;

const SETTLE_MS = 1500;

/**
 * A Google Docs document in annotated-canvas mode. The text comes from Docs through the page-world
 * bridge (lib/sites/gdocs-bridge.ts); underlines are drawn over the lines of Docs' accessible SVG
 * layer (one rect per line, its text in aria-label, its font in data-font-css), with the words'
 * positions inside a line measured in that font. The element is the scrolling editor
 * (.kix-appview-editor); Docs redraws the SVG on every change, which is how we hear of typing.
 */
export class GoogleDocsAdapter implements EditorAdapter {
  readonly kind = 'google-docs';
  private last = '';
  private seq = 0;
  private observer: MutationObserver | null = null;
  private measure: CanvasRenderingContext2D | null = null;
  private fresh = false;

  constructor(readonly element: HTMLElement) {}

  get scrollContainer(): HTMLElement {
    return this.element;
  }

  private get doc(): Document {
    return this.element.ownerDocument;
  }

  /** One call to the page-world bridge; its answer arrives during dispatch (DOM events are synchronous). */
  private call(body: CallBody): DocsReturn | null {
    const id = ++this.seq;
    let answer: DocsReturn | null = null;
    const listen = (e: Event) => {
      const r = parseDetail(DocsReturn, (e as CustomEvent).detail);
      if (r?.id === id) answer = r;
    };
    this.doc.addEventListener(DOCS_RETURN, listen);
    this.doc.dispatchEvent(new CustomEvent(DOCS_CALL, { detail: JSON.stringify({ ...body, id }) }));
    this.doc.removeEventListener(DOCS_RETURN, listen);
    return answer;
  }

  readText(): string {
    // Just read by the change watcher, in this same task: the whole document need not cross the bridge twice.
    if (this.fresh) return this.last;
    const r = this.call({ op: 'text' });
    this.last = r?.ok && r.text !== undefined ? r.text : '';
    return this.last;
  }

  /** The SVG layer's lines, placed in the text: each label is found at or after the previous one. */
  private lines(): Line[] {
    const out: Line[] = [];
    let pos = 0;
    for (const rect of this.element.querySelectorAll('svg rect[aria-label]')) {
      const label = rect.getAttribute('aria-label') ?? '';
      const at = label ? this.last.indexOf(label, pos) : -1;
      if (at < 0) continue;
      out.push({ start: at, text: label, rect, font: rect.getAttribute('data-font-css') ?? '' });
      pos = at + label.length;
    }
    return out;
  }

  private width(font: string, text: string): number {
    this.measure ??= this.doc.createElement('canvas').getContext('2d');
    if (!this.measure) return 0;
    this.measure.font = font;
    return this.measure.measureText(text).width;
  }

  rects(start: number, end: number): DOMRect[] {
    const out: DOMRect[] = [];
    const View = this.doc.defaultView!.DOMRect;
    for (const line of this.lines()) {
      const a = Math.max(start, line.start) - line.start;
      const b = Math.min(end, line.start + line.text.length) - line.start;
      if (b <= a) continue;
      const box = line.rect.getBoundingClientRect();
      const full = this.width(line.font, line.text);
      // The rect's width on screen over the text's measured width: the page's zoom.
      const scale = full > 0 ? box.width / full : 1;
      const left = box.left + this.width(line.font, line.text.slice(0, a)) * scale;
      const right = box.left + this.width(line.font, line.text.slice(0, b)) * scale;
      out.push(new View(left, box.top, right - left, box.height));
    }
    return out;
  }

  domRange(): Range | null {
    return null;
  }

  caretOffset(): number | null {
    return null;
  }

  replace(start: number, end: number, expected: string, replacement: string): ApplyResult {
    const before = this.readText();
    if (before.slice(start, end) !== expected) return { ok: false, reason: 'stale' };
    const r = this.call({ op: 'replace', start, end, expected, text: replacement });
    if (!r) return { ok: false, reason: 'not-editable' };
    if (!r.ok) return { ok: false, reason: r.reason === 'stale' ? 'stale' : r.reason === 'not-annotated' ? 'unsupported' : 'rejected' };
    // Confirmed by reading the text back from Docs.
    const after = before.slice(0, start) + replacement + before.slice(end);
    const settled = settle(this.doc.defaultView!, () => this.readText(), after, SETTLE_MS);
    return { ok: true, settled };
  }

  focus(): void {
    // Typing focus is in Docs' own input iframe; Docs keeps it there.
  }

  watch(onChange: () => void): void {
    this.observer?.disconnect();
    this.observer = new (this.doc.defaultView!.MutationObserver)(() => {
      // Docs redraws its layer on scrolling too: only a change of text is news.
      const before = this.last;
      if (this.readText() === before) return;
      this.fresh = true;
      try {
        onChange();
      } finally {
        this.fresh = false;
      }
    });
    this.observer.observe(this.element, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-label'] });
  }

  dispose(): void {
    this.observer?.disconnect();
    this.observer = null;
  }
}
