/**
 * For editors that render an applied change a moment later (their own model draws it): resolves
 * true once `read()` gives `expected` (a no-break space counts as a space), false after `ms` or
 * once `alive()` says the editor is gone.
 */
export function settle(win: Window, read: () => string, expected: string, ms: number, alive: () => boolean = () => true): Promise<boolean> {
  const norm = (s: string) => s.replace(/\u00a0/g, ' ');
  const want = norm(expected);
  const t0 = win.performance.now();
  return new Promise((resolve) => {
    const poll = () => {
      if (norm(read()) === want) resolve(true);
      else if (win.performance.now() - t0 > ms || !alive()) resolve(false);
      else win.setTimeout(poll, 16);
    };
    poll();
  });
}
