import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { DOCS_EXTENSION_ID, EXTENSION_ID_ATTR } from '../lib/sites/gdocs-events';

/**
 * Google Docs, before Docs starts: tells the page-world script our extension id, which Docs'
 * annotated-canvas mode asks for and the page world cannot read. (The id is not a secret: it is
 * in every chrome-extension:// URL.)
 */
export default defineContentScript({
  matches: ['https://docs.google.com/document/*'],
  runAt: 'document_start',
  main() {
    document.documentElement.setAttribute(EXTENSION_ID_ATTR, browser.runtime.id);
    document.dispatchEvent(new CustomEvent(DOCS_EXTENSION_ID, { detail: browser.runtime.id }));
  },
});
