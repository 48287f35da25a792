import '../../lib/zod-config';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startJargonBridge } from '../../utils/start-page';
import './style.css';

// The demo is a page of the extension itself, so it needs no site permission and makes no request:
// it starts exactly what the content script starts on a mail site.
void startJargonBridge(new ContentScriptContext('demo'), 'demo');
