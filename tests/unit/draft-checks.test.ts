import { describe, expect, test } from 'vitest';
import { analyze } from '../../lib/analysis/analyze';
import { Report } from '../../lib/analysis/finding';

/** Findings of some rules as "ruleId 'text'", with the real lexicon. */
function rules(text: string, audience: string | string[], prefix: string): string[] {
  return analyze(text, { audience })
    .findings.filter((f) => f.ruleId.startsWith(prefix))
    .map((f) => `${f.ruleId} '${f.text}'`);
}

function apply(text: string, ruleId: string, audience = 'executive'): string {
  const f = analyze(text, { audience }).findings.find((x) => x.ruleId === ruleId)!;
  const s = f.suggestions[0];
  const r = s.replaces ?? { start: f.start, end: f.end, text: f.text };
  expect(text.slice(r.start, r.end)).toBe(r.text);
  return text.slice(0, r.start) + s.text + text.slice(r.end);
}

describe('long sentences', () => {
  const long =
    'The vendor will connect the new sepsis alert to the nursing flowsheets during the spring upgrade, and the pharmacy team will review every antibiotic order that the alert suggests before go-live.';
  test('over the reader limit, with a split proposed at a clean joint', () => {
    expect(rules(long, 'executive', 'sentence/long')).toEqual(["sentence/long ', and the'"]);
    expect(apply(long, 'sentence/long')).toContain('spring upgrade. The pharmacy team will review');
  });
  test('the limit is the reader’s: IT staff read longer sentences', () => {
    const medium = 'The vendor will connect the new sepsis alert to the nursing flowsheets during the spring upgrade, and the pharmacy team will review each order.';
    expect(rules(medium, 'executive', 'sentence/long')).toHaveLength(1);
    expect(rules(medium, 'it', 'sentence/long')).toEqual([]);
  });
  test('short sentences are left alone', () => {
    expect(rules('The alert goes live in May. Nurses will see it in the flowsheet.', 'patient', 'sentence/long')).toEqual([]);
  });
});

describe('passive voice', () => {
  test.each([
    ['The upgrade was approved by the board.', 'The board approved the upgrade.'],
    ['The system is used by 400 clinicians every day.', '400 clinicians use the system every day.'],
    ['Last week, the budget was reviewed by the finance committee.', 'Last week, the finance committee reviewed the budget.'],
  ])('"%s" gets an active rewrite', (text, active) => {
    expect(rules(text, 'executive', 'sentence/passive')).toHaveLength(1);
    expect(apply(text, 'sentence/passive')).toBe(active);
  });

  test.each(['Mistakes were made.', 'The new order set has been adopted by the hospitalists.'])('"%s" is flagged without a rewrite that would be wrong', (text) => {
    const f = analyze(text, { audience: 'executive' }).findings.find((x) => x.ruleId === 'sentence/passive')!;
    expect(f.suggestions).toEqual([]);
  });

  test.each(['The board approved the upgrade.', 'I was excited by the results.', 'Downtime procedures are unchanged.'])('"%s" is left alone', (text) => {
    expect(rules(text, 'executive', 'sentence/passive')).toEqual([]);
  });
});

describe('hedges (executives)', () => {
  test('are deleted, keeping the capital', () => {
    const text = 'I think we could possibly launch in May. Maybe the board will agree.';
    expect(rules(text, 'executive', 'sentence/hedge')).toEqual(["sentence/hedge 'I think'", "sentence/hedge 'could possibly'", "sentence/hedge 'Maybe'"]);
    expect(apply(text, 'sentence/hedge')).toBe('We could possibly launch in May. Maybe the board will agree.');
    expect(rules(text, 'clinician', 'sentence/hedge')).toEqual([]);
  });
});

describe('reading grade', () => {
  const hard =
    'Comprehensive interoperability modernization necessitates substantial organizational transformation, encompassing infrastructure rationalization, governance harmonization, and sophisticated analytical capabilities. Implementation considerations additionally incorporate regulatory compliance obligations, institutional accountability frameworks, and multidisciplinary operational prioritization methodologies.';
  test('a hard paragraph is noted against the reader’s target, with its grade', () => {
    const [f] = analyze(hard, { audience: 'executive' }).findings.filter((x) => x.ruleId === 'sentence/reading-grade');
    expect(f.message).toMatch(/reads at grade \d+; for executives, aim for grade 10 or lower/);
    expect(analyze(hard, { audience: 'executive' }).metrics.readingGrade).toBeGreaterThan(15);
  });
  test('a plain paragraph is not', () => {
    const plain = 'We want to buy a new alert. It finds sick patients sooner. Nurses like it. It costs less than the old one, and it saves time every day.';
    expect(rules(plain, 'executive', 'sentence/reading-grade')).toEqual([]);
  });
});

