import type { Profile } from '../../profiles/schema';
import type { Doc } from '../doc';
import type { Finding, Suggestion } from '../finding';
import { anchorIn, contentSentences, hasCue, hasNumberImpact, type Sentence } from '../sentences';
import { note } from './note';

/**
 * Bottom line up front: the ask, decision or recommendation (or the impact) in the first two
 * sentences. When it comes later, the note sits on it and offers to move it to the top.
 */
export function bottomLine(doc: Doc, profile: Profile): Finding[] {
  if (!profile.checks.includes('bottom-line')) return [];
  const content = contentSentences(doc);
  if (content.length < 3) return [];
  const leads = content.slice(0, 2);
  if (leads.some((s) => hasCue(s.text, 'ask'))) return [];
  const ask = content.slice(2).find((s) => hasCue(s.text, 'ask'));
  if (!ask) return [];
  const anchor = anchorIn(ask);
  if (!anchor) return [];
  const position = content.indexOf(ask) + 1;
  return [
    note(
      'structure/bottom-line',
      'structure',
      'warning',
      anchor,
      `The ask comes in sentence ${position}; ${profile.readers} want the decision first. Move it to the top.`,
      'Executives read the first lines and decide whether to read on: lead with what you need from them and why it matters.',
      leads.some((s) => hasNumberImpact(s.text)) ? [] : [moveToTop(doc, content[0], ask)],
    ),
  ];
}

/** One replacement that puts the ask sentence first, as its own paragraph, and keeps the rest in order. */
function moveToTop(doc: Doc, first: Sentence, ask: Sentence): Suggestion {
  const before = doc.text.slice(first.start, ask.start).replace(/\s+$/, '');
  const after = doc.text.slice(ask.end);
  const rest = /^[ \t]*/.exec(after)![0];
  const askOpensParagraph = ask.index === 0;
  const restOfParagraph = after.length > rest.length && !/^[ \t]*\n/.test(after);
  const end = ask.end + rest.length;
  const text = `${ask.text}\n\n${before}${restOfParagraph ? (askOpensParagraph ? '\n\n' : ' ') : ''}`;
  return { text, note: 'moves this sentence to the top', replaces: { start: first.start, end, text: doc.text.slice(first.start, end) } };
}
