import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import PptxGenJS from 'pptxgenjs';

/** A presentation with speaker notes, as Google Slides' PPTX export would give it. */
async function writeDeck(path: string): Promise<void> {
  const pres = new PptxGenJS();
  pres.defineSlideMaster({ title: 'TITLED', objects: [{ placeholder: { options: { name: 'title', type: 'title', x: 0.5, y: 0.3, w: 9, h: 1 }, text: '' } }] });
  const notes: [string, string][] = [
    ['Where we are', 'Good morning. The CPOE go-live is on track, and EBITDA held steady.'],
    ['Thanks', ''],
    ['The ask', 'We need the board to fund the HL7 interface engine upgrade before June.'],
  ];
  for (const [title, text] of notes) {
    const slide = pres.addSlide({ masterName: 'TITLED' });
    slide.addText(title, { placeholder: 'title' });
    if (text) slide.addNotes(text);
  }
  writeFileSync(path, (await pres.write({ outputType: 'uint8array', compression: true })) as Uint8Array);
}

/** The editor engines the fixture pages load are bundled from npm before the browser tests run; the deck is written. */
export default async function globalSetup(): Promise<void> {
  execFileSync(process.execPath, ['scripts/build-fixtures.mjs'], { stdio: 'inherit' });
  mkdirSync('tests/e2e/.fixtures', { recursive: true });
  await writeDeck('tests/e2e/.fixtures/deck.pptx');
}
