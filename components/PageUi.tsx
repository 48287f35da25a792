import { useSyncExternalStore } from 'react';
import type { PageController, PageState } from '../lib/page/controller';
import { Card } from './Card';

export interface StateStore {
  get(): PageState;
  subscribe(cb: () => void): () => void;
}

export function createStore(initial: PageState): StateStore & { set(s: PageState): void } {
  let state = initial;
  const subs = new Set<() => void>();
  return {
    get: () => state,
    set(s) {
      state = s;
      for (const cb of subs) cb();
    },
    subscribe(cb) {
      subs.add(cb);
      return () => subs.delete(cb);
    },
  };
}

/** Everything we show in the page, inside our shadow root: the card and a live region. */
export function PageUi({ store, controller, readersOf }: { store: StateStore; controller: PageController; readersOf: (audience: string) => string }) {
  const state = useSyncExternalStore(store.subscribe, store.get);
  return (
    <>
      {state.card ? (
        <Card
          card={state.card}
          readers={readersOf(state.audience)}
          fit={state.fit}
          actions={{
            apply: (i) => controller.apply(i),
            select: (i) => controller.select(i),
            ignoreOnce: () => controller.ignoreOnce(),
            remember: (kind) => controller.remember(kind),
            close: () => controller.closeCard(true),
          }}
        />
      ) : null}
      {state.warning ? (
        <div className="jb-toast" role="alert">
          <span>{state.warning}</span>
          <button type="button" onClick={() => controller.dismissWarning()}>
            Dismiss
          </button>
        </div>
      ) : null}
      <div className="jb-live" role="status" aria-live="polite">
        {state.notice}
      </div>
    </>
  );
}
