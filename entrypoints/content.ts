import '../lib/zod-config';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startJargonBridge } from '../utils/start-page';

/**
 * Test URLs (manual checks on the live sites):
 * - https://mail.google.com/mail/u/0/#inbox?compose=new
 * - https://outlook.office.com/mail/deeplink/compose
 * - https://docs.google.com/document/d/<id>/edit
 * Site adapters (lib/sites/) know each site's quoted text, recipients and editor.
 */
export default defineContentScript({
  matches: ['https://mail.google.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*', 'https://docs.google.com/document/*'],
  runAt: 'document_idle',
  main(ctx) {
    return startJargonBridge(ctx);
  },
});
