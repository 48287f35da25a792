import { describe, expect, test } from 'vitest';
import { Finding, Report } from '../../lib/analysis/finding';
import { UnknownAudienceError } from '../../lib/profiles';
import { analyze } from '../../lib/analysis/analyze';
import { ParagraphCache } from '../../lib/analysis/doc';
import { brief, check, entry, flagged, testLexicon, WORD_LEVEL } from './helpers/engine';

describe('lexicon terms', () => {
  test('flags a multi-word term with exact offsets, without trailing punctuation', () => {
    const text = 'We will move to relational databases.';
    expect(brief(check(text, 'executive').findings)).toEqual(["jargon/relational-database 16-36 'relational databases'"]);
  });

  test.each([
    ['any case', 'NEURAL NETWORK pilots start today.', 'NEURAL NETWORK'],
    ['plural', 'Two neural networks were trained.', 'neural networks'],
    ['possessive', "The neural network's output is reviewed.", "neural network's"],
    ['plural possessive', "The neural networks' outputs differ.", 'neural networks'],
    ['curly apostrophe', 'The neural network’s output.', 'neural network’s'],
    ['variant', 'A neural net reads the notes.', 'neural net'],
    ['hyphen for space', 'Results arrive in real-time now.', 'real-time'],
    ['space for hyphen', 'Results arrive in real time now.', 'real time'],
    ['line-wrapped term is not joined across a comma', 'We need a real, time-boxed plan.', undefined],
  ])('matches %s', (_name, text, expected) => {
    expect(flagged(text, 'executive')[0]).toBe(expected);
  });

  test('longest match wins over a shorter entry inside it', () => {
    const text = 'The relational database is slow.';
    expect(brief(check(text, 'executive').findings)).toEqual(["jargon/relational-database 4-23 'relational database'"]);
    // "database" alone is known to executives, so nothing else is flagged.
    expect(flagged('The database is slow.', 'executive')).toEqual([]);
  });

  test('words split by a full stop or a line break do not form a term', () => {
    expect(flagged('We built a neural. Network effects followed.', 'executive')).toEqual([]);
    expect(flagged('neural\nnetwork', 'executive')).toEqual([]);
  });

  test('the same term is plain for one audience and jargon for another', () => {
    const text = 'The sepsis bundle lifted EBITDA by 2%.';
    expect(flagged(text, 'executive')).toEqual(['sepsis bundle']);
    expect(flagged(text, 'clinician')).toEqual(['EBITDA']);
    expect(flagged(text, 'it')).toEqual(['sepsis bundle', 'EBITDA']);
  });

  test('context words gate an ambiguous acronym', () => {
    expect(flagged('Ask Ed about it.', 'executive')).toEqual([]);
    expect(flagged('Our ED patients wait too long.', 'executive')).toEqual(['ED']);
  });

  test('a capitalised acronym entry does not match the lower-case word', () => {
    expect(flagged('it is what it is', 'patient')).toEqual([]);
  });
});

describe('rewrites', () => {
  test('executive rewrites come first, one-word replacement before the explanation', () => {
    const [f] = check('We bought a neural network.', 'executive').findings;
    expect(f.suggestions.map((s) => s.text)).toEqual(['pattern-learning software', 'software that learns patterns from examples']);
    expect(f.message).toBe('Executives may not know "neural network".');
    expect(f.explanation).toMatch(/executives rarely use/);
  });

  test('are made plural, possessive and capitalised to fit', () => {
    const cases = [
      ['Neural networks flag risk.', 'clinician', 'Computer models trained on past cases'],
      ['We run relational databases.', 'executive', 'databases'],
      ["The relational database's tables.", 'executive', 'database’s'],
    ] as const;
    for (const [text, audience, first] of cases) {
      expect(check(text, audience).findings[0].suggestions[0].text.replace("'", '’')).toBe(first);
    }
  });

  test('a rewrite that cannot take a possessive is not offered', () => {
    const [f] = check("A relational database's tables are many.", 'executive').findings;
    expect(f.suggestions.map((s) => s.text)).toEqual(["database's"]);
  });
});

