import { useState } from 'react';
import { stakeholdersFromCsv } from '../lib/config/csv';
import { configProfiles } from '../lib/config/profiles';
import type { TeamConfig } from '../lib/config/schema';

/** Who reads what: people (address), groups (address patterns) or titles, mapped to an audience. */
export function Stakeholders({ config, save }: { config: TeamConfig; save: (c: TeamConfig) => Promise<void> }) {
  const audiences = configProfiles(config).map((p) => p.id);
  const [errors, setErrors] = useState<string[]>([]);
  const [status, setStatus] = useState('');

  const importCsv = async (file: File) => {
    const { stakeholders, errors: problems } = stakeholdersFromCsv(await file.text(), audiences);
    setErrors(problems);
    if (stakeholders.length) {
      if (!(await save({ ...config, stakeholders: [...config.stakeholders, ...stakeholders] }).then(() => true, () => false))) return;
      setStatus(`Added ${stakeholders.length} stakeholder${stakeholders.length === 1 ? '' : 's'}.`);
    }
  };

  return (
    <section aria-labelledby="st-h">
      <h2 id="st-h">Stakeholders</h2>
      <p className="muted">Used to pick the audience from a draft's recipients. Import a CSV with the columns name, email, title, audience.</p>
      <label className="file">
        Import stakeholders (CSV) <input type="file" accept=".csv,text/csv" aria-label="Import stakeholders (CSV)" onChange={(e) => e.currentTarget.files?.[0] && void importCsv(e.currentTarget.files[0])} />
      </label>
      {errors.length ? (
        <ul className="errors" role="alert" data-testid="csv-errors">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : null}
      <p role="status">{status}</p>
      {config.stakeholders.length === 0 ? (
        <p className="muted">No stakeholders yet.</p>
      ) : (
        <ul aria-label="Stakeholders">
          {config.stakeholders.map((s, i) => (
            <li key={`${s.email ?? ''}|${s.title ?? ''}|${i}`}>
              <span>
                {s.name ? <strong>{s.name} </strong> : null}
                <span>{s.email ?? s.title}</span> <span className="muted">→ {s.audience}</span>
              </span>
              <button aria-label={`Remove ${s.name ?? s.email ?? s.title}`} onClick={() => void save({ ...config, stakeholders: config.stakeholders.filter((_, j) => j !== i) }).catch(() => undefined)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
