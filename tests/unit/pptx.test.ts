import { strToU8, zipSync } from 'fflate';
import PptxGenJS from 'pptxgenjs';
import { describe, expect, test } from 'vitest';
import { slideNotes, SlideNotes } from '../../lib/google/pptx';

const NOT_A_PRESENTATION = 'This file is not a PowerPoint presentation (no ppt/presentation.xml).';
const NOT_A_ZIP = 'This file is not a PowerPoint presentation (it is not a zip archive).';
const TOO_LARGE = 'This presentation is too large to read: its slides and notes unpack to more than 50 MB.';

/** A real PPTX as pptxgenjs writes it: titled and untitled slides, with and without notes. */
async function pptxgenDeck(compression: boolean): Promise<Uint8Array> {
  const pres = new PptxGenJS();
  // Only a master's placeholder gives a slide a real `<p:ph type="title">`; `placeholder: 'title'`
  // on a slide without one writes a plain text box.
  pres.defineSlideMaster({
    title: 'TITLED',
    objects: [
      { placeholder: { options: { name: 'title', type: 'title', x: 0.5, y: 0.3, w: 9, h: 1 }, text: '' } },
      { placeholder: { options: { name: 'body', type: 'body', x: 0.5, y: 1.5, w: 9, h: 3 }, text: '' } },
    ],
  });

  const s1 = pres.addSlide({ masterName: 'TITLED' });
  s1.addText('Q3 & <plan>', { placeholder: 'title' });
  s1.addText('Body text is neither title nor notes', { placeholder: 'body' });
  s1.addNotes('Line one\nLine two & <b> "quoted" it\'s é 🎉');

  const s2 = pres.addSlide();
  s2.addText('A text box, not a title', { x: 1, y: 1, w: 8, h: 1 });

  const s3 = pres.addSlide({ masterName: 'TITLED' });
  s3.addText('Café ☕ roadmap', { placeholder: 'title' });
  s3.addNotes('Say FHIR R4, not "the new API".');

  const s4 = pres.addSlide({ masterName: 'TITLED' });
  s4.addNotes('Notes without a title.');

  return (await pres.write({ outputType: 'uint8array', compression })) as Uint8Array;
}

describe('slideNotes on pptxgenjs files', () => {
  test.each([false, true])('titles and notes in order (compressed: %s)', async (compression) => {
    const slides = await slideNotes(await pptxgenDeck(compression));
    expect(slides).toEqual([
      { slide: 1, title: 'Q3 & <plan>', notes: 'Line one\nLine two & <b> "quoted" it\'s é 🎉' },
      { slide: 2, title: '', notes: '' },
      { slide: 3, title: 'Café ☕ roadmap', notes: 'Say FHIR R4, not "the new API".' },
      { slide: 4, title: '', notes: 'Notes without a title.' },
    ]);
    for (const s of slides) expect(SlideNotes.parse(s)).toEqual(s);
  });

  test('takes an ArrayBuffer as well as a Uint8Array', async () => {
    const bytes = await pptxgenDeck(true);
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    expect((await slideNotes(buffer as ArrayBuffer)).map((s) => s.title)).toEqual([
      'Q3 & <plan>',
      '',
      'Café ☕ roadmap',
      '',
    ]);
  });
});

// ── A hand-built package in the shape of a Google Slides export ───────────────────────────────

const NS =
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function rels(...entries: [id: string, type: string, target: string][]): string {
  const body = entries
    .map(([id, type, target]) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`)
    .join('');
  return `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${body}</Relationships>`;
}

/** A shape as Google Slides writes it: `idx` before `type`, paragraph properties, `<a:endParaRPr/>`. */
function shape(id: number, ph: string, paragraphs: string[]): string {
  const ps = paragraphs
    .map(
      (p) =>
        `<a:p><a:pPr indent="0" lvl="0" marL="0" rtl="0" algn="l"><a:spcBef><a:spcPts val="0"/></a:spcBef><a:buNone/></a:pPr>${p}<a:endParaRPr/></a:p>`,
    )
    .join('');
  return (
    `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="Google Shape;${id};p1"/><p:cNvSpPr txBox="1"><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>${ph}</p:nvPr></p:nvSpPr>` +
    `<p:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1" cy="1"/></a:xfrm></p:spPr>` +
    `<p:txBody><a:bodyPr anchorCtr="0" anchor="t" wrap="square"><a:noAutofit/></a:bodyPr><a:lstStyle/>${ps}</p:txBody></p:sp>`
  );
}
const run = (text: string) => `<a:r><a:rPr lang="en"/><a:t>${text}</a:t></a:r>`;
const tree = (root: string, shapes: string) =>
  `${DECL}<p:${root} ${NS}><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name="Shape 1"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>${shapes}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:${root}>`;
