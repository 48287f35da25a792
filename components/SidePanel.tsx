import { useEffect, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { analyze, type AnalyzeOptions } from '../lib/analysis/analyze';
import { loadNlp } from '../lib/analysis/nlp';
import { coveringReplacement, previewParts, rewrite, termEdits } from '../lib/analysis/preview';
import { ApplyAllReply, DraftReply } from '../lib/messages';
import { BUILTIN_PROFILES, findProfile } from '../lib/profiles';
import { audienceSetting } from '../utils/settings';
import { googleFileFromUrl, type GoogleFile } from '../lib/google/export';
import { GoogleFileReview } from './GoogleFileReview';

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** The Google Doc or presentation in the active tab (its URL is visible to us on docs.google.com only). */
async function activeGoogleFile(): Promise<GoogleFile | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.url ? googleFileFromUrl(tab.url) : null;
}

async function askDraft(): Promise<{ tabId: number; reply: DraftReply } | null> {
  const tabId = await activeTabId();
  if (tabId === undefined) return null;
  try {
    const reply = DraftReply.safeParse(await browser.tabs.sendMessage(tabId, { type: 'jb:draft' }));
    return reply.success ? { tabId, reply: reply.data } : null;
  } catch {
    return null;
  }
}

/**
 * "Read it as …": the current draft rewritten for the chosen reader, each change marked, the
 * structure notes listed, the fit before and after. Nothing is written without a click on Apply all.
 */
export function SidePanel() {
  const [audience, setAudience] = useState<string>('executive');
  const [source, setSource] = useState<{ tabId: number; editorId: number; text: string } | null>(null);
  const [rejected, setRejected] = useState<Set<number>>(new Set());
  const [status, setStatus] = useState('');
  const [nlpReady, setNlpReady] = useState(false);
  const [file, setFile] = useState<GoogleFile | null>(null);
  // Who the open draft is for (its recipients or the popup's choice for it), and a reader picked here.
  const [draftAudience, setDraftAudience] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  useEffect(() => void loadNlp().then(() => setNlpReady(true)), []);

  useEffect(() => {
    void audienceSetting.get().then(setAudience);
    const unwatch = audienceSetting.watch(setAudience);
    const refresh = async () => {
      const f = await activeGoogleFile();
      setFile((prev) => (prev?.id === f?.id && prev?.kind === f?.kind ? prev : f));
      const d = await askDraft();
      setDraftAudience(d?.reply.draft ? d.reply.audience : null);
      setSource((prev) => {
        const next = d?.reply.draft ? { tabId: d.tabId, ...d.reply.draft } : null;
        return prev && next && prev.text === next.text && prev.editorId === next.editorId ? prev : next;
      });
    };
    void refresh();
    const timer = setInterval(() => void refresh(), 800);
    return () => {
      unwatch();
      clearInterval(timer);
    };
  }, []);
  // Another draft, or new recipients: back to that draft's own readers.
  useEffect(() => setChosen(null), [source?.editorId, draftAudience]);
  // "executive+clinician" for a draft to both: a mixed audience.
  const reader = chosen ?? draftAudience ?? audience;
  // Built-in readers only here; an id the panel does not know falls back to the chosen default.
  const ids = reader.split('+').filter((id) => findProfile(id));
  const known = ids.length > 0 ? ids : [audience].filter((id) => findProfile(id));
  const readers: AnalyzeOptions['audience'] | undefined = known.length > 1 ? known : known[0];
  useEffect(() => setRejected(new Set()), [source?.text, reader]);

  const view = useMemo(() => {
    if (!source || !readers) return null;
    const before = analyze(source.text, { audience: readers });
    const all = termEdits(before);
    const accepted = all.filter((_, i) => !rejected.has(i));
    const rewritten = rewrite(source.text, accepted);
    const after = analyze(rewritten, { audience: readers });
    return { before, all, accepted, rewritten, after, parts: previewParts(source.text, accepted) };
  }, [source, reader, rejected, nlpReady]);

  const applyAll = async () => {
    if (!source || !view) return;
    const change = coveringReplacement(source.text, view.accepted);
    if (!change) return;
    const r = ApplyAllReply.safeParse(await browser.tabs.sendMessage(source.tabId, { type: 'jb:apply-all', editorId: source.editorId, ...change }));
    setStatus(r.success && r.data.ok ? 'Applied in one step. Ctrl+Z in the draft undoes it.' : 'The draft changed since this preview; nothing was written.');
  };

  const copy = async () => {
    if (!view) return;
    await navigator.clipboard.writeText(view.rewritten);
    setStatus('Copied the rewritten draft.');
  };

  return (
    <main className="panel">
      <header>
        <h1>Read it as…</h1>
        <select aria-label="Reader" value={reader} onChange={(e) => setChosen(e.currentTarget.value)}>
          {draftAudience && !BUILTIN_PROFILES.some((p) => p.id === draftAudience) && ids.length > 0 ? (
            <option value={draftAudience}>For this draft: {ids.map((id) => findProfile(id)!.label).join(' + ')}</option>
          ) : null}
          {BUILTIN_PROFILES.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
      </header>
      {file && readers ? <GoogleFileReview key={`${file.kind}:${file.id}:${reader}`} file={file} audience={readers} /> : null}
      {!view ? (
        file ? null : <p className="muted">Open a draft in Gmail or Outlook (or the demo page) and click into it.</p>
      ) : (
        <>
          <p className="fit" data-testid="fit">
            <span>{view.before.metrics.audienceFit.summary}</span>
            <span className="arrow"> → </span>
            <strong data-testid="fit-after">{view.after.metrics.audienceFit.score}</strong> after the rewrites
          </p>
          <div className="actions">
            <button className="primary" onClick={() => void applyAll()} disabled={view.accepted.length === 0}>
              Apply all ({view.accepted.length})
            </button>
            <button onClick={() => void copy()}>Copy</button>
          </div>
          <p className="status" role="status">
            {status}
          </p>
          <h2>The draft, rewritten</h2>
          <div className="preview" data-testid="preview">
            {view.parts.map((p, i) =>
              p.kind === 'same' ? (
                <span key={i}>{p.text}</span>
              ) : (
                <mark key={i} title={`was "${p.was}": ${p.why}`}>
                  {p.text}
                </mark>
              ),
            )}
          </div>
          <h2>Changes ({view.all.length})</h2>
          <ul className="changes">
            {view.all.map((e, i) => (
              <li key={i}>
                <label>
                  <input
                    type="checkbox"
                    checked={!rejected.has(i)}
                    onChange={(ev) => {
                      const next = new Set(rejected);
                      if (ev.currentTarget.checked) next.delete(i);
                      else next.add(i);
                      setRejected(next);
                    }}
                  />
                  <s>{e.finding.text}</s> → {e.text || '(delete)'}
                </label>
              </li>
            ))}
          </ul>
          <h2>What else this reader needs</h2>
          <ul className="notes" data-testid="notes">
            {view.before.findings
              .filter((f) => f.kind === 'structure' || f.kind === 'sentence')
              .map((f, i) => (
                <li key={i}>{f.message}</li>
              ))}
          </ul>
        </>
      )}
    </main>
  );
}
