/** Editable fields the generic adapters can serve. */
export function isCheckableField(el: Element | null): el is HTMLElement {
  if (!el || !(el instanceof el.ownerDocument.defaultView!.HTMLElement)) return false;
  if (el.tagName === 'TEXTAREA') {
    const ta = el as HTMLTextAreaElement;
    return !ta.readOnly && !ta.disabled;
  }
  return el.isContentEditable && isEditingHost(el);
}

/** The outermost contenteditable element: the field itself, not a paragraph inside it. */
export function isEditingHost(el: HTMLElement): boolean {
  const parent = el.parentElement;
  return !parent || !parent.isContentEditable;
}

/** The field containing `node`, if any: the editing host of a contenteditable, or the textarea. */
export function fieldOf(node: Node | null): HTMLElement | null {
  let el: Element | null = node && node.nodeType === 1 ? (node as Element) : (node?.parentElement ?? null);
  if (el?.tagName === 'TEXTAREA') return isCheckableField(el) ? (el as HTMLElement) : null;
  while (el && el instanceof el.ownerDocument.defaultView!.HTMLElement && el.isContentEditable) {
    if (isEditingHost(el)) return el;
    el = el.parentElement;
  }
  return null;
}
