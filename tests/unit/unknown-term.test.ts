import { describe, expect, test } from 'vitest';
import { check } from './helpers/engine';

const unknown = (text: string, audience: string) =>
  check(text, audience)
    .findings.filter((f) => f.kind === 'unknown-term')
    .map((f) => `${f.ruleId.replace('unknown-term/', '')} '${f.text}'`);

describe('terms the lexicon does not know', () => {
  test('a rare word is flagged for patients, not for readers with a working vocabulary', () => {
    // Executives read formal and regulatory prose daily: rare words flagged for them were mostly
    // words they know (tests/eval). Only patients get rare-word flags.
    const text = 'The interface is idempotent, so retries are safe.';
    expect(unknown(text, 'executive')).toEqual([]);
    expect(unknown(text, 'patient')).toEqual(["rare-word 'idempotent'"]);
    expect(unknown(text, 'it')).toEqual([]);
    expect(unknown(text, 'clinician')).toEqual([]);
  });

  test('medical word parts mark a clinical word: plain to clinicians, flagged for others', () => {
    const text = 'Two patients developed cholecystitis after the nephrectomy.';
    expect(unknown(text, 'clinician')).toEqual([]);
    expect(unknown(text, 'executive')).toEqual(["clinical-word 'cholecystitis'", "clinical-word 'nephrectomy'"]);
    expect(unknown(text, 'it')).toEqual(["clinical-word 'cholecystitis'", "clinical-word 'nephrectomy'"]);
  });

  test('lemmas: an inflected rare word is judged by its root, plain inflections are plain', () => {
    expect(unknown('The alerts were overridden and the model was retraining overnight.', 'patient')).toEqual([]);
  });

  test.each([
    ['people and places', 'Dr. Ruiz and Priya Okonkwo met in Schenectady on Tuesday.'],
    ['a signature line', 'Thanks for the help.\nPriya'],
    ['e-mail addresses and URLs', 'Write to xqzzy.lomba@example.org or see https://example.org/zyxwv.'],
    ['numbers and dates', 'We saw 1,402 visits on 2026-11-03, up 14%.'],
    ['everyday words', 'The team will meet next week to review the schedule and the budget.'],
    ['workplace words film subtitles miss', 'The stakeholders reviewed the workflow dashboard and the roadmap.'],
  ])('leaves alone %s', (_name, text) => {
    expect(unknown(text, 'patient')).toEqual([]);
  });

  test('a word the draft explains is not flagged, there or later', () => {
    expect(unknown('The nephrectomy (removal of a kidney) went well. The nephrectomy was short.', 'patient')).toEqual([]);
    expect(unknown('The nephrectomy, meaning removal of a kidney, went well.', 'executive')).toEqual([]);
  });

  test('each word is flagged once, at its first use', () => {
    expect(unknown('The idempotent call. Another idempotent call.', 'patient')).toEqual(["rare-word 'idempotent'"]);
  });

  test('product-like names are flagged for everyone, once', () => {
    expect(unknown('Open PowerChart and log in. PowerChart is slow.', 'clinician')).toEqual(["product-name 'PowerChart'"]);
  });

  test('numbers with technical units, for readers outside that field', () => {
    const text = 'Lactate above 4 mmol/L triggers the alert within 200 ms.';
    expect(unknown(text, 'clinician')).toEqual(["unit '200 ms'"]);
    expect(unknown(text, 'it')).toEqual(["unit '4 mmol/L'"]);
  });

  test('findings are info, with offsets on the word and advice in the message', () => {
    const text = 'The call is idempotent.';
    const [f] = check(text, 'patient').findings;
    expect(f).toMatchObject({ severity: 'info', kind: 'unknown-term', start: 12, end: 22, text: 'idempotent' });
    expect(f.message).toBe('Patients may not know "idempotent"; define it or use a plainer word.');
    expect(f.suggestions).toEqual([]);
  });
});

describe('jargon score', () => {
  test('plain prose scores high, jargon-heavy prose low, and replacing jargon raises it', () => {
    const plain = check('The team will meet next week to talk about the plan and the budget.', 'executive').metrics;
    expect(plain.jargonScore).toBe(100);
    const dense = check('Our neural network reads the relational database with machine learning.', 'executive').metrics;
    const fixed = check('Our pattern-learning software reads the database with software that learns.', 'executive').metrics;
    expect(dense.jargonScore).toBeLessThan(70);
    expect(fixed.jargonScore).toBeGreaterThan(dense.jargonScore);
  });

  test('depends on the reader: clinical words cost executives, not clinicians', () => {
    const text = 'The sepsis bundle cut cholecystitis and nephrectomy complications.';
    expect(check(text, 'clinician').metrics.jargonScore).toBeGreaterThan(check(text, 'executive').metrics.jargonScore);
  });

  test('an empty draft scores 100', () => {
    expect(check('', 'patient').metrics.jargonScore).toBe(100);
  });
});
