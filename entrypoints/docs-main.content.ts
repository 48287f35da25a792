import '../lib/zod-config';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startDocsBridge } from '../lib/sites/gdocs-bridge';

/**
 * Google Docs, page world, before Docs starts: asks for annotated-canvas mode and answers the
 * content script (lib/sites/gdocs-bridge.ts). Test URL: https://docs.google.com/document/d/<id>/edit
 */
export default defineContentScript({
  matches: ['https://docs.google.com/document/*'],
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    startDocsBridge(window, document);
  },
});
