/**
 * The text of a contenteditable element with a map back to the DOM. Each text node contributes its
 * characters one for one (a line break inside a text node reads as a space, as it renders), and
 * block boundaries and <br> add a "\n" that maps to no node. So text offsets and DOM positions
 * convert both ways without loss.
 */

export interface Segment {
  node: Text;
  /** Offset of the node's first character in the extracted text. */
  start: number;
}

export interface DomText {
  text: string;
  segments: Segment[];
}

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL',
  'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'SVG', 'CANVAS', 'IMG', 'VIDEO', 'AUDIO']);

export interface ReadOptions {
  /** Elements whose text is not the user's draft (quoted replies, signatures): left out. */
  exclude?: (el: Element) => boolean;
}

export function readDomText(root: Node, options: ReadOptions = {}): DomText {
  const parts: string[] = [];
  const segments: Segment[] = [];
  let length = 0;
  let endsWithBreak = true; // nothing yet: a first block adds no leading "\n"
  let blockBreakLast = false; // the last character is a "\n" that only ends a block
  const newline = () => {
    if (!endsWithBreak) {
      parts.push('\n');
      length++;
      endsWithBreak = true;
      blockBreakLast = true;
    }
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (data.length === 0) return;
      segments.push({ node: node as Text, start: length });
      // Same length, so offsets stay one-for-one: line breaks and tabs in source HTML render as spaces.
      parts.push(data.replace(/[\n\r\t]/g, ' '));
      length += data.length;
      endsWithBreak = false;
      blockBreakLast = false;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag) || options.exclude?.(el)) return;
    if (tag === 'BR') {
      parts.push('\n');
      length++;
      endsWithBreak = true;
      blockBreakLast = false;
      return;
    }
    const block = BLOCK.has(tag);
    if (block) newline();
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
    if (block) newline();
  };
  for (let child = root.firstChild; child; child = child.nextSibling) walk(child);
  // As innerText does: the end of the last block adds no line.
  if (blockBreakLast) parts.pop();
  return { text: parts.join(''), segments };
}

/** Index of the segment holding `offset`; at a boundary between two, the earlier one (for range ends). */
function segmentAt(segments: readonly Segment[], offset: number, preferEnd: boolean): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  if (preferEnd && lo > 0 && segments[lo].start === offset) {
    const prev = segments[lo - 1];
    if (prev.start + prev.node.data.length === offset) return lo - 1;
  }
  return lo;
}

/** DOM position of a text offset, or null where the offset lies in no text node. */
export function domPosition(dt: DomText, offset: number, preferEnd = false): { node: Text; offset: number } | null {
  if (dt.segments.length === 0) return null;
  const seg = dt.segments[segmentAt(dt.segments, offset, preferEnd)];
  const local = offset - seg.start;
  if (local < 0 || local > seg.node.data.length) return null;
  return { node: seg.node, offset: local };
}

export function domRange(dt: DomText, start: number, end: number, doc: Document): Range | null {
  const a = domPosition(dt, start, false);
  const b = domPosition(dt, end, true);
  if (!a || !b) return null;
  const range = doc.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}

/** Text offset of a DOM position (as a selection gives it), or null if it is outside the text. */
export function textOffset(dt: DomText, node: Node, offset: number): number | null {
  if (node.nodeType === 3) {
    const seg = dt.segments.find((s) => s.node === node);
    return seg ? seg.start + Math.min(offset, seg.node.data.length) : null;
  }
  // An element position: the start of the first text at or after it.
  const child = node.childNodes[offset] ?? null;
  let best: number | null = null;
  for (const seg of dt.segments) {
    const cmp = child ? child.compareDocumentPosition(seg.node) : node.compareDocumentPosition(seg.node);
    const atOrAfter = child ? cmp === 0 || (cmp & 4) !== 0 || (cmp & 16) !== 0 : (cmp & 4) !== 0 && (cmp & 16) === 0;
    if (atOrAfter) {
      best = seg.start;
      break;
    }
  }
  return best ?? (dt.segments.length ? dt.text.length : 0);
}
