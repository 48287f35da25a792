import { useEffect, useState } from 'react';
import type { ManagedPolicy } from '../lib/config/layers';
import type { TeamConfig } from '../lib/config/schema';
import { BUILTIN_PROFILES } from '../lib/profiles';
import { builtinLexicon } from '../lib/lexicon';
import { audienceSetting, configSetting, disabledSitesSetting, EMPTY_CONFIG, ignoredTermsSetting, knownTermsSetting, managedPolicy, watchManagedPolicy } from '../utils/settings';
import { Audiences } from './Audiences';
import { Glossary } from './Glossary';
import { Stakeholders } from './Stakeholders';
import { ImportExport } from './ImportExport';

/** A readable name for a stored term key ("term/cpoe" -> "CPOE"). */
function termName(key: string): string {
  if (key.startsWith('acronym/undefined:')) return key.slice('acronym/undefined:'.length);
  const id = key.replace(/^term\//, '');
  return builtinLexicon().byId.get(id)?.term ?? id;
}

/**
 * Options: your glossary, import and export of everything, and the choices made from the card
 * ("Ignore always", "My readers know this"), each of which can be undone here. Audience tuning,
 * stakeholders and the organisation policy are still to come (see the options issue).
 */
export function Options() {
  const [ignored, setIgnored] = useState<string[]>([]);
  const [known, setKnown] = useState<Record<string, string[]>>({});
  const [config, setConfig] = useState<TeamConfig>(EMPTY_CONFIG);
  const [audience, setAudience] = useState('executive');
  const [sites, setSites] = useState<string[]>([]);
  const [policy, setPolicy] = useState<ManagedPolicy>({ config: null, locked: [], errors: [] });
  useEffect(() => {
    void managedPolicy().then(setPolicy);
    return watchManagedPolicy(setPolicy);
  }, []);
  useEffect(() => {
    void ignoredTermsSetting.get().then(setIgnored);
    void knownTermsSetting.get().then(setKnown);
    void configSetting.get().then(setConfig);
    void audienceSetting.get().then(setAudience);
    void disabledSitesSetting.get().then(setSites);
    const unwatch = [
      ignoredTermsSetting.watch(setIgnored),
      knownTermsSetting.watch(setKnown),
      configSetting.watch(setConfig),
      audienceSetting.watch(setAudience),
      disabledSitesSetting.watch(setSites),
    ];
    return () => unwatch.forEach((u) => u());
  }, []);

  // A write can fail (storage full, a value out of bounds): say so, instead of seeming to save.
  const [saveError, setSaveError] = useState('');
  const save = async (c: TeamConfig) => {
    try {
      await configSetting.set(c);
      setSaveError('');
    } catch (error) {
      setSaveError(`Could not save your change: ${(error as Error).message}`);
      throw error;
    }
  };

  // Everything, as the one exported file.
  const everything: TeamConfig = { ...config, settings: { defaultAudience: audience, disabledSites: sites, ignoredTerms: ignored, knownTerms: known } };
  const apply = async (c: TeamConfig) => {
    await save({ ...c, settings: {} });
    await ignoredTermsSetting.set(c.settings.ignoredTerms ?? []);
    await knownTermsSetting.set(c.settings.knownTerms ?? {});
    await disabledSitesSetting.set(c.settings.disabledSites ?? []);
    if (c.settings.defaultAudience) await audienceSetting.set(c.settings.defaultAudience);
  };

  return (
    <main className="options">
      <h1>Jargon Bridge options</h1>
      {policy.config || policy.errors.length ? (
        <section aria-labelledby="org-h" className="managed">
          <h2 id="org-h">Set by your organisation</h2>
          {policy.errors.length ? (
            <ul className="errors" role="alert">
              {policy.errors.map((e) => (
                <li key={e}>The organisation policy could not be read: {e}</li>
              ))}
            </ul>
          ) : null}
          {policy.config ? (
            <ul aria-label="Organisation glossary">
              {policy.config.glossary.map((t) => (
                <li key={t.id}>
                  <span>
                    <strong>{t.term}</strong> <span className="muted">— known by {t.knownBy.length ? t.knownBy.join(', ') : 'no one'}</span>
                  </span>
                  <span className="badge">Managed</span>
                </li>
              ))}
            </ul>
          ) : null}
          {policy.locked.length ? <p className="muted">Locked by your organisation: {policy.locked.join(', ')}.</p> : null}
        </section>
      ) : null}
      {saveError ? (
        <p className="errors" role="alert">
          {saveError}
        </p>
      ) : null}
      <Glossary config={config} save={save} />
      <Audiences config={config} save={save} />
      <Stakeholders config={config} save={save} />
      <section aria-labelledby="sites-h">
        <h2 id="sites-h">Sites where Jargon Bridge is off</h2>
        {sites.length === 0 ? (
          <p className="muted">None. Turn it off for a site from the toolbar popup.</p>
        ) : (
          <ul aria-label="Sites where it is off">
            {sites.map((site) => (
              <li key={site}>
                <span>{site}</span>
                <button aria-label={`Turn on for ${site}`} onClick={() => void disabledSitesSetting.set(sites.filter((x) => x !== site))}>
                  Turn on
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <ImportExport current={everything} apply={apply} />
      <section aria-labelledby="ignored-h">
        <h2 id="ignored-h">Terms you ignore everywhere</h2>
        {ignored.length === 0 ? (
          <p className="muted">None. Choose “Ignore always” on a card to add one.</p>
        ) : (
          <ul>
            {ignored.map((key) => (
              <li key={key}>
                <span>{termName(key)}</span>
                <button onClick={() => void ignoredTermsSetting.set(ignored.filter((k) => k !== key))} aria-label={`Flag ${termName(key)} again`}>
                  Flag again
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      {BUILTIN_PROFILES.map((p) => (
        <section key={p.id} aria-labelledby={`known-${p.id}`}>
          <h2 id={`known-${p.id}`}>Terms your {p.readers} know</h2>
          {(known[p.id] ?? []).length === 0 ? (
            <p className="muted">None. Choose “My readers know this” on a card while writing for {p.readers}.</p>
          ) : (
            <ul>
              {(known[p.id] ?? []).map((key) => (
                <li key={key}>
                  <span>{termName(key)}</span>
                  <button
                    onClick={() => void knownTermsSetting.set({ ...known, [p.id]: (known[p.id] ?? []).filter((k) => k !== key) })}
                    aria-label={`Flag ${termName(key)} again for ${p.readers}`}
                  >
                    Flag again
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </main>
  );
}
