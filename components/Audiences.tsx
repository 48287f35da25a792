import { useState } from 'react';
import { FormFooter } from './FormFooter';
import { configProfiles } from '../lib/config/profiles';
import { CustomAudience, formatIssues, type TeamConfig } from '../lib/config/schema';
import { AUDIENCE_IDS, type AudienceId, DOMAIN_IDS } from '../lib/lexicon/schema';
import { CHECK_IDS, type Profile } from '../lib/profiles/schema';

const WORD_DETECTORS = ['jargon', 'acronym', 'unknown-term'] as const;

/** Audiences: tune the built-in ones, or make a new one from a built-in ("Board of trustees", "Pharmacy"). */
export function Audiences({ config, save }: { config: TeamConfig; save: (c: TeamConfig) => Promise<void> }) {
  const profiles = configProfiles(config);
  const [editing, setEditing] = useState<CustomAudience | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [base, setBase] = useState<AudienceId>('executive');
  const [label, setLabel] = useState('');

  const fromProfile = (p: Profile): CustomAudience => ({
    id: p.id,
    label: p.label,
    base: p.vocabulary,
    readers: p.readers,
    description: p.description,
    knownDomains: p.knownDomains,
    readingGradeTarget: p.readingGradeTarget,
    maxSentenceWords: p.maxSentenceWords,
    maxWords: p.maxWords,
    checks: p.checks,
    flagRareWords: p.flagRareWords,
    detectorsOff: (p.detectorsOff ?? []) as CustomAudience['detectorsOff'],
  });

  const submit = async () => {
    if (!editing) return;
    const parsed = CustomAudience.safeParse(editing);
    if (!parsed.success) return setErrors(formatIssues(parsed.error));
    const audiences = config.audiences.some((a) => a.id === editing.id) ? config.audiences.map((a) => (a.id === editing.id ? parsed.data : a)) : [...config.audiences, parsed.data];
    if (!(await save({ ...config, audiences }).then(() => true, () => false))) return;
    setEditing(null);
    setErrors([]);
  };

  const toggle = <T extends string>(list: readonly T[] | undefined, item: T, on: boolean): T[] => (on ? [...new Set([...(list ?? []), item])] : (list ?? []).filter((x) => x !== item));

  return (
    <section aria-labelledby="aud-h">
      <h2 id="aud-h">Audiences</h2>
      <ul aria-label="Audiences">
        {profiles.map((p) => (
          <li key={p.id}>
            <span>
              <strong>{p.label}</strong> <span className="muted">— grade {p.readingGradeTarget}, sentences up to {p.maxSentenceWords} words, {p.checks.length} checks</span>
            </span>
            <span className="row">
              <button aria-label={`Tune ${p.label}`} onClick={() => setEditing(fromProfile(p))}>
                Tune
              </button>
              {config.audiences.some((a) => a.id === p.id) ? (
                <button aria-label={`Reset ${p.label}`} onClick={() => void save({ ...config, audiences: config.audiences.filter((a) => a.id !== p.id) }).catch(() => undefined)}>
                  {AUDIENCE_IDS.includes(p.id as AudienceId) ? 'Reset' : 'Delete'}
                </button>
              ) : null}
            </span>
          </li>
        ))}
      </ul>
      <div className="row">
        <input aria-label="New audience name" placeholder="New audience, e.g. Board of trustees" value={label} onChange={(e) => setLabel(e.currentTarget.value)} />
        <select aria-label="Based on" value={base} onChange={(e) => setBase(e.currentTarget.value as AudienceId)}>
          {AUDIENCE_IDS.map((a) => (
            <option key={a} value={a}>
              based on {profiles.find((p) => p.id === a)?.label}
            </option>
          ))}
        </select>
        <button
          disabled={!label.trim()}
          onClick={() => {
            const id = label.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'audience';
            const p = profiles.find((x) => x.id === base)!;
            setEditing({ ...fromProfile(p), id, label: label.trim(), readers: label.trim().toLowerCase(), description: `${label.trim()} (based on ${p.label}).`, base });
            setLabel('');
          }}
        >
          Create
        </button>
      </div>
      {editing ? (
        <form className="term-form" aria-label={`Audience ${editing.label}`} onSubmit={(e) => (e.preventDefault(), void submit())}>
          <label>
            Name <input value={editing.label} onChange={(e) => setEditing({ ...editing, label: e.currentTarget.value })} />
          </label>
          <label>
            Reading grade target <input type="number" min={1} max={20} value={editing.readingGradeTarget} onChange={(e) => setEditing({ ...editing, readingGradeTarget: Number(e.currentTarget.value) })} />
          </label>
          <label>
            Longest sentence (words) <input type="number" min={5} max={80} value={editing.maxSentenceWords} onChange={(e) => setEditing({ ...editing, maxSentenceWords: Number(e.currentTarget.value) })} />
          </label>
          <fieldset>
            <legend>Vocabulary these readers know</legend>
            {DOMAIN_IDS.map((d) => (
              <label key={d} className="inline">
                <input type="checkbox" checked={editing.knownDomains?.includes(d) ?? false} onChange={(e) => setEditing({ ...editing, knownDomains: toggle(editing.knownDomains, d, e.currentTarget.checked) })} />
                {d}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>Checks</legend>
            {WORD_DETECTORS.map((d) => (
              <label key={d} className="inline">
                <input type="checkbox" checked={!editing.detectorsOff?.includes(d)} onChange={(e) => setEditing({ ...editing, detectorsOff: toggle(editing.detectorsOff, d, !e.currentTarget.checked) })} />
                {d}
              </label>
            ))}
            {CHECK_IDS.map((c) => (
              <label key={c} className="inline">
                <input type="checkbox" checked={editing.checks?.includes(c) ?? false} onChange={(e) => setEditing({ ...editing, checks: toggle(editing.checks, c, e.currentTarget.checked) })} />
                {c}
              </label>
            ))}
          </fieldset>
          <FormFooter errors={errors} saveLabel="Save audience" onCancel={() => setEditing(null)} />
        </form>
      ) : null}
    </section>
  );
}
