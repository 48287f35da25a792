import { useState } from 'react';
import { parseConfig, type TeamConfig } from '../lib/config/schema';

export interface Layers {
  config: TeamConfig;
  settings: TeamConfig['settings'];
}

/** What an import would change, for the preview. */
function describe(current: TeamConfig, incoming: TeamConfig): string[] {
  const ids = (xs: { id: string }[]) => new Set(xs.map((x) => x.id));
  const terms = ids(current.glossary);
  const auds = ids(current.audiences);
  return [
    `${incoming.glossary.filter((t) => !terms.has(t.id)).length} new and ${incoming.glossary.filter((t) => terms.has(t.id)).length} changed glossary terms`,
    `${incoming.audiences.filter((a) => !auds.has(a.id)).length} new and ${incoming.audiences.filter((a) => auds.has(a.id)).length} changed audiences`,
    `${incoming.stakeholders.length} stakeholders`,
    `${(incoming.settings.ignoredTerms ?? []).length} ignored terms, ${Object.values(incoming.settings.knownTerms ?? {}).flat().length} terms your readers know`,
  ];
}

function merge(current: TeamConfig, incoming: TeamConfig): TeamConfig {
  const byId = <T extends { id: string }>(a: T[], b: T[]) => [...a.filter((x) => !b.some((y) => y.id === x.id)), ...b];
  return {
    ...current,
    glossary: byId(current.glossary, incoming.glossary),
    audiences: byId(current.audiences, incoming.audiences),
    stakeholders: [...current.stakeholders, ...incoming.stakeholders.filter((s) => !current.stakeholders.some((c) => c.email === s.email && c.title === s.title))],
    settings: {
      ...current.settings,
      ...incoming.settings,
      ignoredTerms: [...new Set([...(current.settings.ignoredTerms ?? []), ...(incoming.settings.ignoredTerms ?? [])])],
      knownTerms: Object.fromEntries(
        [...new Set([...Object.keys(current.settings.knownTerms ?? {}), ...Object.keys(incoming.settings.knownTerms ?? {})])].map((k) => [
          k,
          [...new Set([...(current.settings.knownTerms?.[k] ?? []), ...(incoming.settings.knownTerms?.[k] ?? [])])],
        ]),
      ),
    },
  };
}

/** Export everything as one file; import one with a preview, merged or replacing; bad files change nothing. */
export function ImportExport({ current, apply }: { current: TeamConfig; apply: (c: TeamConfig) => Promise<void> }) {
  const [errors, setErrors] = useState<string[]>([]);
  const [pending, setPending] = useState<TeamConfig | null>(null);
  const [status, setStatus] = useState('');

  const exportFile = () => {
    const blob = new Blob([JSON.stringify({ $schema: 'https://jargon-bridge.invalid/schemas/team-config.schema.json', ...current }, null, 2)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'jargon-bridge-settings.json';
    a.click();
    URL.revokeObjectURL(a.href);
  };

  const read = async (file: File) => {
    setStatus('');
    const r = parseConfig(await file.text());
    if (!r.ok) {
      setPending(null);
      setErrors(r.errors);
      return;
    }
    setErrors([]);
    setPending(r.config);
  };

  return (
    <section aria-labelledby="io-h">
      <h2 id="io-h">Import and export</h2>
      <p className="muted">One file holds your glossary, audiences, stakeholders and settings; share it with your team. The command-line checker reads it too (with --config).</p>
      <div className="row">
        <button onClick={exportFile}>Export settings</button>
        <label className="file">
          Import a file <input type="file" accept="application/json,.json" aria-label="Import a file" onChange={(e) => e.currentTarget.files?.[0] && void read(e.currentTarget.files[0])} />
        </label>
      </div>
      {errors.length ? (
        <div role="alert" className="errors">
          <p>This file cannot be imported; nothing was changed:</p>
          <ul data-testid="import-errors">
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {pending ? (
        <div className="preview" data-testid="import-preview">
          <p>Importing this file brings:</p>
          <ul>
            {describe(current, pending).map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
          <div className="row">
            <button className="primary" onClick={() => void apply(merge(current, pending)).then(() => (setPending(null), setStatus('Merged.')))}>
              Merge with mine
            </button>
            <button onClick={() => void apply(pending).then(() => (setPending(null), setStatus('Replaced.')))}>Replace mine</button>
            <button onClick={() => setPending(null)}>Cancel</button>
          </div>
        </div>
      ) : null}
      <p role="status">{status}</p>
    </section>
  );
}
