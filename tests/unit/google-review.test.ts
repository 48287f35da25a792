import { describe, expect, it } from 'vitest';
import { reviewDocument, reviewNotes } from '../../lib/google/review';

describe('checking a whole Google Doc from its text export', () => {
  const exported = '\uFEFFRollout plan\r\n\r\nThe relational database moves in June.\r\nNothing to fix here at all.\r\nCPOE downtime is two hours.\r\n';

  it('lists findings by paragraph, numbered as a reader counts them, offsets inside the paragraph', () => {
    const sections = reviewDocument(exported, { audience: 'executive' });
    expect(sections.map((s) => s.label)).toEqual(['Paragraph 2', 'Paragraph 4']);
    const [first, second] = sections;
    expect(first.text).toBe('The relational database moves in June.');
    expect(first.findings.map((f) => first.text.slice(f.start, f.end))).toEqual(['relational database']);
    expect(first.rewritten).toBe('The database moves in June.');
    expect(second.findings.map((f) => second.text.slice(f.start, f.end))).toEqual(['CPOE']);
    expect(second.rewritten).not.toContain('CPOE downtime is');
  });

  it('an acronym defined in an earlier paragraph is not flagged later', () => {
    const text = 'Computerized physician order entry (CPOE) goes live in June.\nCPOE downtime is two hours.\n';
    expect(reviewDocument(text, { audience: 'executive' }).flatMap((s) => s.findings.map((f) => f.text))).not.toContain('CPOE');
  });

  it('a document with nothing to fix gives no sections', () => {
    expect(reviewDocument('We open the new clinic in June.\n', { audience: 'executive' })).toEqual([]);
  });
});

describe('checking speaker notes slide by slide', () => {
  it('groups findings by slide, with titles, and skips slides without notes or findings', () => {
    const sections = reviewNotes(
      [
        { slide: 1, title: 'Budget', notes: 'EBITDA rose after the go-live.' },
        { slide: 2, title: '', notes: '' },
        { slide: 3, title: '', notes: 'Our neural network flags sepsis early.' },
        { slide: 4, title: 'Thanks', notes: 'Questions welcome.' },
      ],
      { audience: 'clinician' },
    );
    expect(sections.map((s) => s.label)).toEqual(['Slide 1: Budget', 'Slide 3']);
    expect(sections[0].findings.map((f) => f.text)).toEqual(['EBITDA']);
    expect(sections[1].findings.map((f) => f.text)).toEqual(['neural network']);
  });
});
