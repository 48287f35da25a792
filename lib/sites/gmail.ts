import { emailIn, type Recipient } from '../config/recipients';
import { composeRoot, type Site } from './types';

/**
 * Gmail (mail.google.com): new message, inline reply and forward, pop-out (`?view=cm`), several
 * compose windows at once. The body is a contenteditable `div[role=textbox]`; Gmail's own editing
 * and spell checker work on the DOM, and its undo is the browser's, so the generic path applies.
 *
 * Structure as public sources described it on 2026-11-27 (InboxSDK's compose page parser, Gmail's
 * 2021 recipient-chip redesign): recipient rows are `[name="to"]`/`[name="cc"]` holding a
 * `[role=listbox]` of `[role=option]` chips with `data-hovercard-id` (the address) and `data-name`;
 * the older layout has `.vR` chips with a `span[email]` and a hidden `input[name="to"]`. Quoted text
 * of earlier messages (shown with "Show trimmed content") is `div.gmail_quote` or
 * `.gmail_quote_container`, and the signature `[data-smartmail="gmail_signature"]`.
 *
 * Test URLs (manual checks on the live site):
 *   https://mail.google.com/mail/u/0/#inbox?compose=new
 *   https://mail.google.com/mail/u/0/?view=cm&fs=1 (pop-out compose)
 *   a reply: open any thread, press "r", then "Show trimmed content"
 */
const NOT_THE_DRAFT = '.gmail_quote, .gmail_quote_container, blockquote, .gmail_signature, [data-smartmail="gmail_signature"]';
const ROWS = '[name="to"], [name="cc"]';

function chipRecipients(root: HTMLElement): Recipient[] {
  const out: Recipient[] = [];
  // The current chips.
  for (const chip of root.querySelectorAll<HTMLElement>(':is([name="to"], [name="cc"]) [role="option"]')) {
    const email = emailIn(chip.getAttribute('data-hovercard-id')) ?? emailIn(chip.textContent);
    const name = chip.getAttribute('data-name') ?? undefined;
    if (email || name) out.push({ email, name: name && name !== email ? name : undefined });
  }
  // The older chips, and the hidden inputs that carry "Name <address>" for each.
  for (const span of root.querySelectorAll<HTMLElement>('span[email]')) {
    out.push({ email: emailIn(span.getAttribute('email')), name: span.getAttribute('name') ?? span.textContent?.trim() ?? undefined });
  }
  for (const input of root.querySelectorAll<HTMLInputElement>('input[type="hidden"]:is([name="to"], [name="cc"])')) {
    for (const part of input.value.split(',')) {
      const email = emailIn(part);
      if (email) out.push({ email, name: part.replace(/<[^>]*>/, '').replace(/"/g, '').trim() || undefined });
    }
  }
  return out;
}

export const gmail: Site = {
  id: 'gmail',
  editorOptions: () => ({ exclude: (el) => el.matches(NOT_THE_DRAFT) }),
  recipients(field) {
    const root = composeRoot(field, ROWS);
    return root ? chipRecipients(root) : [];
  },
};
