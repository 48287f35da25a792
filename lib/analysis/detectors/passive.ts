import { getNlp, type Nlp } from '../nlp';
import type { Profile } from '../../profiles/schema';
import type { Doc } from '../doc';
import type { Finding, Suggestion } from '../finding';
import { capitalize } from '../inflect';
import { memoTable } from '../memo';
import { sentences } from '../sentences';
import { note } from './note';

interface Term {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
  normal: string;
  pre: string;
  post: string;
}

// Cheap filter before any parse: a form of "be" followed (within a word) by a participle.
const MAYBE_PASSIVE =
  /\b(?:am|is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?(?:\w+(?:ed|en|wn|ne|lt|pt|ht|ng|id)|cut|set|put|made|run|held|sent|built|paid|read|met|kept|left|lost|won|hit|shut|spent|sold|told|found|bought|brought|caught|taught|thought|led|fed|hurt)\b/i;
// "Excited by", "concerned about": adjectives that look passive; no rewrite is offered.
const FEELINGS = /^(?:excited|interested|pleased|concerned|worried|surprised|delighted|disappointed|thrilled|satisfied|impressed|encouraged|committed|involved|based|located|designed|supposed|required|expected|done|finished|gone|unchanged|unaffected|closed|open|available|aware|used to|married|tired|bored|scheduled|staffed)$/i;
const OBJECT_TO_SUBJECT: Record<string, string> = { me: 'I', us: 'we', them: 'they', him: 'he', her: 'she', it: 'it', you: 'you' };
const SUBJECT_TO_OBJECT: Record<string, string> = { i: 'me', we: 'us', they: 'them', he: 'him', she: 'her', it: 'it', you: 'you' };

const parses = memoTable<string, Term[]>(5000);
function parse(nlp: Nlp, sentence: string): Term[] {
  return parses.get(sentence, () => (nlp(sentence).json({ offset: true }) as { terms: Term[] }[]).flatMap((s) => s.terms));
}

/** The verb for the active sentence; a pronoun frame makes compromise read the word as a verb. */
function conjugate(nlp: Nlp, infinitive: string, tense: 'past' | 'present', pluralAgent: boolean): string | null {
  if (tense === 'present' && pluralAgent) return infinitive;
  const frame = tense === 'past' ? 'they' : 'it';
  const verbs = nlp(`${frame} ${infinitive}`).verbs();
  if (verbs.length === 0) return null;
  const out = (tense === 'past' ? verbs.toPastTense() : verbs.toPresentTense()).text().trim();
  return /^[\p{L}'’-]+$/u.test(out) ? out : null;
}

/**
 * The active rewrite of "<subject> was <verb>ed by <agent> …" as "<agent> <verb>ed <subject> …",
 * or null where one would be wrong: no agent, a perfect or modal tense, a subject or agent that is
 * not a short noun phrase.
 */
function activeRewrite(nlp: Nlp, terms: Term[], aux: number): { start: number; end: number; text: string } | null {
  const be = terms[aux].normal;
  const tense = be === 'was' || be === 'were' ? 'past' : be === 'is' || be === 'are' ? 'present' : null;
  const verb = terms[aux + 1];
  if (!tense || !verb || !verb.tags.includes('Passive') || terms[aux + 2]?.normal !== 'by') return null;
  // The subject: from the start of the clause to "was", a short noun phrase.
  let first = aux - 1;
  while (first > 0 && !/[,;:]/.test(terms[first - 1].post) && aux - first < 6) first--;
  // "…, and the plan is reviewed": the conjunction stays where it is.
  while (first < aux && terms[first].tags.includes('Conjunction')) first++;
  const subject = terms.slice(first, aux);
  const clauseStart = first === 0 || /[,;:]/.test(terms[first - 1].post) || terms[first - 1].tags.includes('Conjunction');
  if (subject.length === 0 || !clauseStart || !subject.some((t) => t.tags.some((g) => g === 'Noun' || g === 'Pronoun'))) return null;
  if (subject.some((t) => t.tags.includes('Verb') || t.tags.includes('Preposition'))) return null;
  // The agent: after "by", determiners, numbers, adjectives and nouns, ending at a noun.
  let last = aux + 3;
  while (last < terms.length && !terms[last].tags.includes('Date') && !terms[last].tags.includes('Duration') && terms[last].tags.some((g) => g === 'Determiner' || g === 'Value' || g === 'Adjective' || g === 'Noun' || g === 'Possessive' || g === 'Pronoun') && !/[,;:.!?]/.test(terms[last - 1].post)) last++;
  // "by 400 clinicians every day": the agent ends at its last noun.
  while (last > aux + 3 && !terms[last - 1].tags.some((g) => g === 'Noun' || g === 'Pronoun')) last--;
  const agent = terms.slice(aux + 3, last);
  if (agent.length === 0 || agent.length > 5 || !agent[agent.length - 1].tags.some((g) => g === 'Noun' || g === 'Pronoun')) return null;
  const infinitive = nlp(`they ${verb.text}`).verbs().toInfinitive().text().trim();
  // compromise could not find the verb's root ("overridden"): better no rewrite than a wrong one.
  if (!infinitive || (infinitive === verb.normal && !/ed$/.test(verb.normal))) return null;
  const pluralAgent = agent.some((t) => t.tags.includes('Plural') || /^(?:we|they|you|i)$/i.test(t.normal)) || (agent[0].tags.includes('Value') && agent[0].normal !== '1' && agent[0].normal !== 'one');
  const verbText = conjugate(nlp, infinitive, tense, pluralAgent);
  if (!verbText) return null;
  const words = (ts: Term[]) => ts.map((t, i) => (i === ts.length - 1 ? t.text : t.text + t.post)).join('');
  const agentText = agent.length === 1 && OBJECT_TO_SUBJECT[agent[0].normal] ? OBJECT_TO_SUBJECT[agent[0].normal] : words(agent);
  let subjectText = subject.length === 1 && SUBJECT_TO_OBJECT[subject[0].normal] ? SUBJECT_TO_OBJECT[subject[0].normal] : words(subject);
  const start = subject[0].offset.start;
  const end = agent[agent.length - 1].offset.start + agent[agent.length - 1].offset.length;
  // At the start of the sentence the capital moves with the words; names and acronyms keep theirs.
  const atStart = first === 0;
  if (atStart && !subject[0].tags.includes('ProperNoun') && !/^[A-Z]{2,}/.test(subject[0].text)) subjectText = subjectText[0].toLowerCase() + subjectText.slice(1);
  const text = `${atStart ? capitalize(agentText) : agentText} ${verbText} ${subjectText}`;
  return { start, end, text };
}

/** Passive voice ("the upgrade was approved by the board"), with an active rewrite where one is safe. */
export function passive(doc: Doc, profile: Profile): Finding[] {
  const nlp = getNlp();
  if (!profile.checks.includes('passive') || !nlp) return [];
  const out: Finding[] = [];
  for (const s of sentences(doc)) {
    if (!MAYBE_PASSIVE.test(s.text)) continue;
    const terms = parse(nlp, s.text);
    for (let i = 0; i < terms.length - 1; i++) {
      const t = terms[i];
      if (!t.tags.includes('Passive') || !t.tags.includes('Auxiliary') && !t.tags.includes('Copula')) continue;
      // The run of auxiliaries ("has been") up to the participle.
      let j = i;
      while (j + 1 < terms.length && !terms[j + 1].tags.includes('PastTense') && !terms[j + 1].tags.includes('Participle') && terms[j + 1].tags.includes('Passive')) j++;
      const verb = terms[j + 1];
      if (!verb || !verb.tags.includes('Passive') || FEELINGS.test(verb.text)) {
        i = j;
        continue;
      }
      const start = s.start + t.offset.start;
      const end = s.start + verb.offset.start + verb.offset.length;
      const rewrite = j === i ? activeRewrite(nlp, terms, i) : null;
      const suggestions: Suggestion[] = rewrite
        ? [{ text: rewrite.text, note: 'active voice', replaces: { start: s.start + rewrite.start, end: s.start + rewrite.end, text: s.text.slice(rewrite.start, rewrite.end) } }]
        : [];
      out.push(
        note(
          'sentence/passive',
          'sentence',
          'info',
          { start, end, text: doc.text.slice(start, end) },
          `"${doc.text.slice(start, end)}" is passive; say who does it.`,
          rewrite ? 'Active sentences name who acts first, and read faster.' : 'Active sentences name who acts first. Say who does it, if you know.',
          suggestions,
        ),
      );
      i = j + 1;
    }
  }
  return out;
}
