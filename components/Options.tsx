import { useEffect, useState } from 'react';
import { BUILTIN_PROFILES } from '../lib/profiles';
import { builtinLexicon } from '../lib/lexicon';
import { ignoredTermsSetting, knownTermsSetting } from '../utils/settings';

/** A readable name for a stored term key ("term/cpoe" -> "CPOE"). */
function termName(key: string): string {
  if (key.startsWith('acronym/undefined:')) return key.slice('acronym/undefined:'.length);
  const id = key.replace(/^term\//, '');
  return builtinLexicon().byId.get(id)?.term ?? id;
}

/**
 * Options: for now, the choices made from the card ("Ignore always", "My readers know this"),
 * each of which can be undone here. The glossary, audiences and stakeholders come with the
 * options issue.
 */
export function Options() {
  const [ignored, setIgnored] = useState<string[]>([]);
  const [known, setKnown] = useState<Record<string, string[]>>({});
  useEffect(() => {
    void ignoredTermsSetting.get().then(setIgnored);
    void knownTermsSetting.get().then(setKnown);
    const a = ignoredTermsSetting.watch(setIgnored);
    const b = knownTermsSetting.watch(setKnown);
    return () => {
      a();
      b();
    };
  }, []);

  return (
    <main className="options">
      <h1>Jargon Bridge options</h1>
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
