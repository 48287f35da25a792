import type { LoadedEntry, TermMatch } from '../../lexicon/compile';
import type { Profile } from '../../profiles/schema';
import type { AcronymDefinition } from '../acronyms';
import type { Doc, Paragraph } from '../doc';
import type { Finding, Suggestion } from '../finding';
import { inflect } from '../inflect';
import { knows, rewriteSuggestions } from '../knows';
import { explainEntry, mayNotKnow } from '../messages';
import { matchShape } from '../shape';
import { isAcronymWord } from '../tokenize';

// Roman numerals read as capitals ("Phase III") but are not acronyms.
const ROMAN = /^(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XX)$/;

/**
 * Acronyms this reader does not know, unless the draft spells them out first. A definition is
 * "long form (ACR)" or "ACR (long form)"; uses after it are fine, uses before it are flagged.
 * Acronyms the lexicon knows get its rewrites; others are flagged once, at their first use.
 */
export function acronym(doc: Doc, profile: Profile): Finding[] {
  const firstDefinition = new Map<string, AcronymDefinition & { at: number }>();
  for (const p of doc.paragraphs) {
    for (const d of p.facts.definitions) {
      if (!firstDefinition.has(d.acronym)) firstDefinition.set(d.acronym, { ...d, at: p.start + d.start });
    }
  }
  const findings: Finding[] = [];
  const flaggedUnknown = new Set<string>();
  const seen = new Set<string>();
  for (const p of doc.paragraphs) {
    const { tokens } = p.facts;
    for (const { token: ti, acr, entry, term, numbered } of acronymOccurrences(doc, p)) {
      const token = tokens[ti];
      const firstUse = !seen.has(acr);
      seen.add(acr);
      if (entry && knows(profile, entry)) continue;
      const at = p.start + token.start;
      const def = firstDefinition.get(acr);
      if (def && def.at <= at) continue; // defined here or earlier
      if (!entry && flaggedUnknown.has(acr)) continue;
      const text = p.text.slice(token.start, token.end);
      let suggestions: Suggestion[] = [];
      if (entry && term) {
        const shape = matchShape(p.text, tokens, term);
        const spelled = entry.expansion ? inflect(entry.expansion, { ...shape, possessive: null }) : null;
        const rewrites = rewriteSuggestions(profile, entry, shape);
        suggestions =
          firstUse && spelled && !shape.possessive
            ? [{ text: `${spelled} (${text})`, note: 'spells it out on first use' }, ...rewrites]
            : [...rewrites, ...(spelled && !shape.possessive ? [{ text: spelled }] : [])];
      } else if (entry?.expansion && numbered) {
        suggestions = [{ text: `${entry.expansion} ${numbered[2]}` }];
      } else {
        flaggedUnknown.add(acr);
      }
      const advice = def
        ? 'it is used here before the draft spells it out'
        : firstUse
          ? 'spell it out on first use'
          : 'it is not spelled out anywhere in the draft';
      findings.push({
        ruleId: entry ? `acronym/${entry.id}` : 'acronym/undefined',
        kind: 'acronym',
        severity: entry ? 'warning' : 'info',
        start: at,
        end: at + text.length,
        text,
        message: mayNotKnow(profile, acr, advice),
        explanation: entry
          ? explainEntry(entry, profile)
          : `An abbreviation the draft does not spell out. Unless every reader uses it daily, write it out in full the first time, with the abbreviation in brackets.`,
        suggestions,
      });
    }
  }
  return findings;
}

interface Occurrence {
  token: number;
  acr: string;
  entry?: LoadedEntry;
  term?: TermMatch;
  numbered?: RegExpExecArray | null;
}

/**
 * The acronym-like words of a paragraph and what the lexicon says of each: the same for every
 * reader, so kept with the paragraph's cached facts; the detector then only decides.
 */
function acronymOccurrences(doc: Doc, p: Paragraph): Occurrence[] {
  const cached = p.facts.results.get('acronym-occurrences') as Occurrence[] | undefined;
  if (cached) return cached;
  const { tokens, terms, shouted } = p.facts;
  const out: Occurrence[] = [];
  let t = 0;
  let nextTerm = 0;
  while (t < tokens.length) {
    while (nextTerm < terms.length && terms[nextTerm].last <= t) nextTerm++;
    const term: TermMatch | undefined = terms[nextTerm]?.first === t ? terms[nextTerm] : undefined;
    if (term && !term.form.acronym) {
      t = term.last; // a longer term covers this word
      continue;
    }
    const index = t++;
    const acr = tokens[index].bare;
    // "FY27", "Q3FY26": a known acronym with a number after it is that acronym.
    const numbered = term ? undefined : /^([A-Z&]{2,})(\d+)$/.exec(acr);
    const entry: LoadedEntry | undefined = term?.form.entry ?? (numbered ? doc.lexicon.acronyms.get(numbered[1]) : undefined);
    if (!entry && (!isAcronymWord(acr) || ROMAN.test(acr) || shouted.has(index))) continue;
    // A lexicon acronym whose context words are missing is ambiguous here ("OR" in "A OR B"):
    // better silent than wrong.
    if (!entry && doc.lexicon.acronyms.has(acr)) continue;
    out.push({ token: index, acr, entry, term, numbered });
  }
  p.facts.results.set('acronym-occurrences', out);
  return out;
}
