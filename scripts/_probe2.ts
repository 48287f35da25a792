import { launchWithExtension } from './chromium';
import { fixtureResponse } from '../tests/e2e/harness';
const engine = process.argv[2];
const field = process.argv[3];
const mode = process.argv[4] ?? 'sync';
const ctx = await launchWithExtension();
await ctx.route('**/*', (r) => { const f = fixtureResponse(r.request().url()); return f ? r.fulfill(f) : r.abort(); });
const page = await ctx.newPage();
page.on('console', (m) => console.log('console', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto('https://mail.google.com/jb-fixtures/editors/' + engine);
await page.waitForTimeout(1000);
await page.locator(field).click();
await page.keyboard.type('Hello relational world. More words here.');
await page.waitForTimeout(1200);
const r = await page.evaluate(async ([field, mode]) => {
  const el = document.querySelector(field) as HTMLElement;
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let n: Text | null = null;
  while ((n = walker.nextNode() as Text | null)) if (n.data.includes('relational')) break;
  if (!n) return 'no node';
  const i = n.data.indexOf('relational');
  el.focus();
  const range = document.createRange(); range.setStart(n, i); range.setEnd(n, i + 'relational'.length);
  const sel = getSelection()!; sel.removeAllRanges(); sel.addRange(range);
  if (mode === 'wait') await new Promise((r) => setTimeout(r, 100));
  let ok;
  if (mode === 'bi') {
    const ev = new InputEvent('beforeinput', { inputType: 'insertText', data: 'plain', bubbles: true, cancelable: true, composed: true, targetRanges: [new StaticRange({ startContainer: n, startOffset: i, endContainer: n, endOffset: i + 10 })] } as InputEventInit);
    el.dispatchEvent(ev);
    ok = 'prevented=' + ev.defaultPrevented;
  } else if (mode === 'paste') {
    const dt = new DataTransfer(); dt.setData('text/plain', 'plain');
    ok = el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  } else {
    const log: string[] = [];
    el.addEventListener('beforeinput', (e) => { log.push('bi:' + (e as InputEvent).inputType + ':' + (e as InputEvent).getTargetRanges().length); setTimeout(() => log.push('bi-prevented:' + e.defaultPrevented)); }, { once: true });
    el.addEventListener('input', (e) => log.push('input:' + (e as InputEvent).inputType), { once: true });
    ok = document.execCommand('insertText', false, 'plain');
    log.push('sync:' + el.innerText);
    await new Promise((r) => setTimeout(r, 300));
    ok = ok + ' ' + log.join(' / ');
  }
  await new Promise((r) => setTimeout(r, 300));
  return ok + ' | ' + el.innerText;
}, [field, mode]);
console.log(r);
await page.keyboard.press('Control+z');
await page.waitForTimeout(300);
console.log('after undo:', await page.locator(field).innerText());
await ctx.close();