describe('acronyms', () => {
  test('an undefined acronym is flagged with its spelled-out form first', () => {
    const [f] = check('Our CPOE adoption is at 92%.', 'executive').findings;
    expect(brief([f])).toEqual(["acronym/cpoe 4-8 'CPOE'"]);
    expect(f.suggestions[0]).toEqual({ text: 'computerized physician order entry (CPOE)', note: 'spells it out on first use' });
    expect(f.suggestions[1].text).toBe('electronic ordering');
    // At the start of a sentence the rewrite takes the capital.
    expect(check('CPOE is live.', 'executive').findings[0].suggestions[0].text).toBe('Computerized physician order entry (CPOE)');
  });

  test.each([
    ['long form then acronym', 'We rolled out computerized physician order entry (CPOE) in May. CPOE use is up.'],
    ['acronym then long form', 'We rolled out CPOE (computerized physician order entry) in May. CPOE use is up.'],
    ['title case long form', 'The Computerized Physician Order Entry (CPOE) team met. CPOE use is up.'],
  ])('a definition (%s) makes later uses fine and is not itself flagged', (_name, text) => {
    expect(check(text, 'executive').findings.filter((f) => f.kind === 'acronym')).toEqual([]);
  });

  test('a use before the definition is flagged, later ones are not', () => {
    const text = 'CPOE is live.\n\nWe mean computerized physician order entry (CPOE). CPOE works.';
    const findings = check(text, 'executive').findings.filter((f) => f.kind === 'acronym');
    expect(brief(findings)).toEqual(["acronym/cpoe 0-4 'CPOE'"]);
    expect(findings[0].message).toMatch(/before the draft spells it out/);
  });

  test('Chief Information Officer (CIO) defines an acronym the lexicon does not know', () => {
    expect(flagged('Our Chief Information Officer (CIO) agreed. The CIO will sign.', 'patient')).toEqual([]);
    expect(flagged('The CIO will sign.', 'patient')).toEqual(['CIO']);
  });

  test('an unknown acronym is flagged once, at its first use, as info', () => {
    const findings = check('The XYZ team owns it. XYZ meets weekly.', 'clinician').findings;
    expect(brief(findings)).toEqual(["acronym/undefined 4-7 'XYZ'"]);
    expect(findings[0].severity).toBe('info');
  });

  test('known-to-everyone acronyms, roman numerals and shouted headings are not noise', () => {
    expect(flagged('The CEO asked IT for a Phase III plan.', 'patient')).toEqual([]);
    expect(flagged('URGENT: PLEASE READ BEFORE FRIDAY\nThanks.', 'executive')).toEqual([]);
  });

  test('plural acronyms keep the plural in the suggestion', () => {
    const [f] = check('Most EHRs are slow.', 'patient').findings;
    expect(f.text).toBe('EHRs');
    expect(f.suggestions[0].text).toBe('electronic health records (EHRs)');
  });

  test('spelling an acronym out defines the acronym, not the words: jargon words are still flagged', () => {
    // The reader now knows what the letters stand for, not what the thing is.
    expect(flagged('See computerized physician order entry (CPOE). CPOE is live.', 'executive')).toEqual(['computerized physician order entry']);
    expect(flagged('See computerized physician order entry (CPOE).', 'it')).toEqual([]);
  });

  test('a term the draft explains is not flagged', () => {
    expect(flagged('The sepsis bundle (a set of treatments given within hours) saves lives.', 'executive')).toEqual([]);
    expect(flagged('Real-time, meaning within seconds, updates are planned.', 'executive')).toEqual([]);
    expect(flagged('We bought a relational database, also called a table database.', 'executive')).toEqual([]);
    expect(flagged('Software that learns from examples, also called a neural network, reads the scans.', 'executive')).toEqual([]);
  });

  test('URLs, e-mail addresses and code are not read as prose', () => {
    expect(flagged('See https://example.org/CPOE/ABC or ABC@EXAMPLE.ORG and `XYZ_FLAG`.', 'executive')).toEqual([]);
  });
});

