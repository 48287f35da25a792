import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { CardState } from '../lib/page/controller';

export interface CardActions {
  apply(index: number): void;
  select(index: number): void;
  ignoreOnce(): void;
  remember(kind: 'ignore' | 'known'): void;
  close(): void;
}

const KIND_LABEL: Record<string, string> = { jargon: 'Jargon', acronym: 'Acronym', 'unknown-term': 'Unfamiliar term', wordy: 'Wordy', sentence: 'Sentence', structure: 'Structure' };

/**
 * The suggestion card: the flagged words, why this reader may not know them, the rewrites, and
 * the actions. From the keyboard (Alt+J) it is a modal dialog that keeps focus until it closes;
 * opened by the mouse it does not take focus from the editor.
 */
export function Card({ card, readers, fit, actions }: { card: CardState; readers: string; fit: string | null; actions: CardActions }) {
  const { finding, selected, keyboard, anchor } = card;
  const root = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const [pos, setPos] = useState<{ left: number; top: number } | null>(null);
  const id = `jb-card-${finding.start}`;

  useLayoutEffect(() => {
    const el = root.current;
    if (!el || !anchor) return;
    const win = el.ownerDocument.defaultView!;
    const { width, height } = el.getBoundingClientRect();
    const left = Math.max(8, Math.min(anchor.left, win.innerWidth - width - 8));
    const below = anchor.bottom + 6;
    const top = below + height > win.innerHeight - 8 && anchor.top - height - 6 > 8 ? anchor.top - height - 6 : below;
    setPos((p) => (p && p.left === left && p.top === top ? p : { left, top }));
  }, [anchor, finding, selected]);

  useEffect(() => {
    if (!keyboard) return;
    (list.current ?? root.current?.querySelector<HTMLElement>('button'))?.focus();
  }, [keyboard, finding]);

  const n = finding.suggestions.length;
  const isNote = finding.kind === 'sentence' || finding.kind === 'structure';
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      actions.close();
    } else if (e.key === 'ArrowDown' && n > 0) {
      e.preventDefault();
      actions.select(selected + 1);
    } else if (e.key === 'ArrowUp' && n > 0) {
      e.preventDefault();
      actions.select(selected - 1);
    } else if (e.key === 'Enter' && (e.target === list.current || e.target === root.current) && n > 0) {
      e.preventDefault();
      actions.apply(selected);
    } else if (e.key === 'Tab' && keyboard) {
      // Focus stays in the card while it is open from the keyboard.
      const focusable = Array.from(root.current!.querySelectorAll<HTMLElement>('[tabindex="0"], button'));
      const active = (root.current!.getRootNode() as ShadowRoot).activeElement;
      const i = focusable.indexOf(active as HTMLElement);
      const next = e.shiftKey ? (i <= 0 ? focusable.length - 1 : i - 1) : (i + 1) % focusable.length;
      e.preventDefault();
      focusable[next]?.focus();
    }
  };

  return (
    <div
      ref={root}
      className="jb-card"
      role="dialog"
      aria-modal={keyboard}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-why`}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      style={pos ? { left: pos.left, top: pos.top } : { left: anchor?.left ?? 8, top: (anchor?.bottom ?? 8) + 6 }}
      data-severity={finding.severity}
      data-kind={finding.kind}
    >
      <div className="jb-card-head">
        <span className="jb-kind">
          {KIND_LABEL[finding.kind] ?? finding.kind} · for {readers}
        </span>
        <button className="jb-close" aria-label="Close" onClick={actions.close}>
          ×
        </button>
      </div>
      {fit ? <div className="jb-fit">{fit}</div> : null}
      {/* A note about a sentence or the draft is its message; a term is its words. */}
      <h2 id={`${id}-title`} className={isNote ? 'jb-note-title' : 'jb-term'}>
        {isNote ? finding.message : finding.text}
      </h2>
      <p id={`${id}-why`} className="jb-why">
        {finding.explanation}
      </p>
      {n > 0 ? (
        <>
          <div className="jb-label" id={`${id}-rewrites`}>
            Replace with
          </div>
          <ul
            ref={list}
            className="jb-suggestions"
            role="listbox"
            aria-labelledby={`${id}-rewrites`}
            aria-activedescendant={`${id}-s${selected}`}
            tabIndex={0}
          >
            {finding.suggestions.map((s, i) => (
              <li
                key={i}
                id={`${id}-s${i}`}
                role="option"
                aria-selected={i === selected}
                className="jb-suggestion"
                onMouseEnter={() => actions.select(i)}
                onClick={() => actions.apply(i)}
              >
                <span className="jb-suggestion-text">{s.text === '' ? '(delete)' : s.text}</span>
                {s.note ? <span className="jb-note"> — {s.note}</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : isNote ? null : (
        <p className="jb-hint">Spell it out, or say it in plain words.</p>
      )}
      <div className="jb-actions">
        {n > 0 ? (
          <button className="jb-primary" onClick={() => actions.apply(selected)}>
            Apply
          </button>
        ) : null}
        <button onClick={actions.ignoreOnce}>Ignore once</button>
        <button onClick={() => actions.remember('ignore')}>{isNote ? 'Turn off this check' : 'Ignore always'}</button>
        {isNote ? null : <button onClick={() => actions.remember('known')}>My readers know this</button>}
      </div>
    </div>
  );
}