const notesSlide = (paragraphs: string[]) =>
  tree(
    'notes',
    `<p:sp><p:nvSpPr><p:cNvPr id="2" name="Google Shape;2;p1:notes"/><p:cNvSpPr><a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph idx="2" type="sldImg"/></p:nvPr></p:nvSpPr><p:spPr/></p:sp>` +
      shape(3, '<p:ph idx="1" type="body"/>', paragraphs) +
      shape(4, '<p:ph type="sldNum" sz="quarter" idx="12"/>', [`<a:fld id="{X}" type="slidenum">${run('7')}</a:fld>`]),
  );

/**
 * Three slides whose presentation order (sldIdLst) is slide3, slide1, slide2, reached through a
 * mix of relative and absolute targets; slide2 has no notes at all.
 */
function googleShapedDeck(): Record<string, Uint8Array> {
  const files: Record<string, string> = {
    '[Content_Types].xml': `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
    'ppt/presentation.xml':
      `${DECL}<p:presentation ${NS} saveSubsetFonts="1"><p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst>` +
      `<p:sldIdLst><p:sldId id="258" r:id="rId12"/><p:sldId r:id="rId10" id="256"/><p:sldId id="257" r:id="rId11"></p:sldId></p:sldIdLst>` +
      `<p:sldSz cy="5143500" cx="9144000"/><p:extLst><p:ext uri="{521415D9-36F7-43E2-AB2F-B90AF26B5E84}"><p14:sectionLst xmlns:p14="http://schemas.microsoft.com/office/powerpoint/2010/main">` +
      `<p14:section name="All" id="{1}"><p14:sldIdLst><p14:sldId id="256"/></p14:sldIdLst></p14:section></p14:sectionLst></p:ext></p:extLst></p:presentation>`,
    'ppt/_rels/presentation.xml.rels': rels(
      ['rId1', 'slideMaster', 'slideMasters/slideMaster1.xml'],
      ['rId10', 'slide', '/ppt/slides/slide1.xml'],
      ['rId11', 'slide', './slides/slide2.xml'],
      ['rId12', 'slide', 'slides/slide3.xml'],
    ),
    'ppt/slides/slide1.xml': tree(
      'sld',
      shape(5, '<p:ph idx="1" type="body"/>', [run('Body, not the title')]) +
        shape(6, "<p:ph type = 'title' />", [run('Second') + run(' slide')]),
    ),
    'ppt/slides/_rels/slide1.xml.rels': rels(
      ['rId1', 'slideLayout', '../slideLayouts/slideLayout1.xml'],
      ['rId2', 'notesSlide', '../notesSlides/notesSlide2.xml'],
    ),
    'ppt/slides/slide2.xml': tree('sld', shape(7, '<p:ph type="subTitle" idx="1"/>', [run('Only a subtitle')])),
    'ppt/slides/_rels/slide2.xml.rels': rels(['rId1', 'slideLayout', '../slideLayouts/slideLayout1.xml']),
    'ppt/slides/slide3.xml': tree(
      'sld',
      shape(8, '<p:ph type="ctrTitle"/>', [
        run('Kick-off'),
        `${run('Line')}<a:br><a:rPr lang="en"/></a:br>${run('break')}`,
      ]),
    ),
    'ppt/slides/_rels/slide3.xml.rels': rels(
      ['rId1', 'slideLayout', '/ppt/slideLayouts/slideLayout1.xml'],
      ['rId2', 'notesSlide', '/ppt/notesSlides/notesSlide1.xml'],
    ),
    'ppt/notesSlides/notesSlide1.xml': notesSlide([
      run('Welcome &amp; thanks: &lt;ROI&gt; &quot;soon&quot; &apos;24'),
      '',
      run('Caf&#233; &#x1F389; ') + run('split ') + run('runs'),
      `${run('Soft')}<a:br/>${run('break')}`,
      '<!-- a comment --><a:r><a:t><![CDATA[<raw> & kept]]></a:t></a:r>',
    ]),
    'ppt/notesSlides/notesSlide2.xml': notesSlide([run('Second slide notes.')]),
  };
  return Object.fromEntries(Object.entries(files).map(([name, xml]) => [name, strToU8(xml)]));
}

describe('slideNotes on a Google Slides-shaped package', () => {
  test('presentation order, relative and absolute targets, only the body placeholder', async () => {
    expect(await slideNotes(zipSync(googleShapedDeck()))).toEqual([
      {
        slide: 1,
        title: 'Kick-off\nLine\nbreak',
        notes: 'Welcome & thanks: <ROI> "soon" \'24\n\nCafé 🎉 split runs\nSoft\nbreak\n<raw> & kept',
      },
      { slide: 2, title: 'Second slide', notes: 'Second slide notes.' },
      { slide: 3, title: '', notes: '' },
    ]);
  });

  test('a slide whose notes part or rels part is missing has empty notes', async () => {
    const files = googleShapedDeck();
    delete files['ppt/notesSlides/notesSlide1.xml'];
    delete files['ppt/slides/_rels/slide1.xml.rels'];
    expect((await slideNotes(zipSync(files))).map((s) => s.notes)).toEqual(['', '', '']);
  });

  test('a slide id without a slide part still holds its place', async () => {
    const files = googleShapedDeck();
    delete files['ppt/slides/slide1.xml'];
    expect((await slideNotes(zipSync(files))).map((s) => `${s.slide} ${s.title}`)).toEqual([
      '1 Kick-off\nLine\nbreak',
      '2 ',
      '3 ',
    ]);
  });
});

// ── Errors and the size guard ─────────────────────────────────────────────────────────────────

/** Rewrites the uncompressed size an entry declares in the zip's central directory. */
function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = zip.length - 22;
  while (view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  let offset = view.getUint32(eocd + 16, true);
  for (let i = view.getUint16(eocd + 10, true); i > 0; i--) {
    const nameLength = view.getUint16(offset + 28, true);
    const entry = new TextDecoder().decode(zip.subarray(offset + 46, offset + 46 + nameLength));
    if (entry === name) view.setUint32(offset + 24, size, true);
    offset += 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return zip;
}

describe('slideNotes refuses what it cannot read', () => {
  test('bytes that are not a zip', async () => {
    let seed = 42;
    const noise = Uint8Array.from({ length: 4096 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff);
    await expect(slideNotes(noise)).rejects.toThrow(NOT_A_ZIP);
    await expect(slideNotes(new ArrayBuffer(0))).rejects.toThrow(NOT_A_ZIP);
  });

  test('a zip that is not a presentation', async () => {
    const docx = zipSync({ 'word/document.xml': strToU8('<w:document/>'), '[Content_Types].xml': strToU8('<Types/>') });
    await expect(slideNotes(docx)).rejects.toThrow(NOT_A_PRESENTATION);
    await expect(slideNotes(zipSync({}))).rejects.toThrow(NOT_A_PRESENTATION);
  });

  test('a zip whose compressed data is corrupt', async () => {
    const zip = zipSync({ 'ppt/presentation.xml': strToU8('<p:presentation/>'.repeat(50)) }, { level: 9 });
    const view = new DataView(zip.buffer, zip.byteOffset);
    zip[30 + view.getUint16(26, true) + view.getUint16(28, true)] = 0xff; // first deflate block: reserved type
    await expect(slideNotes(zip)).rejects.toThrow('This PowerPoint file is damaged (invalid block type).');
  });

  test('declared sizes of the parts read count towards 50 MB, across parts', async () => {
    const zip = zipSync(googleShapedDeck());
    for (const n of [1, 2, 3]) declareSize(zip, `ppt/slides/slide${n}.xml`, 20 * 1024 * 1024);
    await expect(slideNotes(zip)).rejects.toThrow(TOO_LARGE);
  });

  test('parts that are never read do not count', async () => {
    const files = { ...googleShapedDeck(), 'ppt/media/video1.mp4': new Uint8Array(16) };
    const zip = declareSize(zipSync(files, { level: 0 }), 'ppt/media/video1.mp4', 200 * 1024 * 1024);
    expect(await slideNotes(zip)).toHaveLength(3);
  });
});
