/**
 * Keeps spans on their words between a keystroke and the next analysis: the edit is found as the
 * part between the common prefix and suffix of the old and new text; spans after it move by the
 * change in length, spans it touches are dropped (the next analysis decides about them).
 */
export interface Edit {
  /** Where the old and new text start to differ. */
  at: number;
  /** Length of the old text that was replaced, and of the new text in its place. */
  removed: number;
  inserted: number;
}

export function diffEdit(before: string, after: string): Edit | null {
  if (before === after) return null;
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  return { at: prefix, removed: before.length - prefix - suffix, inserted: after.length - prefix - suffix };
}

export function shiftSpans<T extends { start: number; end: number }>(spans: readonly T[], edit: Edit | null): T[] {
  if (!edit) return [...spans];
  const delta = edit.inserted - edit.removed;
  const editEnd = edit.at + edit.removed;
  const out: T[] = [];
  for (const s of spans) {
    if (s.end < edit.at) out.push(s);
    else if (s.start > editEnd) out.push({ ...s, start: s.start + delta, end: s.end + delta });
    // Touching or overlapping the edit: a typed letter may have changed the word; drop it.
  }
  return out;
}
