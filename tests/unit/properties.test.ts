import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../lib/analysis/analyze';
import { Finding } from '../../lib/analysis/finding';
import { AUDIENCE_IDS } from '../../lib/lexicon/schema';

// Drafts made of lexicon terms, plain words, punctuation, line breaks and arbitrary Unicode
// (emoji, ZWJ sequences, combining marks, right-to-left text, zero-width characters).
const piece = fc.oneof(
  fc.constantFrom('neural network', 'CPOE', 'EBITDA', 'relational database', 'sepsis bundle', 'real-time', 'the upgrade was approved by the board', 'I think', 'utilize', 'computerized physician order entry (CPOE)', 'EHRs', "network's"),
  fc.constantFrom('the', 'team', 'will', 'meet', 'Maria,', 'Dr. Ruiz', 'https://example.org/CPOE', 'a@b.org', '`code`', '$380,000', '52%'),
  fc.constantFrom(' ', ' ', '\n', '\n\n', '. ', '? ', ', ', '(', ')', ';', '—', '\u200b', '\u200d', '\u0301', '👩‍⚕️', '🇺🇸', 'שלום', 'مرحبا', '\u202e', '\ufeff'),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
);
const draft = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** Not in the middle of a surrogate pair. */
const onCodePoint = (text: string, i: number) => i === 0 || i === text.length || !(isHighSurrogate(text.charCodeAt(i - 1)) && isLowSurrogate(text.charCodeAt(i)));

describe('the engine on arbitrary text (fast-check)', () => {
  test('never throws; findings are inside the text, on code points, ordered, non-overlapping, exact, valid', () => {
    fc.assert(
      fc.property(draft, fc.constantFrom(...AUDIENCE_IDS), (text, audience) => {
        const { findings } = analyze(text, { audience });
        let end = 0;
        for (const f of findings) {
          Finding.parse(f);
          expect(f.start).toBeGreaterThanOrEqual(end);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(f.start, f.end)).toBe(f.text);
          expect(onCodePoint(text, f.start) && onCodePoint(text, f.end)).toBe(true);
          for (const s of f.suggestions) {
            if (s.replaces) {
              expect(text.slice(s.replaces.start, s.replaces.end)).toBe(s.replaces.text);
              expect(s.replaces.start <= f.start && s.replaces.end >= f.end).toBe(true);
            }
          }
          end = f.end;
        }
      }),
      { numRuns: 300 },
    );
  });

  test('applying suggestions, in any order, changes the text only inside the flagged spans', () => {
    fc.assert(
      fc.property(draft, fc.constantFrom(...AUDIENCE_IDS), fc.nat(), (text, audience, seed) => {
        const { findings } = analyze(text, { audience });
        // Each edit replaces its finding's range (or the wider range its suggestion names).
        const edits = findings
          .filter((f) => f.suggestions.length > 0)
          .map((f, i) => {
            const s = f.suggestions[(seed + i) % f.suggestions.length];
            const r = s.replaces ?? { start: f.start, end: f.end };
            return { start: r.start, end: r.end, text: s.text };
          });
        // Keep edits that do not overlap one another, then apply them in a shuffled order,
        // tracking how each one moves the ones after it.
        const chosen: typeof edits = [];
        for (const e of edits) if (!chosen.some((c) => e.start < c.end && c.start < e.end)) chosen.push(e);
        const order = chosen.map((_, i) => i).sort((a, b) => ((a * 7919 + seed) % 97) - ((b * 7919 + seed) % 97));
        let out = text;
        const placed = chosen.map((e) => ({ ...e }));
        for (const i of order) {
          const e = placed[i];
          out = out.slice(0, e.start) + e.text + out.slice(e.end);
          const delta = e.text.length - (e.end - e.start);
          for (const other of placed) if (other !== e && other.start >= e.end) {
            other.start += delta;
            other.end += delta;
          }
          e.end = e.start + e.text.length;
        }
        // Outside the edited ranges, the text is the original, piece for piece.
        const sorted = [...chosen].sort((a, b) => a.start - b.start);
        let expected = '';
        let at = 0;
        for (const e of sorted) {
          expected += text.slice(at, e.start) + e.text;
          at = e.end;
        }
        expected += text.slice(at);
        expect(out).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });
});
