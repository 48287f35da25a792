import { describe, expect, test } from 'vitest';
import daleChall from '../../lib/wordlists/dale-chall.json';
import frequency from '../../lib/wordlists/frequency.json';
import { classifyWord, looksClinical } from '../../lib/analysis/vocabulary';
import { daleChallData, frequencyData } from '../../scripts/build-wordlists';

describe('word lists', () => {
  test('the committed data is what scripts/build-wordlists.ts makes from its packages', () => {
    expect(frequency).toEqual(frequencyData());
    expect(daleChall).toEqual(daleChallData());
  });

  test.each([
    ['the', 'common'],
    ['hospital', 'common'],
    ['Nurses', 'common'],
    ['budgeted', 'common'],
    ['encryption', 'mid'],
    ['idempotent', 'rare'],
    ['interoperability', 'rare'],
    ['cholecystitis', 'clinical'],
    ['nephrologists', 'clinical'],
    ['retraining', 'common'],
    ['workflow', 'common'],
  ])('%s is %s', (word, cls) => {
    expect(classifyWord(word)).toBe(cls);
  });

  test('medical word parts only mark long words', () => {
    expect(looksClinical('gastroenteritis')).toBe(true);
    expect(looksClinical('cardio')).toBe(false);
    expect(looksClinical('infrastructure')).toBe(false);
  });
});
