// The browser half of `npm run bench`: the built extension in Chromium, typing into a 2,000-word
// draft on a fixture page, with the cost of our code read from the page's performance timeline
// (the controller records it only on pages marked <html data-jb-profile>). Not a test.
import { existsSync } from 'node:fs';
import { EXTENSION, launchWithExtension as launch } from '../scripts/chromium';
import { makeDraft } from './drafts';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
const ms = (x: number) => (Number.isFinite(x) ? `${x.toFixed(2)} ms` : 'n/a');

export async function browserBench(words = 2000): Promise<string[]> {
  if (!existsSync(EXTENSION)) return ['(browser benchmark skipped: build the extension first with `npx wxt build`)'];
  const draft = makeDraft(words);
  const html = `<!doctype html><html data-jb-profile><head><meta charset="utf-8"><title>bench</title>
<script>
  window.__longtasks = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask', buffered: true });
  window.__firstUnderline = null;
  new MutationObserver(() => {
    const host = document.querySelector('jargon-bridge-ui');
    if (window.__firstUnderline === null && host && Number(host.dataset.findings) > 0) window.__firstUnderline = performance.now();
  }).observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-findings'] });
</script></head>
<body style="font:15px/1.5 'Liberation Sans',Arial,sans-serif">
<div id="body" contenteditable="true" role="textbox" style="width:760px;padding:12px">${draft
    .split('\n\n')
    .map((p) => `<div>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</div><div><br></div>`)
    .join('')}</div></body></html>`;
  const context = await launch();
  try {
    await context.route('https://mail.google.com/**', (route) => route.fulfill({ contentType: 'text/html', body: html }));
    const page = await context.newPage();
    await page.goto('https://mail.google.com/jb-bench');
    await page.waitForFunction(() => (window as unknown as { __firstUnderline: number | null }).__firstUnderline !== null, null, { timeout: 15000 });
    const first = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return (window as unknown as { __firstUnderline: number }).__firstUnderline - nav.domContentLoadedEventEnd;
    });
    // Type into the middle of the draft, as a user would, then a jargon term at the end.
    await page.evaluate(() => {
      const body = document.getElementById('body')!;
      const target = body.children[Math.floor(body.children.length / 2)];
      const range = document.createRange();
      range.selectNodeContents(target);
      range.collapse(false);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      body.focus();
      performance.clearMeasures();
      (window as unknown as { __longtasks: unknown[] }).__longtasks.length = 0;
    });
    await page.keyboard.type(' We will review the plan with the team next week and share the results', { delay: 35 });
    const before = await page.evaluate(() => (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('jb-warning')?.size ?? 0);
    await page.keyboard.type(' and the neural networ', { delay: 35 });
    // Page scripts are passed as text: tsx's name-keeping helpers do not exist in the page.
    const latency: number = await page.evaluate(`new Promise((resolve) => {
      const highlights = CSS.highlights;
      const t0 = performance.now();
      document.execCommand('insertText', false, 'k');
      (function poll() {
        if ((highlights.get('jb-warning')?.size ?? 0) > ${before}) resolve(performance.now() - t0);
        else if (performance.now() - t0 > 2000) resolve(NaN);
        else requestAnimationFrame(poll);
      })();
    })`);
    await page.waitForTimeout(300);
    const stats: { input: number[]; check: number[]; paint: number[]; longtasks: number[] } = await page.evaluate(`({
      input: performance.getEntriesByName('jb:input', 'measure').map((e) => e.duration),
      check: performance.getEntriesByName('jb:check', 'measure').map((e) => e.duration),
      paint: performance.getEntriesByName('jb:paint', 'measure').map((e) => e.duration),
      longtasks: window.__longtasks.map((t) => t.duration),
    })`);
    const max = (xs: number[]) => (xs.length ? Math.max(...xs) : 0);
    return [
      `Browser: the built extension in Chromium, typing 94 characters into a ${words}-word contenteditable draft`,
      '',
      '| what | median | max | count |',
      '| --- | ---: | ---: | ---: |',
      `| per keystroke: read the field, move the underlines (jb:input) | ${ms(median(stats.input))} | ${ms(max(stats.input))} | ${stats.input.length} |`,
      `| after a pause: analyse and filter (jb:check) | ${ms(median(stats.check))} | ${ms(max(stats.check))} | ${stats.check.length} |`,
      `| per frame: draw the underlines (jb:paint) | ${ms(median(stats.paint))} | ${ms(max(stats.paint))} | ${stats.paint.length} |`,
      `| main-thread tasks over 50 ms while typing (any cause) | | ${ms(max(stats.longtasks))} | ${stats.longtasks.length} |`,
      '',
      `Last keystroke to underline: ${ms(latency)} (debounce 50 ms). Page ready to first underlines: ${ms(first)}.`,
    ];
  } finally {
    await context.close();
  }
}
