import { type ReactNode, useState } from 'react';
import type { AnalyzeOptions } from '../lib/analysis/analyze';
import { exportUrl, type GoogleFile } from '../lib/google/export';
import { slideNotes } from '../lib/google/pptx';
import { reviewDocument, reviewNotes, type ReviewSection } from '../lib/google/review';

type State = { kind: 'idle' } | { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'done'; sections: ReviewSection[] };

/**
 * A whole Google Doc, or a presentation's speaker notes, checked from the file's own export: the
 * side panel downloads it with the user's session (as File > Download would; nothing is uploaded)
 * and lists what to fix by paragraph or by slide, with the rewritten text to copy. This works
 * whether or not Docs' annotated-canvas mode is available.
 */
export function GoogleFileReview({ file, audience }: { file: GoogleFile; audience: AnalyzeOptions['audience'] }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [copied, setCopied] = useState<string | null>(null);
  const doc = file.kind === 'document';

  const check = async () => {
    setState({ kind: 'loading' });
    try {
      const res = await fetch(exportUrl(file, doc ? 'txt' : 'pptx'), { credentials: 'include' });
      if (!res.ok) throw new Error(`Google did not let us download it (HTTP ${res.status}). You need permission to download this file (File > Download).`);
      // Signed out, Google answers with its sign-in page.
      if ((res.headers.get('content-type') ?? '').includes('text/html')) throw new Error('Google asked to sign in. Sign in to Google in this browser, then try again.');
      const sections = doc ? reviewDocument(await res.text(), { audience }) : reviewNotes(await slideNotes(await res.arrayBuffer()), { audience });
      setState({ kind: 'done', sections });
    } catch (e) {
      setState({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  };

  const copy = async (label: string, text: string) => {
    await navigator.clipboard.writeText(text);
    setCopied(label);
  };

  return (
    <section className="whole-file" aria-labelledby="whole-file-title">
      <h2 id="whole-file-title">{doc ? 'This Google Doc' : 'Speaker notes'}</h2>
      <button className="primary" onClick={() => void check()} disabled={state.kind === 'loading'}>
        {state.kind === 'loading' ? 'Checking…' : doc ? 'Check the whole document' : 'Check the speaker notes'}
      </button>
      {state.kind === 'error' ? (
        <p className="error" role="alert">
          {state.message}
        </p>
      ) : null}
      {state.kind === 'done' ? (
        state.sections.length === 0 ? (
          <p className="muted" data-testid="whole-file-result">
            Nothing to fix for this reader.
          </p>
        ) : (
          <ol className="sections" data-testid="whole-file-result">
            {state.sections.map((s) => (
              <li key={s.label}>
                <h3>{s.label}</h3>
                <p className="section-text">{marked(s)}</p>
                <ul className="section-findings">
                  {s.findings.map((f, i) => (
                    <li key={i}>
                      <strong>{f.text}</strong>
                      {f.suggestions[0] ? ` → ${f.suggestions[0].text || '(delete)'}` : ''} <span className="muted">{f.message}</span>
                    </li>
                  ))}
                </ul>
                <button onClick={() => void copy(s.label, s.rewritten)}>{copied === s.label ? 'Copied' : 'Copy rewrite'}</button>
              </li>
            ))}
          </ol>
        )
      ) : null}
    </section>
  );
}

/** The section's text with the flagged words marked (as React text: the file's text is never markup). */
function marked(s: ReviewSection) {
  const parts: ReactNode[] = [];
  let at = 0;
  s.findings.forEach((f, i) => {
    if (f.start < at) return;
    parts.push(s.text.slice(at, f.start), <mark key={i}>{s.text.slice(f.start, f.end)}</mark>);
    at = f.end;
  });
  parts.push(s.text.slice(at));
  return parts;
}
