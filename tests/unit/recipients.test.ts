import { describe, expect, it } from 'vitest';
import { describeMatches, draftAudiences, emailIn, matchRecipient, matchRecipients } from '../../lib/config/recipients';
import type { Stakeholder } from '../../lib/config/schema';

const directory: Stakeholder[] = [
  { email: 'dana.whitfield@stmarys.example', name: 'Dana Whitfield', audience: 'executive' },
  { email: '*@finance.stmarys.example', audience: 'executive' },
  { email: 'it-*@finance.stmarys.example', audience: 'it' },
  { name: 'Dr. Elena Ruiz', audience: 'clinician' },
  { title: 'Nurse Manager', audience: 'clinician' },
];

describe('matching recipients to the stakeholder directory', () => {
  it('matches an exact address, ignoring case', () => {
    expect(matchRecipient({ email: 'Dana.Whitfield@StMarys.example' }, directory)?.audience).toBe('executive');
  });
  it('prefers the most specific pattern', () => {
    expect(matchRecipient({ email: 'ap@finance.stmarys.example' }, directory)?.audience).toBe('executive');
    expect(matchRecipient({ email: 'it-ops@finance.stmarys.example' }, directory)?.audience).toBe('it');
  });
  it('a pattern does not match a look-alike domain', () => {
    expect(matchRecipient({ email: 'ap@finance.stmarys.example.evil.test' }, directory)).toBeNull();
    expect(matchRecipient({ email: 'ap@financexstmarys.example' }, directory)).toBeNull();
  });
  it('matches by name, and by a title the display name contains', () => {
    expect(matchRecipient({ name: 'dr elena ruiz' }, directory)?.audience).toBe('clinician');
    expect(matchRecipient({ name: '4 West Nurse Manager', email: 'nm4w@stmarys.example' }, directory)?.audience).toBe('clinician');
    expect(matchRecipient({ name: 'Nurse Managerial Staff' }, directory)).toBeNull();
  });
  it('unknown recipients match nothing', () => {
    expect(matchRecipient({ email: 'someone@elsewhere.example', name: 'Someone' }, directory)).toBeNull();
  });
});

describe('the audience of a draft from its recipients', () => {
  it('one known recipient gives that audience', () => {
    const m = matchRecipients([{ email: 'dana.whitfield@stmarys.example', name: 'Dana Whitfield' }], directory);
    expect(m).toEqual([{ label: 'Dana Whitfield', audience: 'executive' }]);
    expect(draftAudiences(m, 'it')).toEqual(['executive']);
  });
  it('recipients with different audiences make a mixed audience; unknown ones add the default', () => {
    const m = matchRecipients(
      [{ email: 'dana.whitfield@stmarys.example', name: 'Dana Whitfield' }, { name: 'Dr. Elena Ruiz' }, { email: 'x@elsewhere.example' }, { email: 'DANA.whitfield@stmarys.example' }],
      directory,
    );
    expect(m.map((x) => x.audience)).toEqual(['executive', 'clinician', null]);
    expect(draftAudiences(m, 'it')).toEqual(['executive', 'clinician', 'it']);
    expect(describeMatches(m, (a) => a, 'it')).toBe('Dana Whitfield — executive; Dr. Elena Ruiz — clinician; x@elsewhere.example — it (not in your directory)');
  });
  it('when the directory knows nobody, there is no automatic audience', () => {
    expect(draftAudiences(matchRecipients([{ email: 'x@elsewhere.example' }], directory), 'executive')).toBeNull();
    expect(draftAudiences([], 'executive')).toBeNull();
  });
  it('finds addresses in chip text', () => {
    expect(emailIn('Dana Whitfield <Dana.Whitfield@stmarys.example>')).toBe('dana.whitfield@stmarys.example');
    expect(emailIn('no address here')).toBeUndefined();
  });
});
