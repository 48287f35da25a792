import type { Finding } from '../analysis/finding';
import type { EditorAdapter } from '../editors/types';

/** What to draw for one editor. */
export interface Paintable {
  adapter: EditorAdapter;
  findings: readonly Finding[];
}

const HIGHLIGHTS = ['jb-error', 'jb-warning', 'jb-info', 'jb-note', 'jb-active'] as const;

/** Word-level findings by severity; notes about a sentence or the draft in their own, quieter style. */
function highlightOf(f: Finding): (typeof HIGHLIGHTS)[number] {
  return f.kind === 'sentence' || f.kind === 'structure' ? 'jb-note' : `jb-${f.severity}`;
}

/** Styles for the CSS Custom Highlight API: they must live in the page's document, not our shadow root. */
export const HIGHLIGHT_CSS = `
::highlight(jb-error) { text-decoration: underline wavy #c62828; text-decoration-thickness: 2px; text-underline-offset: 3px; }
::highlight(jb-warning) { text-decoration: underline wavy #d97706; text-decoration-thickness: 2px; text-underline-offset: 3px; }
::highlight(jb-info) { text-decoration: underline dotted #1565c0; text-decoration-thickness: 2px; text-underline-offset: 3px; }
::highlight(jb-note) { text-decoration: underline dashed #8250df; text-decoration-thickness: 2px; text-underline-offset: 3px; }
::highlight(jb-active) { background-color: rgba(217, 119, 6, 0.22); }
`;

interface HighlightLike {
  add(range: Range): void;
}

/**
 * Draws underlines. Where the editor's text is in the DOM and the browser has the CSS Custom
 * Highlight API, ranges are registered with it: the browser keeps them on their words through
 * scrolling, zoom and reflow, and nothing is written into the editor. Otherwise (a textarea, or no
 * API) thin elements are placed over the words in our own shadow root, and moved on scroll and
 * resize.
 */
export class Painter {
  private readonly doc: Document;
  private readonly api: boolean;
  private overlayPool: HTMLDivElement[] = [];

  constructor(
    private readonly overlay: HTMLElement,
    doc: Document,
  ) {
    this.doc = doc;
    const win = doc.defaultView as (Window & { Highlight?: new () => HighlightLike; CSS?: { highlights?: Map<string, unknown> } }) | null;
    this.api = Boolean(win?.CSS?.highlights && win.Highlight);
    if (this.api && !doc.querySelector('style[data-jb-highlights]')) {
      const style = doc.createElement('style');
      style.dataset.jbHighlights = '';
      style.textContent = HIGHLIGHT_CSS;
      (doc.head ?? doc.documentElement).append(style);
    }
  }

  get usesHighlightApi(): boolean {
    return this.api;
  }

  paint(editors: readonly Paintable[], active: Finding | null): void {
    const win = this.doc.defaultView as Window & { Highlight: new () => HighlightLike; CSS: { highlights: Map<string, HighlightLike> } };
    const sets = this.api ? Object.fromEntries(HIGHLIGHTS.map((h) => [h, new win.Highlight()])) : null;
    const boxes: { rect: DOMRect; severity: string; active: boolean; clip: DOMRect }[] = [];
    for (const { adapter, findings } of editors) {
      for (const f of findings) {
        const range = sets ? adapter.domRange(f.start, f.end) : null;
        if (range && sets) {
          sets[highlightOf(f)].add(range);
          if (f === active) sets['jb-active'].add(range);
          continue;
        }
        const clip = adapter.element.getBoundingClientRect();
        for (const rect of adapter.rects(f.start, f.end)) boxes.push({ rect, severity: highlightOf(f).slice(3), active: f === active, clip });
      }
    }
    if (sets) for (const h of HIGHLIGHTS) win.CSS.highlights.set(h, sets[h]);
    this.placeBoxes(boxes);
  }

  private placeBoxes(boxes: { rect: DOMRect; severity: string; active: boolean; clip: DOMRect }[]): void {
    while (this.overlayPool.length < boxes.length) {
      const el = this.doc.createElement('div');
      el.className = 'jb-underline';
      this.overlay.append(el);
      this.overlayPool.push(el);
    }
    for (let i = 0; i < this.overlayPool.length; i++) {
      const el = this.overlayPool[i];
      const box = boxes[i];
      if (!box) {
        el.hidden = true;
        continue;
      }
      const { rect, clip } = box;
      const left = Math.max(rect.left, clip.left);
      const right = Math.min(rect.right, clip.right);
      el.hidden = right <= left;
      el.dataset.severity = box.severity;
      el.toggleAttribute('data-active', box.active);
      el.style.left = `${left}px`;
      el.style.top = `${rect.top}px`;
      el.style.width = `${right - left}px`;
      el.style.height = `${rect.height}px`;
    }
  }

  clear(): void {
    const win = this.doc.defaultView as (Window & { CSS?: { highlights?: Map<string, unknown> } }) | null;
    if (this.api) for (const h of HIGHLIGHTS) win?.CSS?.highlights?.delete(h);
    for (const el of this.overlayPool) el.remove();
    this.overlayPool = [];
  }

  dispose(): void {
    this.clear();
    this.doc.querySelector('style[data-jb-highlights]')?.remove();
  }
}
