import type { Recipient } from '../config/recipients';
import type { ContentEditableOptions } from '../editors/contenteditable';
import type { EditorAdapter } from '../editors/types';

/**
 * What Jargon Bridge knows about a site beyond its editable fields: which parts of a compose body
 * are not the user's draft (quoted replies, signatures), how the site's editor takes input, and
 * who a draft is addressed to. Sites change their markup often: adapters find things by roles,
 * names and attributes the sites keep for accessibility or their own APIs, not generated classes.
 */
export interface Site {
  readonly id: 'gmail' | 'outlook' | 'google-docs' | 'generic';
  editorOptions(field: HTMLElement): ContentEditableOptions;
  /** Editors that are not textareas or contenteditable elements (Google Docs' canvas), and their adapters. */
  findFields?(doc: Document): HTMLElement[];
  adapterFor?(el: HTMLElement): EditorAdapter | null;
  /** Editable elements that are not drafts (an address well): never checked. */
  ignores?(el: HTMLElement): boolean;
  /** The To and Cc recipients of the compose window holding `field` (empty when it has none). */
  recipients(field: HTMLElement): Recipient[];
}

/** The nearest ancestor of `field` that also holds a recipient row matched by `selector`: the compose window. */
export function composeRoot(field: HTMLElement, selector: string): HTMLElement | null {
  for (let el = field.parentElement; el; el = el.parentElement) if (el.querySelector(selector)) return el;
  return null;
}

export const genericSite: Site = {
  id: 'generic',
  editorOptions: () => ({}),
  recipients: () => [],
};
