import { useState } from 'react';
import { FormFooter } from './FormFooter';
import { CustomTerm, formatIssues, type TeamConfig } from '../lib/config/schema';
import { AUDIENCE_IDS, type AudienceId } from '../lib/lexicon/schema';
import { BUILTIN_PROFILES } from '../lib/profiles';

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'term';

interface Draft {
  id: string | null;
  term: string;
  variants: string;
  knownBy: AudienceId[];
  rewrites: Record<AudienceId, string>;
  explanation: string;
}

const EMPTY: Draft = { id: null, term: '', variants: '', knownBy: [], rewrites: { executive: '', clinician: '', it: '', patient: '' }, explanation: '' };
const split = (s: string) => s.split('|').map((x) => x.trim()).filter(Boolean);

/** Your glossary: terms of your organisation, with who knows them and how to say them plainly. */
export function Glossary({ config, save }: { config: TeamConfig; save: (c: TeamConfig) => Promise<void> }) {
  const [query, setQuery] = useState('');
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const shown = config.glossary.filter((t) => `${t.term} ${t.variants.join(' ')} ${t.explanation}`.toLowerCase().includes(query.toLowerCase()));

  const submit = async () => {
    if (!draft) return;
    const base = draft.id ?? slug(draft.term);
    let id = base;
    for (let n = 2; !draft.id && config.glossary.some((t) => t.id === id); n++) id = `${base}-${n}`;
    const rewrites = Object.fromEntries(
      AUDIENCE_IDS.filter((a) => !draft.knownBy.includes(a) && split(draft.rewrites[a]).length > 0).map((a) => [a, split(draft.rewrites[a])]),
    );
    const parsed = CustomTerm.safeParse({ id, term: draft.term, variants: split(draft.variants), knownBy: draft.knownBy, rewrites, explanation: draft.explanation });
    if (!parsed.success) {
      setErrors(formatIssues(parsed.error));
      return;
    }
    const glossary = draft.id ? config.glossary.map((t) => (t.id === draft.id ? parsed.data : t)) : [...config.glossary, parsed.data];
    // A failed save is reported by the options page; keep the form open.
    if (!(await save({ ...config, glossary }).then(() => true, () => false))) return;
    setDraft(null);
    setErrors([]);
  };

  return (
    <section aria-labelledby="glossary-h">
      <h2 id="glossary-h">Your glossary</h2>
      <p className="muted">Terms of your organisation: system names, units, local abbreviations. They are flagged for the readers who do not know them, with your rewrites, on open drafts at once.</p>
      <div className="row">
        <input type="search" placeholder="Search your glossary" aria-label="Search your glossary" value={query} onChange={(e) => setQuery(e.currentTarget.value)} />
        <button onClick={() => setDraft({ ...EMPTY, rewrites: { ...EMPTY.rewrites } })}>Add a term</button>
      </div>
      {draft ? (
        <form
          className="term-form"
          aria-label={draft.id ? 'Edit term' : 'New term'}
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <label>
            Term <input value={draft.term} onChange={(e) => setDraft({ ...draft, term: e.currentTarget.value })} required />
          </label>
          <label>
            Other spellings (separate with |) <input value={draft.variants} onChange={(e) => setDraft({ ...draft, variants: e.currentTarget.value })} />
          </label>
          <fieldset>
            <legend>Readers who know it</legend>
            {BUILTIN_PROFILES.map((p) => (
              <label key={p.id} className="inline">
                <input
                  type="checkbox"
                  checked={draft.knownBy.includes(p.id as AudienceId)}
                  onChange={(e) =>
                    setDraft({ ...draft, knownBy: e.currentTarget.checked ? [...draft.knownBy, p.id as AudienceId] : draft.knownBy.filter((a) => a !== p.id) })
                  }
                />
                {p.label}
              </label>
            ))}
          </fieldset>
          {AUDIENCE_IDS.filter((a) => !draft.knownBy.includes(a)).map((a) => (
            <label key={a}>
              Plain words for {BUILTIN_PROFILES.find((p) => p.id === a)!.readers} (separate with |)
              <input value={draft.rewrites[a]} onChange={(e) => setDraft({ ...draft, rewrites: { ...draft.rewrites, [a]: e.currentTarget.value } })} />
            </label>
          ))}
          <label>
            What it is <textarea value={draft.explanation} onChange={(e) => setDraft({ ...draft, explanation: e.currentTarget.value })} required />
          </label>
          <FormFooter errors={errors} saveLabel="Save term" onCancel={() => setDraft(null)} />
        </form>
      ) : null}
      {shown.length === 0 ? (
        <p className="muted">{config.glossary.length === 0 ? 'No terms yet.' : 'No term matches.'}</p>
      ) : (
        <ul aria-label="Glossary terms">
          {shown.map((t) => (
            <li key={t.id}>
              <span>
                <strong>{t.term}</strong> <span className="muted">— known by {t.knownBy.length ? t.knownBy.join(', ') : 'no one'}</span>
              </span>
              <span className="row">
                <button
                  aria-label={`Edit ${t.term}`}
                  onClick={() =>
                    setDraft({
                      id: t.id,
                      term: t.term,
                      variants: t.variants.join(' | '),
                      knownBy: t.knownBy,
                      rewrites: Object.fromEntries(AUDIENCE_IDS.map((a) => [a, (t.rewrites[a] ?? []).join(' | ')])) as Record<AudienceId, string>,
                      explanation: t.explanation,
                    })
                  }
                >
                  Edit
                </button>
                <button aria-label={`Delete ${t.term}`} onClick={() => void save({ ...config, glossary: config.glossary.filter((x) => x.id !== t.id) }).catch(() => undefined)}>
                  Delete
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
