import type { Profile } from '../../profiles/schema';
import type { Doc } from '../doc';
import type { Finding } from '../finding';
import type { UnknownCandidate } from '../unknown';
import { mayNotKnow } from '../messages';

const RULE: Record<UnknownCandidate['cls'], string> = {
  rare: 'unknown-term/rare-word',
  clinical: 'unknown-term/clinical-word',
  product: 'unknown-term/product-name',
  'unit-clinical': 'unknown-term/unit',
  'unit-it': 'unknown-term/unit',
};

const WHY: Record<UnknownCandidate['cls'], string> = {
  rare: 'A word that is rare in everyday English and not in our lexicon.',
  clinical: 'It is built from medical word parts, so it is probably a clinical term; our lexicon does not list it.',
  product: 'It looks like the name of a product or system; readers outside the project may not know what it is.',
  'unit-clinical': 'A measurement in clinical units; readers outside medicine may not know what the number means.',
  'unit-it': 'A measurement in technical units; readers outside IT may not know what the number means.',
};

const ADVICE: Record<UnknownCandidate['cls'], string> = {
  rare: 'define it or use a plainer word',
  clinical: 'define it or use a plainer word',
  product: 'say what it is the first time',
  'unit-clinical': 'say what the number means',
  'unit-it': 'say what the number means',
};

function flaggedFor(profile: Profile, c: UnknownCandidate): boolean {
  switch (c.cls) {
    case 'clinical':
    case 'unit-clinical':
      return !profile.knownDomains.includes('clinical');
    case 'unit-it':
      return !profile.knownDomains.includes('it-infra');
    case 'rare':
      return profile.flagRareWords;
    case 'product':
      return true;
  }
}

/**
 * Words the lexicon does not list that are probably jargon for this reader: rare in everyday
 * English, built from medical word parts, product-like names, numbers with technical units. Lower
 * severity than lexicon hits; flagged once each, and not at all once the draft explains them.
 */
export function unknownTerm(doc: Doc, profile: Profile): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const p of doc.paragraphs) {
    for (const c of p.facts.unknown) {
      if (seen.has(c.lemma)) continue;
      seen.add(c.lemma);
      if (c.defines || !flaggedFor(profile, c)) continue;
      findings.push({
        ruleId: RULE[c.cls],
        kind: 'unknown-term',
        severity: 'info',
        start: p.start + c.start,
        end: p.start + c.end,
        text: c.text,
        message: mayNotKnow(profile, c.text, ADVICE[c.cls]),
        explanation: WHY[c.cls],
        suggestions: [],
      });
    }
  }
  return findings;
}
