import type { DomainId, LoadedEntry } from '../lexicon/compile';
import type { Profile } from '../profiles/schema';
import { capitalize } from './inflect';

// One wording pattern for every rule: '<Readers> may not know "<words>"[; advice].'
export function mayNotKnow(profile: Profile, words: string, advice?: string): string {
  return `${capitalize(profile.readers)} may not know "${words}"${advice ? `; ${advice}` : ''}.`;
}

export function wordyMessage(words: string): string {
  return `"${words}" is wordy or a buzzword; plain words read faster.`;
}

const DOMAIN_NOUN: Record<DomainId | 'custom', string> = {
  custom: "term from your organisation's glossary",
  'ai-data': 'data and AI term',
  'it-infra': 'IT term',
  'health-it': 'health-IT term',
  clinical: 'clinical term',
  'finance-ops': 'finance and operations term',
  regulatory: 'regulatory term',
  general: 'term',
  'plain-language': 'wordy phrase',
};

export function explainEntry(entry: LoadedEntry, profile: Profile): string {
  if (entry.domain === 'plain-language') return entry.meaning;
  const kind = entry.expansion ? `abbreviation (${entry.expansion})` : DOMAIN_NOUN[entry.domain];
  return `${/^[aeiou]/i.test(kind) ? "An" : "A"} ${kind} that ${profile.readers} rarely use. ${entry.meaning}`;
}
