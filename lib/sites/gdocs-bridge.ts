import { DOCS_CALL, DOCS_EXTENSION_ID, DOCS_RETURN, DocsCall, type DocsReturn, EXTENSION_ID_ATTR, parseDetail } from './gdocs-protocol';

/** What Docs exposes in annotated-canvas mode (see tests/e2e/fixtures/gdocs.html for the shape). */
interface AnnotatedText {
  getText(): string;
  setSelection(start: number, end: number): void;
}

type DocsWindow = Window & {
  _docs_annotate_canvas_by_ext?: string;
  _docs_annotate_getAnnotatedText?: () => AnnotatedText | undefined;
};

/**
 * Runs in the page's own world on docs.google.com/document, before Docs starts:
 * 1. asks Docs for annotated-canvas mode by setting `_docs_annotate_canvas_by_ext` to our id;
 * 2. answers the content script's calls: the document's text, and a replacement, made by setting
 *    Docs' selection to the words and pasting the new words into Docs' input iframe, the path a
 *    user's own paste takes (so it is one step in Docs' undo). The content script re-reads the
 *    text to confirm it.
 */
export function startDocsBridge(win: DocsWindow, doc: Document): void {
  const setId = (id: unknown) => {
    if (typeof id === 'string' && /^[a-p]{32}$/.test(id) && !win._docs_annotate_canvas_by_ext) win._docs_annotate_canvas_by_ext = id;
  };
  // The content script may have run first (the attribute), or may run next (the event).
  setId(doc.documentElement.getAttribute(EXTENSION_ID_ATTR));
  doc.addEventListener(DOCS_EXTENSION_ID, (e) => setId((e as CustomEvent).detail), { once: true });

  const reply = (r: DocsReturn) => doc.dispatchEvent(new CustomEvent(DOCS_RETURN, { detail: JSON.stringify(r) }));

  doc.addEventListener(DOCS_CALL, (e) => {
    const call = parseDetail(DocsCall, (e as CustomEvent).detail);
    if (!call) return;
    let annotated: AnnotatedText | undefined;
    try {
      annotated = win._docs_annotate_getAnnotatedText?.();
    } catch {
      annotated = undefined;
    }
    if (!annotated) return reply({ id: call.id, ok: false, reason: 'not-annotated' });
    const text = annotated.getText();
    if (call.op === 'text') return reply({ id: call.id, ok: true, text });
    if (call.end > text.length || text.slice(call.start, call.end) !== call.expected) return reply({ id: call.id, ok: false, reason: 'stale' });
    const input = doc.querySelector<HTMLIFrameElement>('iframe.docs-texteventtarget-iframe')?.contentDocument?.querySelector<HTMLElement>('[contenteditable]');
    if (!input) return reply({ id: call.id, ok: false, reason: 'rejected' });
    annotated.setSelection(call.start, call.end);
    // Typing focus back in the document, as after the user's own paste: Ctrl+Z goes to Docs.
    input.focus();
    const data = new DataTransfer();
    data.setData('text/plain', call.text);
    const handled = !input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    reply({ id: call.id, ok: handled, reason: handled ? undefined : 'rejected' });
  });
}
