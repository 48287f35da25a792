import type { Lexicon } from '../lexicon/compile';
import { builtinLexicon } from '../lexicon';
import { BUILTIN_PROFILES, getProfile } from '../profiles';
import type { Profile } from '../profiles/schema';
import { DETECTORS } from './detectors';
import { knows } from './knows';
import { draftGrade } from './detectors/reading-grade';
import { audienceFit } from './fit';
import { buildDoc, type Doc, ParagraphCache } from './doc';
import { type Finding, type FindingKind, type Metrics, type Report, SEVERITY_RANK } from './finding';

export interface AnalyzeOptions {
  /** A profile id ("executive") or a profile; several for a mixed audience (an email to the CFO and the CNO). */
  audience: string | Profile | readonly (string | Profile)[];
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

/** Detectors whose findings in a paragraph depend on that paragraph alone: cached with it. */
const PARAGRAPH_LOCAL = new Set(['jargon', 'long-sentence', 'passive', 'hedges', 'reading-grade']);

const profileKeys = new WeakMap<Profile, number>();
let nextProfileKey = 1;
function profileKey(profile: Profile): number {
  let key = profileKeys.get(profile);
  if (key === undefined) profileKeys.set(profile, (key = nextProfileKey++));
  return key;
}

/**
 * Runs a paragraph-local detector on each paragraph alone (as a one-paragraph draft), keeps the
 * result with the paragraph's cached facts, and places it at the paragraph's offset. After a
 * keystroke only the paragraph that changed is looked at again.
 */
function perParagraph(doc: Doc, id: string, detector: (doc: Doc, profile: Profile) => Finding[], profile: Profile): Finding[] {
  const key = `${id}|${profileKey(profile)}`;
  const out: Finding[] = [];
  for (const p of doc.paragraphs) {
    let local = p.facts.results.get(key) as Finding[] | undefined;
    if (!local) {
      local = detector({ text: p.text, lexicon: doc.lexicon, paragraphs: [{ ...p, start: 0, end: p.text.length }] }, profile);
      p.facts.results.set(key, local);
    }
    for (const f of local) out.push(p.start === 0 ? f : shift(f, p.start));
  }
  return out;
}

function shift(f: Finding, by: number): Finding {
  return {
    ...f,
    start: f.start + by,
    end: f.end + by,
    suggestions: f.suggestions.some((s) => s.replaces)
      ? f.suggestions.map((s) => (s.replaces ? { ...s, replaces: { ...s.replaces, start: s.replaces.start + by, end: s.replaces.end + by } } : s))
      : f.suggestions,
  };
}

/**
 * Checks a draft for one audience. Deterministic, no browser or Node APIs: the same call serves the
 * extension, the CLI and the tests. Throws UnknownAudienceError for an unknown audience id.
 */
export function analyze(text: string, options: AnalyzeOptions): Report {
  const resolve = (a: string | Profile) => (typeof a === 'string' ? getProfile(a, options.profiles ?? BUILTIN_PROFILES) : a);
  const audiences = Array.isArray(options.audience) ? [...new Set(options.audience as (string | Profile)[])] : [options.audience as string | Profile];
  if (audiences.length === 0) throw new Error('no audience given');
  if (audiences.length > 1) return analyzeMixed(text, audiences.map(resolve), options);
  const profile = resolve(audiences[0]);
  const doc = buildDoc(text, options.cache ?? sharedCache());
  const ids = options.detectors ?? Object.keys(DETECTORS);
  const found: Finding[] = [];
  for (const id of ids) {
    const detector = DETECTORS[id];
    if (!detector) throw new Error(`unknown detector '${id}'; known: ${Object.keys(DETECTORS).join(', ')}`);
    if (profile.detectorsOff?.includes(id)) continue;
    if (PARAGRAPH_LOCAL.has(id)) found.push(...perParagraph(doc, id, detector, profile));
    else found.push(...detector(doc, profile));
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
  // Sorted by position, findings fall into clusters that overlap; most are alone. Only a cluster
  // of two or more needs the ranking, so a long draft costs one sort.
  const byStart = findings.map((f, i) => ({ f, i })).sort((a, b) => a.f.start - b.f.start || a.i - b.i);
  const out: Finding[] = [];
  let cluster: { f: Finding; i: number }[] = [];
  let clusterEnd = -1;
  const flush = () => {
    if (cluster.length === 1) out.push(cluster[0].f);
    else if (cluster.length > 1) out.push(...resolveCluster(cluster));
    cluster = [];
  };
  for (const item of byStart) {
    if (item.f.start >= clusterEnd) flush();
    cluster.push(item);
    clusterEnd = Math.max(clusterEnd, item.f.end);
  }
  flush();
  return out;
}

function resolveCluster(cluster: { f: Finding; i: number }[]): Finding[] {
  const ranked = [...cluster].sort(
    (a, b) =>
      KIND_RANK[b.f.kind] - KIND_RANK[a.f.kind] ||
      SEVERITY_RANK[b.f.severity] - SEVERITY_RANK[a.f.severity] ||
      a.f.end - a.f.start - (b.f.end - b.f.start) ||
      a.i - b.i,
  );
  const kept: Finding[] = [];
  for (const { f } of ranked) {
    if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
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
    const key = `vocabulary|${profileKey(profile)}`;
    let counts = p.facts.results.get(key) as { common: number; mid: number; rare: number } | undefined;
    if (!counts) {
      const v = p.facts.vocabulary;
      counts = { common: v.common + (knowsClinical ? v.clinical : 0), mid: v.mid, rare: v.rare + (knowsClinical ? 0 : v.clinical) };
      // Lexicon terms count by whether this reader knows them, one per word.
      for (const m of p.facts.terms) counts[knows(profile, m.form.entry) ? 'common' : 'rare'] += m.last - m.first;
      p.facts.results.set(key, counts);
    }
    vocabulary.common += counts.common;
    vocabulary.mid += counts.mid;
    vocabulary.rare += counts.rare;
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
    readingGrade: draftGrade(doc),
    audienceFit: audienceFit(findings, profile),
  };
}

const WORD_LEVEL = new Set<FindingKind>(['jargon', 'acronym', 'unknown-term', 'wordy']);

function readersOf(profiles: readonly Profile[]): string {
  const names = profiles.map((p) => p.readers);
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return list[0].toUpperCase() + list.slice(1);
}

/**
 * A mixed audience: a term is flagged when any of the readers does not know it, and the message
 * and each rewrite say for whom. Sentence and structure checks of every reader apply.
 */
function analyzeMixed(text: string, profiles: Profile[], options: AnalyzeOptions): Report {
  const reports = profiles.map((p) => analyze(text, { ...options, audience: p }));
  const merged = new Map<string, { finding: Finding; who: Profile[]; suggestions: Map<string, { s: Finding['suggestions'][number]; who: Profile[] }> }>();
  reports.forEach((report, i) => {
    for (const f of report.findings) {
      const key = `${f.start}:${f.end}:${f.ruleId}`;
      let m = merged.get(key);
      if (!m) {
        m = { finding: f, who: [], suggestions: new Map() };
        merged.set(key, m);
      }
      m.who.push(profiles[i]);
      for (const s of f.suggestions) {
        const entry = m.suggestions.get(s.text) ?? { s, who: [] };
        entry.who.push(profiles[i]);
        m.suggestions.set(s.text, entry);
      }
    }
  });
  const findings: Finding[] = [];
  for (const { finding, who, suggestions } of merged.values()) {
    if (!WORD_LEVEL.has(finding.kind)) {
      findings.push(finding);
      continue;
    }
    // "Executives may not know …" becomes "Executives and clinicians may not know …".
    const message = finding.message.startsWith(who[0].readers[0].toUpperCase() + who[0].readers.slice(1))
      ? readersOf(who) + finding.message.slice(who[0].readers.length)
      : finding.message;
    findings.push({
      ...finding,
      message,
      suggestions: [...suggestions.values()].map(({ s, who: w }) =>
        w.length === who.length ? s : { ...s, note: [s.note, `for ${w.map((p) => p.readers).join(' and ')}`].filter(Boolean).join('; ') },
      ),
    });
  }
  const kept = resolveOverlaps(findings);
  // The scores are the hardest reader's: the draft must work for every one of them.
  const worst = reports.reduce((a, b) => (b.metrics.jargonScore < a.metrics.jargonScore ? b : a));
  const label = profiles.map((p) => p.label).join(' + ');
  const fit = audienceFit(kept, { ...profiles[0], label });
  const findingsByKind = { jargon: 0, acronym: 0, 'unknown-term': 0, wordy: 0, sentence: 0, structure: 0 } as Record<FindingKind, number>;
  for (const f of kept) findingsByKind[f.kind]++;
  return {
    audience: profiles.map((p) => p.id).join('+'),
    findings: kept,
    metrics: { ...worst.metrics, findingsByKind, audienceFit: fit },
  };
}
