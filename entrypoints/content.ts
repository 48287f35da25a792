import { defineContentScript } from 'wxt/utils/define-content-script';
import { startJargonBridge } from '../utils/start-page';

/**
 * Test URLs (manual checks on the live sites):
 * - https://mail.google.com/mail/u/0/#inbox?compose=new
 * - https://outlook.office.com/mail/deeplink/compose
 * Site adapters (quoted text, recipients, Outlook's editor) are the sites issue; until then the
 * generic adapters serve every textarea and contenteditable field here.
 */
export default defineContentScript({
  matches: ['https://mail.google.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    return startJargonBridge(ctx);
  },
});
