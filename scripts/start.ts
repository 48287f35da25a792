// `npm start`: builds the extension and opens Chromium with it loaded on the bundled demo page.
// With a display, the browser stays open until you close it. Without one (a server, CI), it runs
// headless, saves screenshots of the highlighted drafts and of an open card, and prints where.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CHROMIUM, extensionId, launchWithExtension } from './chromium';

if (!existsSync(CHROMIUM)) {
  console.error(`jargon-bridge: Chromium not found at ${CHROMIUM}. Install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH.`);
  process.exit(2);
}

console.log('Building the extension…');
execFileSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const context = await launchWithExtension({ headless, viewport: headless ? { width: 1280, height: 820 } : null });
const id = await extensionId(context);
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(`chrome-extension://${id}/demo.html`);

if (!headless) {
  console.log(`Chromium is open on the demo page (chrome-extension://${id}/demo.html). Close the window to stop.`);
  await new Promise<void>((done) => context.on('close', () => done()));
  process.exit(0);
}

await page.waitForFunction(() => Number(document.querySelector('jargon-bridge-ui')?.getAttribute('data-findings')) > 0, null, { timeout: 10000 });
const dir = resolve('screenshots');
mkdirSync(dir, { recursive: true });
const drafts = join(dir, 'start-demo-highlights.png');
await page.screenshot({ path: drafts });
const count = await page.locator('jargon-bridge-ui').getAttribute('data-findings');
// Open the card on the first jargon underline in the CFO draft, as a click would.
const first = (await page.evaluate(`(() => {
  const ranges = [...(CSS.highlights.get('jb-warning') ?? [])];
  const r = ranges.map((x) => x.getClientRects()[0]).filter(Boolean).sort((a, b) => a.y - b.y || a.x - b.x)[0];
  return r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
})()`)) as { x: number; y: number } | null;
if (first) await page.mouse.click(first.x, first.y);
await page.locator('jargon-bridge-ui .jb-card').waitFor();
const term = await page.locator('jargon-bridge-ui .jb-card h2').textContent();
const card = join(dir, 'start-demo-card.png');
await page.screenshot({ path: card });
await context.close();
console.log(`No display: ran headless. The demo page has ${count} findings for an executive reader.`);
console.log(`  highlighted drafts: ${drafts}`);
console.log(`  card for "${term}":  ${card}`);
console.log('The command-line checker works on the same engine: npx jargon-bridge check samples/to-cfo.txt --audience executive');
