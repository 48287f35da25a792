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

/**
 * Opening a compose window on a loaded page (time to first underlines), the extension's share of
 * the page's heap with a 10,000-word draft (heap with the extension less heap without it, same
 * page), and heap growth over 100 compose windows opened and closed.
 */
export async function browserLifecycleBench(): Promise<string[]> {
  if (!existsSync(EXTENSION)) return [];
  const draft10k = makeDraft(10000);
  const page = (withDraft: boolean) => `<!doctype html><html><head><meta charset="utf-8"><title>bench</title>
<script>window.__longtasks = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longtasks.push(e.duration); }).observe({ type: 'longtask', buffered: true });</script>
</head><body>${
    withDraft ? `<div id="big" contenteditable="true">${draft10k.split('\n\n').map((p) => `<div>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</div>`).join('')}</div>` : ''
  }</body></html>`;
  const heapOf = async (withExtension: boolean): Promise<number> => {
    const context = withExtension
      ? await launch()
      : await (await import('@playwright/test')).chromium.launchPersistentContext('', {
          executablePath: (await import('../scripts/chromium')).CHROMIUM,
          headless: true,
          args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
        });
    try {
      await context.route('https://mail.google.com/**', (route) => route.fulfill({ contentType: 'text/html', body: page(true) }));
      const p = await context.newPage();
      await p.goto('https://mail.google.com/jb-heap');
      if (withExtension) await p.waitForFunction(() => Number(document.querySelector('jargon-bridge-ui')?.getAttribute('data-findings')) > 0, null, { timeout: 20000 });
      else await p.waitForTimeout(1500);
      const cdp = await context.newCDPSession(p);
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
      return usedSize;
    } finally {
      await context.close();
    }
  };
  const withExt = await heapOf(true);
  const without = await heapOf(false);

  const context = await launch();
  try {
    await context.route('https://mail.google.com/**', (route) => route.fulfill({ contentType: 'text/html', body: page(false) }));
    const p = await context.newPage();
    await p.goto('https://mail.google.com/jb-compose');
    await p.waitForFunction(() => document.querySelector('jargon-bridge-ui') !== null, null, { timeout: 20000 });
    // A page with no draft: what loading the content script cost it.
    const loadTasks = (await p.evaluate('window.__longtasks')) as number[];
    // One compose window: insert it, time until its underlines are counted.
    const openOnce = `new Promise((resolve) => {
      const t0 = performance.now();
      const box = document.createElement('div');
      box.contentEditable = 'true';
      box.className = 'compose';
      box.textContent = ${JSON.stringify(makeDraft(200))};
      document.body.append(box);
      const host = document.querySelector('jargon-bridge-ui');
      (function poll() {
        if (Number(host.getAttribute('data-findings')) > 0) resolve(performance.now() - t0);
        else if (performance.now() - t0 > 5000) resolve(NaN);
        else requestAnimationFrame(poll);
      })();
    })`;
    const close = `new Promise((resolve) => { document.querySelectorAll('.compose').forEach((b) => b.remove()); requestAnimationFrame(() => requestAnimationFrame(resolve)); })`;
    const opens: number[] = [];
    for (let i = 0; i < 5; i++) {
      opens.push((await p.evaluate(openOnce)) as number);
      await p.evaluate(close);
    }
    const cdp = await context.newCDPSession(p);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
    };
    for (let i = 0; i < 10; i++) {
      await p.evaluate(openOnce);
      await p.evaluate(close);
    }
    const after10 = await heap();
    for (let i = 0; i < 100; i++) {
      await p.evaluate(openOnce);
      await p.evaluate(close);
    }
    const after110 = await heap();
    const mb = (b: number) => `${(b / 1048576).toFixed(1)} MB`;
    return [
      `A page with no draft: longest main-thread task while the content script loads ${loadTasks.length ? Math.max(...loadTasks).toFixed(0) : '0'} ms (tasks over 50 ms: ${loadTasks.length}).`,
      `Opening a compose window (200 words) on a loaded page to its first underlines: median ${median(opens).toFixed(1)} ms (5 opens).`,
      `Heap of a page with a 10,000-word draft: ${mb(withExt)} with the extension, ${mb(without)} without; our share ${mb(withExt - without)}.`,
      `Heap after 10 compose windows opened and closed: ${mb(after10)}; after 100 more: ${mb(after110)} (growth ${mb(after110 - after10)}).`,
    ];
  } finally {
    await context.close();
  }
}
