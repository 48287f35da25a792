import { describe, expect, test } from 'vitest';
import { exportUrl, googleFileFromUrl, normaliseExportText, paragraphsFromText } from '../../lib/google/export';

const ID = '1AbC-dEf_2345678901234567890123456789xyz';

describe('googleFileFromUrl', () => {
  test.each([
    [`https://docs.google.com/document/d/${ID}/edit`, 'document'],
    [`https://docs.google.com/document/d/${ID}/edit?tab=t.0#heading=h.abc`, 'document'],
    [`https://docs.google.com/document/u/1/d/${ID}/edit`, 'document'],
    [`https://docs.google.com/document/d/${ID}`, 'document'],
    [`https://docs.google.com/document/d/${ID}/`, 'document'],
    [`https://docs.google.com/presentation/d/${ID}/edit#slide=id.p`, 'presentation'],
    [`https://docs.google.com/presentation/u/0/d/${ID}/edit?usp=sharing`, 'presentation'],
    [`https://DOCS.GOOGLE.COM/document/d/${ID}/edit`, 'document'],
  ])('%s is a %s', (url, kind) => {
    expect(googleFileFromUrl(url)).toEqual({ kind, id: ID });
  });

  test.each([
    `http://docs.google.com/document/d/${ID}/edit`,
    `https://docs.google.com.evil.example/document/d/${ID}/edit`,
    `https://drive.google.com/document/d/${ID}/edit`,
    `https://docs.google.com/spreadsheets/d/${ID}/edit`,
    `https://docs.google.com/document/d/short/edit`,
    `https://docs.google.com/document/d/e/2PACX-1vQ${ID}/pub`,
    `https://docs.google.com/document/d/${ID}!x/edit`,
    `https://docs.google.com/document/${ID}/edit`,
    `https://example.com/?u=https://docs.google.com/document/d/${ID}/edit`,
    'https://docs.google.com/document/',
    'not a url',
    '',
  ])('%s is not a Docs or Slides file', (url) => {
    expect(googleFileFromUrl(url)).toBeNull();
  });
});

describe('exportUrl', () => {
  test('a document exports as plain text, a presentation as PPTX', () => {
    expect(exportUrl({ kind: 'document', id: ID }, 'txt')).toBe(
      `https://docs.google.com/document/d/${ID}/export?format=txt`,
    );
    expect(exportUrl({ kind: 'presentation', id: ID }, 'pptx')).toBe(
      `https://docs.google.com/presentation/d/${ID}/export/pptx`,
    );
  });

  test('other pairings and malformed ids are refused', () => {
    expect(() => exportUrl({ kind: 'document', id: ID }, 'pptx')).toThrow(
      'A Google document is not exported as pptx here.',
    );
    expect(() => exportUrl({ kind: 'document', id: '../../x?y=1' }, 'txt')).toThrow();
  });
});

describe('paragraphsFromText', () => {
  // The shape of a real Docs export: BOM, CRLF, empty lines between paragraphs.
  const EXPORT = '\uFEFFQuarterly update\r\n\r\nThe EHR migration is on track.\r\n   \r\nNext: HL7 feeds.\r\n';

  test('the BOM goes and CRLF becomes LF', () => {
    expect(normaliseExportText(EXPORT)).toBe(
      'Quarterly update\n\nThe EHR migration is on track.\n   \nNext: HL7 feeds.\n',
    );
  });

  test('non-empty lines become numbered paragraphs with offsets into the normalised text', () => {
    const paragraphs = paragraphsFromText(EXPORT);
    expect(paragraphs).toEqual([
      { index: 1, start: 0, text: 'Quarterly update' },
      { index: 2, start: 18, text: 'The EHR migration is on track.' },
      { index: 3, start: 53, text: 'Next: HL7 feeds.' },
    ]);
    const normalised = normaliseExportText(EXPORT);
    for (const p of paragraphs) expect(normalised.slice(p.start, p.start + p.text.length)).toBe(p.text);
  });

  test.each([
    ['LF only, no BOM', 'a\nb', ['0 a', '2 b']],
    ['mixed line ends', 'a\r\nb\nc', ['0 a', '2 b', '4 c']],
    ['leading spaces are kept', '  indented', ['0   indented']],
    ['non-BMP text keeps UTF-16 offsets', '🎉 launch\r\nnext', ['0 🎉 launch', '10 next']],
    ['a BOM only at the start is stripped', 'a\uFEFF', ['0 a\uFEFF']],
    ['empty', '', []],
    ['only a BOM and blank lines', '\uFEFF\r\n\r\n', []],
  ])('%s', (_name, text, expected) => {
    expect(paragraphsFromText(text).map((p) => `${p.start} ${p.text}`)).toEqual(expected);
  });
});
