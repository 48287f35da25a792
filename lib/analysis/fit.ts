import type { Profile } from '../profiles/schema';
import type { AudienceFit, Finding } from './finding';

type Area = 'jargon' | 'readability' | 'structure';

/** How much each area may cost at most, so one kind of problem cannot hide the others. */
const CAP: Record<Area, number> = { jargon: 45, readability: 25, structure: 35 };

/** Points a finding costs, and in which area. Only findings cost points: every loss is traceable. */
function cost(f: Finding): { area: Area; points: number } | null {
  if (f.kind === 'jargon' || f.kind === 'acronym') return { area: 'jargon', points: f.severity === 'warning' ? 5 : 2 };
  if (f.kind === 'unknown-term') return { area: 'jargon', points: 2 };
  if (f.kind === 'wordy') return { area: 'jargon', points: 1 };
  const rule = f.ruleId.slice(f.ruleId.indexOf('/') + 1);
  if (f.kind === 'sentence') {
    const points: Record<string, number> = { 'reading-grade': 5, long: f.severity === 'warning' ? 4 : 2, passive: 1, hedge: 1 };
    return { area: 'readability', points: points[rule] ?? 1 };
  }
  const points: Record<string, number> = {
    'bottom-line': 15,
    'clear-ask': f.severity === 'warning' ? 12 : 6,
    'impact-numbers': 12,
    length: 6,
    'technical-density': 6,
    'patient-impact': 10,
    'workflow-impact': 10,
    evidence: 6,
    requirement: 10,
    constraint: 6,
    'second-person': 6,
  };
  return { area: 'structure', points: points[rule] ?? 5 };
}

// The words of the one-line summary, per rule.
const REASON: Record<string, string> = {
  'structure/bottom-line': 'bottom line buried',
  'structure/clear-ask': 'no clear ask',
  'structure/impact-numbers': 'no numbers',
  'structure/length': 'too long',
  'structure/technical-density': 'too technical',
  'structure/patient-impact': 'patient impact missing',
  'structure/workflow-impact': 'workflow impact missing',
  'structure/evidence': 'no evidence cited',
  'structure/requirement': 'no requirement stated',
  'structure/constraint': 'no constraints stated',
  'structure/second-person': 'not addressed to "you"',
  'sentence/reading-grade': 'hard to read',
  'sentence/long': 'long sentences',
};

/**
 * The audience fit: 100 less the points each finding costs, capped per area. Deterministic and
 * explainable: `deductions` lists every point lost and the finding it comes from.
 */
export function audienceFit(findings: readonly Finding[], profile: Profile): AudienceFit {
  const lost: Record<Area, number> = { jargon: 0, readability: 0, structure: 0 };
  const deductions: AudienceFit['deductions'] = [];
  for (const f of findings) {
    const c = cost(f);
    if (!c) continue;
    const points = Math.min(c.points, CAP[c.area] - lost[c.area]);
    if (points <= 0) continue;
    lost[c.area] += points;
    deductions.push({ ruleId: f.ruleId, start: f.start, end: f.end, area: c.area, points });
  }
  const score = 100 - lost.jargon - lost.readability - lost.structure;
  // The summary names the two costliest reasons, counting jargon terms together.
  const reasons = new Map<string, number>();
  const jargonTerms = findings.filter((f) => f.kind === 'jargon' || f.kind === 'acronym').length;
  if (jargonTerms > 0) reasons.set(`${jargonTerms} jargon term${jargonTerms === 1 ? '' : 's'}`, lost.jargon);
  for (const d of deductions) {
    const reason = REASON[d.ruleId];
    if (reason) reasons.set(reason, (reasons.get(reason) ?? 0) + d.points);
  }
  const top = [...reasons].filter(([, p]) => p > 0).sort((a, b) => b[1] - a[1]).slice(0, 2).map(([r]) => r);
  const summary = `${profile.label} fit ${score}${top.length ? ` — ${top.join(', ')}` : ''}`;
  return { score, breakdown: { jargon: lost.jargon, readability: lost.readability, structure: lost.structure }, deductions, summary };
}
