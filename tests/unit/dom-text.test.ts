// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { domRange, readDomText, textOffset } from '../../lib/editors/dom-text';
import { diffEdit, shiftSpans } from '../../lib/page/shift';

function editor(html: string): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  // eslint-disable-next-line no-restricted-properties -- the test's own fixture markup, never page text
  el.innerHTML = html;
  document.body.replaceChildren(el);
  return el;
}

describe('reading a contenteditable field', () => {
  test.each([
    ['plain text', 'Our neural network', 'Our neural network'],
    ['blocks', '<div>Hi Maria,</div><div><br></div><div>The CPOE rollout.</div>', 'Hi Maria,\n\nThe CPOE rollout.'],
    ['paragraphs and inline formatting', '<p>A <b>neural</b> <i>network</i>.</p><p>Next.</p>', 'A neural network.\nNext.'],
    ['lists', '<div>Costs:</div><ul><li>one</li><li>two</li></ul><div>End</div>', 'Costs:\none\ntwo\nEnd'],
    ['line breaks', 'Thanks,<br>Priya', 'Thanks,\nPriya'],
    ['nested blocks', '<div><div>a</div><div><blockquote>b</blockquote></div></div>c', 'a\nb\nc'],
    ['a line break in the source reads as a space', 'real\ntime', 'real time'],
    ['scripts and styles are not text', 'a<script>x()</script><style>.b{}</style>b', 'ab'],
  ])('%s', (_name, html, text) => {
    expect(readDomText(editor(html)).text).toBe(text);
  });

  test('every offset of a span maps to the DOM and back, across formatting', () => {
    const el = editor('<div>Hi,</div><div>The <b>neural</b> network<br>is <i>live</i>.</div>');
    const dt = readDomText(el);
    const start = dt.text.indexOf('neural network');
    const range = domRange(dt, start, start + 'neural network'.length, document)!;
    expect(range.toString()).toBe('neural network');
    expect(textOffset(dt, range.startContainer, range.startOffset)).toBe(start);
    expect(textOffset(dt, range.endContainer, range.endOffset)).toBe(start + 'neural network'.length);
    const live = dt.text.indexOf('live');
    expect(domRange(dt, live, live + 4, document)!.toString()).toBe('live');
  });

  test('a caret at an element position maps to the next text', () => {
    const el = editor('<div>one</div><div>two</div>');
    const dt = readDomText(el);
    expect(textOffset(dt, el, 1)).toBe(dt.text.indexOf('two'));
    expect(textOffset(dt, el, 2)).toBe(dt.text.length);
  });

  test('excluded elements (a quoted reply) are left out', () => {
    const el = editor('<div>Mine.</div><div class="quote">Their CPOE text</div>');
    expect(readDomText(el, { exclude: (e) => e.classList.contains('quote') }).text).toBe('Mine.');
  });
});

describe('keeping spans on their words while typing', () => {
  const spans = [
    { start: 4, end: 18, id: 'a' },
    { start: 30, end: 34, id: 'b' },
  ];
  test('an insertion before a span moves it; one inside drops it', () => {
    expect(shiftSpans(spans, diffEdit('x'.repeat(40), 'yy' + 'x'.repeat(40)))).toEqual([
      { start: 6, end: 20, id: 'a' },
      { start: 32, end: 36, id: 'b' },
    ]);
    const before = 'Our neural network and the CPOE'.padEnd(40, '.');
    const after = before.slice(0, 10) + 'XX' + before.slice(10);
    expect(shiftSpans(spans, diffEdit(before, after)).map((s) => s.id)).toEqual(['b']);
  });
  test('no change, no move', () => {
    expect(diffEdit('same', 'same')).toBeNull();
    expect(shiftSpans(spans, null)).toEqual(spans);
  });
});
