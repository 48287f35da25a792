import type { Lexicon } from '../lexicon/compile';
import { builtinLexicon } from '../lexicon';
import { BUILTIN_PROFILES, getProfile } from '../profiles';
import type { Profile } from '../profiles/schema';
import { DETECTORS } from './detectors';
import { knows } from './knows';
import { buildDoc, type Doc, ParagraphCache } from './doc';
import { type Finding, type FindingKind, type Metrics, type Report, SEVERITY_RANK } from './finding';

export interface AnalyzeOptions {
  /** A profile id ("executive") or a profile. */
  audience: string | Profile;
  /** Profiles to resolve an id against; the built-in four by default. */
  profiles?: readonly Profile[];
  /** Detector ids to run; all by default. */
  detectors?: readonly string[];
  /** Reuse across calls so that only changed paragraphs are re-read. */
  cache?: ParagraphCache;
}

let defaultCache: ParagraphCache | undefined;

/** A cache over the built-in lexicon, shared by calls that do not bring their own. */
export function sharedCache(lexicon: Lexicon = builtinLexicon()): ParagraphCache {
  if (defaultCache?.lexicon !== lexicon) defaultCache = new ParagraphCache(lexicon);
  return defaultCache;
}

/**
 * Checks a draft for one audience. Deterministic, no browser or Node APIs: the same call serves the
 * extension, the CLI and the tests. Throws UnknownAudienceError for an unknown audience id.
 */
export function analyze(text: string, options: AnalyzeOptions): Report {
  const profile =
    typeof options.audience === 'string' ? getProfile(options.audience, options.profiles ?? BUILTIN_PROFILES) : options.audience;
  const doc = buildDoc(text, options.cache ?? sharedCache());
  const ids = options.detectors ?? Object.keys(DETECTORS);
  const found: Finding[] = [];
  for (const id of ids) {
    const detector = DETECTORS[id];
    if (!detector) throw new Error(`unknown detector '${id}'; known: ${Object.keys(DETECTORS).join(', ')}`);
    found.push(...detector(doc, profile));
  }
  const findings = resolveOverlaps(found);
  return { audience: profile.id, findings, metrics: metrics(doc, findings, profile) };
}

// Word-level findings first: a sentence or structure note must not hide the jargon inside it.
const KIND_RANK: Record<FindingKind, number> = { jargon: 5, acronym: 5, 'unknown-term': 4, wordy: 3, sentence: 2, structure: 1 };

/**
 * Keeps findings that do not overlap, so that every span can be underlined and replaced on its
 * own: word-level kinds before sentence and structure notes, then higher severity, then the
 * narrower span, then the earlier detector. Returns them ordered by position.
 */
export function resolveOverlaps(findings: Finding[]): Finding[] {
  const ranked = findings
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        KIND_RANK[b.f.kind] - KIND_RANK[a.f.kind] ||
        SEVERITY_RANK[b.f.severity] - SEVERITY_RANK[a.f.severity] ||
        a.f.end - a.f.start - (b.f.end - b.f.start) ||
        a.i - b.i,
    );
  // Kept spans never overlap, so they stay sorted by start: binary search finds the neighbours.
  const kept: Finding[] = [];
  for (const { f } of ranked) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid].start < f.start) lo = mid + 1;
      else hi = mid;
    }
    if ((lo > 0 && kept[lo - 1].end > f.start) || (lo < kept.length && kept[lo].start < f.end)) continue;
    kept.splice(lo, 0, f);
  }
  return kept;
}

function metrics(doc: Doc, findings: readonly Finding[], profile: Profile): Metrics {
  const findingsByKind: Partial<Record<FindingKind, number>> = {};
  for (const f of findings) findingsByKind[f.kind] = (findingsByKind[f.kind] ?? 0) + 1;
  let words = 0;
  let sentences = 0;
  const vocabulary = { common: 0, mid: 0, rare: 0 };
  const knowsClinical = profile.knownDomains.includes('clinical');
  for (const p of doc.paragraphs) {
    words += p.facts.words;
    sentences += p.facts.sentences.length;
    const v = p.facts.vocabulary;
    vocabulary.common += v.common + (knowsClinical ? v.clinical : 0);
    vocabulary.mid += v.mid;
    vocabulary.rare += v.rare + (knowsClinical ? 0 : v.clinical);
    // Lexicon terms count by whether this reader knows them, one per word.
    for (const m of p.facts.terms) vocabulary[knows(profile, m.form.entry) ? 'common' : 'rare'] += m.last - m.first;
  }
  const n = vocabulary.common + vocabulary.mid + vocabulary.rare;
  const jargonScore = n === 0 ? 100 : Math.round(100 * (1 - (0.5 * vocabulary.mid + vocabulary.rare) / n));
  return {
    characters: doc.text.length,
    words,
    sentences,
    paragraphs: doc.paragraphs.length,
    findingsByKind: { jargon: 0, acronym: 0, 'unknown-term': 0, wordy: 0, sentence: 0, structure: 0, ...findingsByKind },
    jargonScore,
    vocabulary,
  };
}