describe('report', () => {
  test('is valid against the schema, ordered and non-overlapping, with exact text', () => {
    const text = `To: CFO\n\nOur neural network reads CPOE orders in real time. XYZ (the new team) and ABC help.\n\nEBITDA rose; relational databases' costs fell.`;
    for (const audience of ['executive', 'clinician', 'it', 'patient']) {
      const report = Report.parse(check(text, audience));
      let end = 0;
      for (const f of report.findings) {
        Finding.parse(f);
        expect(f.start).toBeGreaterThanOrEqual(end);
        expect(text.slice(f.start, f.end)).toBe(f.text);
        end = f.end;
      }
    }
  });

  test('metrics count words, sentences and paragraphs', () => {
    const { metrics } = check('One two three. Four five?\n\nSix 7 eight.', 'executive');
    expect(metrics).toMatchObject({ words: 7, sentences: 3, paragraphs: 2 });
  });

  test('empty and blank drafts give an empty report', () => {
    for (const text of ['', '   \n\n  ']) {
      const r = check(text, 'executive');
      expect(r.findings).toEqual([]);
      expect(r.metrics.words).toBe(0);
    }
  });

  test('an unknown audience is an error that lists the valid ones', () => {
    expect(() => check('text', 'cfo')).toThrow(UnknownAudienceError);
    expect(() => check('text', 'cfo')).toThrow(/executive, clinician, it, patient/);
  });

  test('is the same whether paragraphs come from the cache or not', () => {
    const text = 'Neural networks help.\n\nCPOE (computerized physician order entry) is live.\n\nCPOE works.';
    const cache = new ParagraphCache(testLexicon);
    const cold = analyze(text, { audience: 'executive', cache, detectors: WORD_LEVEL });
    expect(cache.size).toBe(3);
    // The paragraphs move and repeat: cached facts must be re-placed, not reused as they were.
    const moved = `Hello.\n\n${text}\n\nNeural networks help.`;
    const warm = analyze(moved, { audience: 'executive', cache, detectors: WORD_LEVEL });
    const fresh = analyze(moved, { audience: 'executive', cache: new ParagraphCache(testLexicon), detectors: WORD_LEVEL });
    expect(warm).toEqual(fresh);
    expect(warm.findings.map((f) => f.start - 8).slice(0, cold.findings.length)).toEqual(cold.findings.map((f) => f.start));
  });
});

describe('numbered acronyms', () => {
  test('an acronym the lexicon knows, followed by a number, is that acronym', () => {
    const entries = [entry({ id: 'fy', term: 'FY', expansion: 'fiscal year', knownBy: ['executive'] })];
    expect(brief(check('Fund it in FY27.', 'executive', entries).findings)).toEqual([]);
    const [f] = check('Fund it in FY27.', 'clinician', entries).findings;
    expect(brief([f])).toEqual(["acronym/fy 11-15 'FY27'"]);
    expect(f.suggestions[0].text).toBe('fiscal year 27');
  });
});

test('an ambiguous acronym whose context words are missing is left alone, not reported as unknown', () => {
  // The test lexicon's ED needs "patient", "visit" or "boarding" in the paragraph.
  expect(flagged('Ask ED about the budget.', 'executive')).toEqual([]);
  expect(flagged('ED visits rose.', 'executive')).toEqual(['ED']);
});

test('an acronym with a digit is defined by a long form that spells the digit as a word', () => {
  const entries = [entry({ id: 'hl7', term: 'HL7', expansion: 'Health Level Seven', knownBy: ['it'] })];
  expect(check('We use Health Level Seven International (HL7) messages. HL7 is old.', 'executive', entries).findings).toEqual([]);
});

describe('definitions in the wild', () => {
  test('a registered mark does not hide a definition', () => {
    const entries = [entry({ id: 'fhir', term: 'FHIR', expansion: 'Fast Healthcare Interoperability Resources', knownBy: ['it'] })];
    expect(check('Fast Healthcare Interoperability Resources® (FHIR®) is a standard. FHIR is used.', 'executive', entries).findings.map((f) => f.text)).toEqual([]);
    expect(check('FHIR® (Fast Healthcare Interoperability Resources®) is a standard.', 'executive', entries).findings.map((f) => f.text)).toEqual([]);
  });

  test('a long name followed by several acronyms defines each', () => {
    const text = 'The Assistant Secretary for Technology Policy/Office of the National Coordinator for Health IT (ASTP/ONC) published it. ONC says so.';
    expect(flagged(text, 'executive')).toEqual([]);
  });
});

test('a huge paragraph is cut into pieces at word boundaries, and terms are still found in it', async () => {
  const { splitParagraphs, MAX_PARAGRAPH } = await import('../../lib/analysis/text');
  const line = 'the neural network reads orders and the team agrees '.repeat(1200);
  const spans = splitParagraphs(line);
  expect(spans.length).toBeGreaterThan(10);
  for (const s of spans) {
    expect(s.end - s.start).toBeLessThanOrEqual(MAX_PARAGRAPH);
    expect(line[s.start - 1] === undefined || /\s/.test(line[s.start - 1])).toBe(true);
  }
  // With no sentence end in 60,000 characters the cuts fall at spaces, and a cut can split a term:
  // at most one per piece is lost.
  const found = check(line, 'executive').findings.filter((f) => f.text === 'neural network').length;
  expect(found).toBeGreaterThanOrEqual(1200 - spans.length);
});