describe('structure for executives', () => {
  const buried = [
    'Hi Maria,',
    '',
    'Over the last year our nurses have worked hard on sepsis care across the hospital.',
    'The pilot on two units went well and the staff liked the new screens.',
    'The vendor has been a good partner throughout the project.',
    'I recommend we fund the upgrade for $380,000 in the next budget, and I need your decision by December 12.',
  ].join('\n');
  test('an ask at the end is flagged, and the suggestion moves it to the top', () => {
    expect(rules(buried, 'executive', 'structure/bottom-line')).toEqual(["structure/bottom-line 'I'"]);
    const moved = apply(buried, 'structure/bottom-line');
    expect(moved.startsWith('Hi Maria,\n\nI recommend we fund the upgrade')).toBe(true);
    expect(moved).toContain('The vendor has been a good partner throughout the project.');
    expect(rules(moved, 'executive', 'structure/bottom-line')).toEqual([]);
  });
  test('no ask at all, and no numbers', () => {
    const vague = 'Hi Maria,\n\nThe sepsis work continues. The teams are engaged and the vendor is helpful. Things look promising for next year.';
    expect(rules(vague, 'executive', 'structure/')).toEqual(["structure/clear-ask 'The'", "structure/impact-numbers 'work'"]);
  });
  test('a draft that leads with the ask, with numbers and a date, passes', () => {
    const good = 'I am asking you to approve $380,000 for the sepsis alert by December 12. It shortens stays by 0.6 days and saves $1.1M a year.';
    expect(rules(good, 'executive', 'structure/')).toEqual([]);
  });
  test('too long, and too technical', () => {
    const long = 'We need your approval by Friday for $2M. ' + 'The team reviewed the plan again this week and agreed on the next steps. '.repeat(20);
    expect(rules(long, 'executive', 'structure/length')).toHaveLength(1);
    const dense = 'Approve $1M by Friday. The FHIR API feeds the data warehouse through the interface engine and the ETL jobs, using HL7 v2 and a data lake.';
    expect(rules(dense, 'executive', 'structure/technical-density')).toHaveLength(1);
  });
});

describe('structure for clinicians, IT and patients', () => {
  test('clinicians: patient impact, workflow impact, evidence', () => {
    const text = 'We will replace the vendor in March. The contract is signed and the budget is approved.';
    expect(rules(text, 'clinician', 'structure/')).toEqual(["structure/clear-ask 'We'", "structure/patient-impact 'will'", "structure/workflow-impact 'replace'", "structure/evidence 'the'"]);
    const good =
      'From March 6, the new sepsis alert opens an order set in two clicks instead of six. In the pilot, patients got antibiotics 52 minutes sooner. Please complete the 10-minute training by March 1.';
    expect(rules(good, 'clinician', 'structure/')).toEqual([]);
  });
  test('IT: the requirement and the constraint', () => {
    expect(rules('The new interface is a priority for the clinics. Thanks for your help.', 'it', 'structure/')).toEqual([
      "structure/clear-ask 'The'",
      "structure/requirement 'new'",
      "structure/constraint 'interface'",
    ]);
    expect(rules('The interface must deliver results within 5 minutes, with a downtime window under 2 hours. Can you scope it by Friday?', 'it', 'structure/')).toEqual([]);
  });
  test('patients: written to "you"', () => {
    expect(rules('Patients should arrive early for the scan and bring their card.', 'patient', 'structure/')).toEqual(["structure/second-person 'Patients'"]);
    expect(rules('Please arrive 15 minutes early for your scan.', 'patient', 'structure/')).toEqual([]);
  });
});

describe('audience fit', () => {
  test('every point lost is a finding; the summary names the costliest reasons', () => {
    const text = 'Hi Maria,\n\nOur neural network reads the relational database. The CPOE team is engaged. Things look good.';
    const { findings, metrics } = analyze(text, { audience: 'executive' });
    const fit = metrics.audienceFit;
    expect(fit.score).toBe(100 - fit.breakdown.jargon - fit.breakdown.readability - fit.breakdown.structure);
    expect(fit.deductions.reduce((n, d) => n + d.points, 0)).toBe(100 - fit.score);
    for (const d of fit.deductions) expect(findings.some((f) => f.ruleId === d.ruleId && f.start === d.start)).toBe(true);
    expect(fit.summary).toMatch(/^Executive fit \d+ — 3 jargon terms, (no clear ask|no numbers)$/);
  });
  test('a plain, well-built draft scores 100', () => {
    const good = 'I am asking you to approve $380,000 by December 12. It saves $1.1M a year and shortens stays by half a day.';
    expect(analyze(good, { audience: 'executive' }).metrics.audienceFit).toMatchObject({ score: 100, summary: 'Executive fit 100' });
  });
});

describe('mixed audiences', () => {
  const text = 'Our neural network lifted EBITDA, and the sepsis bundle now starts sooner.';
  test('a term is flagged when any reader does not know it, and says for whom', () => {
    const report = Report.parse(analyze(text, { audience: ['executive', 'clinician'] }));
    expect(report.audience).toBe('executive+clinician');
    const messages = report.findings.filter((f) => f.kind === 'jargon' || f.kind === 'acronym').map((f) => f.message);
    expect(messages).toEqual([
      'Executives and clinicians may not know "neural network".',
      'Clinicians may not know "EBITDA"; spell it out on first use.',
      'Executives may not know "sepsis bundle".',
    ]);
    const nn = report.findings.find((f) => f.text === 'neural network')!;
    expect(nn.suggestions.some((s) => s.note?.includes('for executives') || s.note?.includes('for clinicians'))).toBe(true);
    expect(report.metrics.audienceFit.summary).toMatch(/^Executive \+ Clinician fit \d+/);
  });
});
