import { describe, expect, test } from 'vitest';
import { analyze } from '../../lib/analysis/analyze';

/** Runs every audience and checks the basic promises: no throw, exact non-overlapping spans. */
function sound(text: string): number {
  let count = 0;
  for (const audience of ['executive', 'clinician', 'it', 'patient']) {
    const { findings } = analyze(text, { audience });
    let end = 0;
    for (const f of findings) {
      expect(f.start).toBeGreaterThanOrEqual(end);
      expect(text.slice(f.start, f.end)).toBe(f.text);
      end = f.end;
    }
    count += findings.length;
  }
  return count;
}

describe('adversarial drafts', () => {
  test.each([
    ['emoji and ZWJ sequences', 'Our 👩🏽‍⚕️ team and the 👨‍👩‍👧 family: the neural network 🧠 reads CPOE orders. 🇺🇸'],
    ['combining marks', 'The neural netwo\u0301rk and the CPOE\u0301 team; naïve re\u0301sume\u0301 of the EHR.'],
    ['right-to-left text and overrides', 'שלום CPOE עולם; the \u202eneural network\u202c reads مرحبا EBITDA.'],
    ['zero-width characters', 'neural\u200bnetwork, neural\u200d network, CP\u200bOE, \ufeffEBITDA and re\u00adlational database'],
    ['tables and lists', 'Item\tCost\tOwner\nCPOE\t$380,000\tIT\nneural network\t$42,000\tData\n\n- one\n- two EBITDA\n1. three'],
    ['pasted HTML and script-looking text', '<div class="x"><script>alert("CPOE")</script><b>neural network</b> &amp; <img src=x onerror=alert(1)> EBITDA</div>'],
    ['only punctuation and spaces', ' ... ,,, ;;; ??? !!! --- ((( ))) '],
  ])('%s', (_name, text) => {
    expect(sound(text)).toBeGreaterThanOrEqual(0);
  });

  test('one 50,000-character line', () => {
    const line = 'the neural network reads CPOE orders and EBITDA rises '.repeat(1000).slice(0, 50000);
    expect(sound(line)).toBeGreaterThan(0);
  });

  test('1 MB of text', () => {
    const para = 'The team reviewed the relational database plan with the CFO; EBITDA and CPOE came up twice. ';
    const text = `${para.repeat(40)}\n\n`.repeat(Math.ceil(1048576 / (para.length * 40 + 2))).slice(0, 1048576);
    const { findings, metrics } = analyze(text, { audience: 'executive' });
    expect(metrics.characters).toBe(1048576);
    expect(findings.length).toBeGreaterThan(1000);
  });
});
