import { emailIn, type Recipient } from '../config/recipients';
import { composeRoot, type Site } from './types';

/**
 * Outlook on the web (outlook.office.com, outlook.office365.com, outlook.live.com): compose and
 * reply in the reading pane or a pop-out window. The message body is Microsoft's open-source
 * roosterjs editor (`div[role=textbox]`, labelled "Message body…"). roosterjs keeps its own undo
 * snapshots and does not record the browser's edits as a step, but it records a paste: a rewrite
 * arrives as a paste of plain text (ContentEditableAdapter, `viaPaste`).
 *
 * Structure as public sources described it on 2026-11-27: recipient "wells" are elements labelled
 * "To" and "Cc", holding one persona chip per person (`[data-lpc-hover-target]`, the name as text,
 * the address in the chip's title or label where Outlook shows it). In a reply, the quoted message
 * follows `#appendonsend` / `#divRplyFwdMsg` or sits in `#mail-editor-reference-message-container`;
 * the signature is `#Signature`.
 *
 * Test URLs (manual checks on the live site):
 *   https://outlook.office.com/mail/deeplink/compose
 *   https://outlook.live.com/mail/0/deeplink/compose
 *   a reply: select a message, press "r" (reading pane), or "Open in new window" (pop-out)
 */
const QUOTE_STARTS = '#appendonsend, #divRplyFwdMsg';
const NOT_THE_DRAFT = '#appendonsend, #divRplyFwdMsg, #mail-editor-reference-message-container, #Signature, [id^="Signature"]';
const WELLS = '[aria-label="To"], [aria-label="Cc"]';

/** Quoted text and signature; and everything after the reply marker, a sibling of it (the quoted message). */
function notTheDraft(el: Element): boolean {
  if (el.matches(NOT_THE_DRAFT)) return true;
  const marker = el.parentElement?.querySelector(`:scope > :is(${QUOTE_STARTS})`);
  return !!marker && (marker.compareDocumentPosition(el) & 4) !== 0; // 4: DOCUMENT_POSITION_FOLLOWING
}

function chipRecipients(root: HTMLElement): Recipient[] {
  const out: Recipient[] = [];
  for (const well of root.querySelectorAll<HTMLElement>(WELLS)) {
    let chips = [...well.querySelectorAll<HTMLElement>('[data-lpc-hover-target]')];
    if (chips.length === 0) chips = [...well.querySelectorAll<HTMLElement>('[role="listitem"], [role="option"]')];
    for (const chip of chips) {
      const text = chip.textContent?.trim() ?? '';
      const email = emailIn(chip.getAttribute('title')) ?? emailIn(chip.getAttribute('aria-label')) ?? emailIn(text);
      const name = text.replace(/<[^>]*>/, '').trim();
      if (email || name) out.push({ email, name: name && name.toLowerCase() !== email ? name : undefined });
    }
  }
  return out;
}

export const outlook: Site = {
  id: 'outlook',
  editorOptions: () => ({ viaPaste: true, exclude: notTheDraft }),
  // The To, Cc and Bcc wells are contenteditable too; addresses are not prose.
  ignores: (el) => el.matches('[aria-label="To"], [aria-label="Cc"], [aria-label="Bcc"]'),
  recipients(field) {
    const root = composeRoot(field, WELLS);
    return root ? chipRecipients(root) : [];
  },
};
