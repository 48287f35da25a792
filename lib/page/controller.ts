import type { Finding, Report } from '../analysis/finding';
import { draftAudiences, type RecipientMatch } from '../config/recipients';
import { ContentEditableAdapter } from '../editors/contenteditable';
import { fieldOf, isCheckableField } from '../editors/find';
import { TextareaAdapter } from '../editors/textarea';
import type { ApplyResult, EditorAdapter } from '../editors/types';
import { Painter } from './painter';
import { diffEdit, shiftSpans } from './shift';

/** How the page asks for an analysis; injected, so the page code knows nothing of the engine. */
export type Analyze = (text: string, audience: string | readonly string[]) => Report;

export interface PageSettings {
  audience: string;
  /** Terms ignored everywhere (see termKey). */
  ignored: ReadonlySet<string>;
  /** Terms the readers of each audience know: audience id -> term keys. */
  known: Readonly<Record<string, readonly string[]>>;
}

/** Timers and listeners that stop when the extension reloads (WXT's ctx), or plain ones in tests. */
export interface Scheduler {
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
  requestAnimationFrame(fn: () => void): number;
  addEventListener(target: EventTarget, type: string, fn: (e: Event) => void, options?: AddEventListenerOptions): void;
}

export interface CardState {
  editorId: number;
  finding: Finding;
  selected: number;
  /** Opened from the keyboard: the card holds focus until it closes. */
  keyboard: boolean;
  /** Where to place the card: the span's first rectangle, in client coordinates. */
  anchor: { left: number; top: number; bottom: number } | null;
}

export interface PageState {
  /** Who the draft last worked on is for: an audience id, or several joined with "+" (mixed). */
  audience: string;
  /** That draft's id, its recipients as the stakeholder directory matched them, and a per-draft choice overriding them. */
  editorId: number | null;
  recipients: RecipientMatch[];
  override: string | null;
  findings: number;
  /** The audience-fit line of the draft last worked on ("Executive fit 62 — 3 jargon terms, …"). */
  fit: string | null;
  card: CardState | null;
  /** A short message for screen readers and the card ("Replaced …", "The text changed …"). */
  notice: string;
  /** Something the user must see (a choice that could not be saved, an edit the editor did not show): a visible note until dismissed. */
  warning: string;
}

/** The key under which "ignore always" and "my readers know this" remember a term. */
export function termKey(f: Pick<Finding, 'ruleId' | 'text'>): string {
  return f.ruleId === 'acronym/undefined' ? `acronym/undefined:${f.text.replace(/['’]s$/, '').toUpperCase()}` : f.ruleId.replace(/^[a-z-]+\//, 'term/');
}

interface Tracked {
  id: number;
  adapter: EditorAdapter;
  text: string;
  /** Findings shown: after the user's ignores. */
  findings: Finding[];
  /** "Ignore once" choices, kept on their words as the text changes. */
  ignoredOnce: { ruleId: string; start: number; end: number }[];
  timer: number | null;
  fit: string | null;
  /** To and Cc, matched against the stakeholder directory: the draft's audience follows them. */
  recipients: RecipientMatch[];
  /** The user's choice for this draft in the popup, over its recipients. */
  override: string | null;
  /** Over MAX_LIVE_CHARS at the last check: the user has been told once. */
  tooLong: boolean;
}

export interface ControllerOptions {
  doc: Document;
  /** Element in our shadow root for overlay underlines and textarea mirrors. */
  overlay: HTMLElement;
  analyze: Analyze;
  settings: PageSettings;
  scheduler: Scheduler;
  /** Called whenever what the UI shows changes. */
  onChange?: (state: PageState) => void;
  /** Adapter for a field; site adapters come first, the generic ones last. */
  adapterFor?: (el: HTMLElement, overlay: HTMLElement) => EditorAdapter | null;
  /** Quiet time after typing before an analysis (ms). */
  debounceMs?: number;
  /** Fields that are not textareas or contenteditable (Google Docs' canvas editor), found on each scan. */
  findFields?: (doc: Document) => HTMLElement[];
  /** The recipients of the compose window holding a field, matched against the stakeholder directory. */
  recipientsOf?: (el: HTMLElement) => RecipientMatch[];
  /** Is this node part of our own UI (the card)? */
  isOwnUi?: (node: Node) => boolean;
  /** Stores "ignore always" or "my readers know this" (the page applies it at once either way). */
  remember?: (choice: { kind: 'ignore' | 'known'; key: string; audience: string }) => void;
}

export function genericAdapter(el: HTMLElement, overlay: HTMLElement): EditorAdapter | null {
  if (el.tagName === 'TEXTAREA') return new TextareaAdapter(el as HTMLTextAreaElement, overlay);
  if (el.isContentEditable) return new ContentEditableAdapter(el);
  return null;
}

const HOVER_OPEN_MS = 350;
/** Longer drafts are not checked as the user types: the page must stay responsive (README). */
export const MAX_LIVE_CHARS = 300_000;
const HOVER_CLOSE_MS = 450;

/**
 * Everything Jargon Bridge does in a page: finds the fields, checks them as the user types,
 * underlines what it finds, opens the card and applies a rewrite. DOM and engine are injected.
 */
export class PageController {
  private readonly editors = new Map<HTMLElement, Tracked>();
  private nextId = 1;
  private settings: PageSettings;
  private readonly painter: Painter;
  private card: CardState | null = null;
  private notice = '';
  private warning = '';
  private paintQueued = false;
  private hoverTimer: number | null = null;
  private closeTimer: number | null = null;
  private pointer: { x: number; y: number } | null = null;
  private disposed = false;
  private lastEditorId: number | null = null;
  private observer: MutationObserver | null = null;
  /** Fields change size with zoom, layout and the user's resizing: underlines follow. */
  private resizer: ResizeObserver | null = null;
  private returnFocus: { id: number; offset: number | null } | null = null;

  /** Timing marks for the browser benchmark, only on pages that ask (`<html data-jb-profile>`): user timing entries are never freed. */
  private readonly profile: boolean;

  constructor(private readonly o: ControllerOptions) {
    this.settings = o.settings;
    this.profile = o.doc.documentElement.hasAttribute('data-jb-profile');
    this.painter = new Painter(o.overlay, o.doc);
  }

  start(): void {
    const { doc, scheduler: s } = this.o;
    this.scan();
    s.addEventListener(
      doc,
      'focusin',
      (e) => {
        const t = this.track(fieldOf(e.target as Node));
        if (t && this.lastEditorId !== t.id) {
          this.lastEditorId = t.id;
          this.emit();
        }
      },
      { capture: true },
    );
    s.addEventListener(doc, 'input', (e) => this.onInput(e), { capture: true });
    s.addEventListener(doc, 'keydown', (e) => this.onKeyDown(e as KeyboardEvent), { capture: true });
    s.addEventListener(doc, 'pointermove', (e) => this.onPointerMove(e as PointerEvent), { passive: true, capture: true });
    s.addEventListener(doc, 'click', (e) => this.onClick(e as MouseEvent), { capture: true });
    s.addEventListener(doc, 'scroll', () => this.queuePaint(), { passive: true, capture: true });
    s.addEventListener(doc.defaultView!, 'resize', () => this.queuePaint(), { passive: true });
    // Fields added later (a compose window opening): one observer for the document, batched per frame.
    let queued = false;
    this.observer = new MutationObserver((records) => {
      // Typing inside a field (or Docs redrawing its text layer) adds no field and no recipient: no scan.
      if (queued || records.every((r) => this.insideField(r.target))) return;
      queued = true;
      s.requestAnimationFrame(() => {
        queued = false;
        this.scan();
      });
    });
    this.observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });
    const RO = doc.defaultView?.ResizeObserver;
    this.resizer = RO ? new RO(() => this.queuePaint()) : null;
    for (const el of this.editors.keys()) this.resizer?.observe(el);
  }

  dispose(): void {
    this.disposed = true;
    this.observer?.disconnect();
    this.resizer?.disconnect();
    for (const t of this.editors.values()) {
      if (t.timer !== null) this.o.scheduler.clearTimeout(t.timer);
      t.adapter.dispose();
    }
    this.editors.clear();
    this.painter.dispose();
    this.card = null;
  }

  /** Re-reads the settings (audience switch, ignore lists) and re-checks every open draft at once. */
  updateSettings(settings: PageSettings): void {
    this.settings = settings;
    if (this.card) this.card = null;
    // The stakeholder directory may have changed too.
    this.refreshRecipients();
    for (const t of this.editors.values()) this.check(t);
    this.emit();
  }

  /** Checks every draft again (the engine learned more, e.g. compromise arrived); an open card stays if its finding does. */
  recheckAll(): void {
    for (const t of this.editors.values()) this.check(t);
    this.emit();
  }

  state(): PageState {
    let findings = 0;
    for (const t of this.editors.values()) findings += t.findings.length;
    const current = this.current();
    return {
      audience: (current ? this.audiencesOf(current) : [this.settings.audience]).join('+'),
      editorId: current?.id ?? null,
      recipients: current?.recipients ?? [],
      override: current?.override ?? null,
      findings,
      fit: current?.fit ?? null,
      card: this.card,
      notice: this.notice,
      warning: this.warning,
    };
  }

  /** Who a draft is for: the user's choice for it, else its recipients, else the chosen audience. */
  private audiencesOf(t: Tracked): string[] {
    if (t.override) return [t.override];
    return draftAudiences(t.recipients, this.settings.audience) ?? [this.settings.audience];
  }

  /** The popup's choice for one draft (null: follow its recipients again). */
  setDraftAudience(editorId: number, audience: string | null): boolean {
    const t = this.byId(editorId);
    if (!t) return false;
    t.override = audience;
    if (this.card?.editorId === t.id) this.card = null;
    this.check(t);
    return true;
  }

  /** The draft the user worked on last (or the first one with text): what the side panel previews. */
  private current(): Tracked | undefined {
    const last = this.lastEditorId !== null ? this.byId(this.lastEditorId) : undefined;
    return last ?? [...this.editors.values()].find((t) => t.text.trim() !== '');
  }

  /** The current draft's text, for the side panel. */
  draft(): { editorId: number; text: string } | null {
    const t = this.current();
    return t ? { editorId: t.id, text: t.adapter.readText() } : null;
  }

  /**
   * Replaces [start, end) of a draft in one edit (so one undo step), after checking the draft
   * still holds `expected` there: the side panel's "Apply all".
   */
  applyAll(editorId: number, start: number, end: number, expected: string, replacement: string): boolean {
    const t = this.byId(editorId);
    if (!t) return false;
    const result = t.adapter.replace(start, end, expected, replacement);
    this.notice = result.ok ? 'Applied the rewrites in one step. Undo with Ctrl+Z.' : 'The draft changed since the preview; nothing was replaced.';
    this.afterSettle(t, result);
    this.check(t);
    return result.ok;
  }

  /** All findings, per field, for tests and the UI. */
  allFindings(): { element: HTMLElement; findings: readonly Finding[] }[] {
    return [...this.editors.values()].map((t) => ({ element: t.adapter.element, findings: t.findings }));
  }

  // --- fields -----------------------------------------------------------------------------

  private scan(): void {
    if (this.disposed) return;
    for (const [el, t] of this.editors) {
      if (!el.isConnected) {
        this.resizer?.unobserve(el);
        t.adapter.dispose();
        this.editors.delete(el);
      }
    }
    for (const el of this.o.doc.querySelectorAll<HTMLElement>('textarea, [contenteditable]:not([contenteditable="false"])')) {
      if (isCheckableField(el)) this.track(el);
    }
    for (const el of this.o.findFields?.(this.o.doc) ?? []) this.track(el);
    // Recipients added or removed: the draft's audience follows.
    for (const t of this.refreshRecipients()) this.check(t);
    this.queuePaint();
    this.emit();
  }

  private insideField(node: Node): boolean {
    for (const el of this.editors.keys()) if (el.contains(node)) return true;
    return false;
  }

  /** Reads each draft's recipients again; returns the drafts whose recipients changed. */
  private refreshRecipients(): Tracked[] {
    const changed: Tracked[] = [];
    for (const [el, t] of this.editors) {
      const recipients = this.o.recipientsOf?.(el) ?? [];
      if (JSON.stringify(recipients) !== JSON.stringify(t.recipients)) {
        t.recipients = recipients;
        changed.push(t);
      }
    }
    return changed;
  }

  private track(el: HTMLElement | null): Tracked | null {
    if (!el || this.disposed) return null;
    const existing = this.editors.get(el);
    if (existing) return existing;
    const adapter = (this.o.adapterFor ?? genericAdapter)(el, this.o.overlay);
    if (!adapter) return null;
    const t: Tracked = {
      id: this.nextId++,
      adapter,
      text: '',
      findings: [],
      ignoredOnce: [],
      timer: null,
      fit: null,
      recipients: this.o.recipientsOf?.(el) ?? [],
      override: null,
      tooLong: false,
    };
    this.editors.set(el, t);
    // Editors whose typing the page's input events do not show (Google Docs) say when their text changed.
    adapter.watch?.(() => this.changed(t));
    this.o.scheduler.addEventListener(el, 'scroll', () => this.queuePaint(), { passive: true });
    this.resizer?.observe(el);
    this.check(t);
    return t;
  }

  private byId(id: number): Tracked | undefined {
    for (const t of this.editors.values()) if (t.id === id) return t;
    return undefined;
  }

  // --- checking -----------------------------------------------------------------------------

  private onInput(e: Event): void {
    const t0 = performance.now();
    this.onInputNow(e);
    // Visible in the page's performance timeline: the browser benchmark reads these.
    if (this.profile) performance.measure('jb:input', { start: t0, end: performance.now() });
  }

  private onInputNow(e: Event): void {
    const el = fieldOf(e.target as Node);
    const t = el ? (this.editors.get(el) ?? this.track(el)) : null;
    if (t) this.changed(t);
  }

  /** A draft's text changed: keep its underlines on their words now, check when the typing pauses. */
  private changed(t: Tracked): void {
    if (this.disposed) return;
    this.lastEditorId = t.id;
    // Keep underlines on their words at once; analyse when the typing pauses.
    const text = t.adapter.readText();
    const edit = diffEdit(t.text, text);
    t.text = text;
    t.findings = shiftSpans(t.findings, edit);
    t.ignoredOnce = shiftSpans(t.ignoredOnce, edit);
    if (this.card?.editorId === t.id && !t.findings.some((f) => f === this.card!.finding)) {
      const moved = t.findings.find((f) => f.ruleId === this.card!.finding.ruleId && f.text === this.card!.finding.text);
      this.card = moved ? { ...this.card, finding: moved } : null;
    }
    this.queuePaint();
    if (t.timer !== null) this.o.scheduler.clearTimeout(t.timer);
    t.timer = this.o.scheduler.setTimeout(() => {
      t.timer = null;
      this.check(t);
    }, this.o.debounceMs ?? 50);
  }

  private check(t: Tracked): void {
    if (this.disposed) return;
    const t0 = performance.now();
    this.checkNow(t);
    if (this.profile) performance.measure('jb:check', { start: t0, end: performance.now() });
  }

  private checkNow(t: Tracked): void {
    const text = t.adapter.readText();
    t.text = text;
    const wasTooLong = t.tooLong;
    t.tooLong = text.length > MAX_LIVE_CHARS;
    if (t.tooLong) {
      t.findings = [];
      t.fit = null;
      // Said when the draft grows past the limit, not again after every keystroke (a dismissed note stays dismissed).
      if (!wasTooLong) this.warning = this.notice = `This draft is too long to check as you type (${text.length.toLocaleString('en-US')} characters; the limit is ${MAX_LIVE_CHARS.toLocaleString('en-US')}). Check it in parts, or with the command-line checker.`;
      this.queuePaint();
      this.emit();
      return;
    }
    const audiences = this.audiencesOf(t);
    const report = this.o.analyze(text, audiences.length === 1 ? audiences[0] : audiences);
    t.fit = text.trim() === '' ? null : report.metrics.audienceFit.summary;
    // A term is known when every reader of the draft knows it.
    const known = audiences.map((a) => new Set(this.settings.known[a] ?? []));
    t.findings = report.findings.filter((f) => {
      const key = termKey(f);
      if (this.settings.ignored.has(key) || known.every((k) => k.has(key))) return false;
      return !t.ignoredOnce.some((i) => i.ruleId === f.ruleId && i.start === f.start && i.end === f.end);
    });
    if (this.card?.editorId === t.id) {
      const same = t.findings.find((f) => f.ruleId === this.card!.finding.ruleId && f.start === this.card!.finding.start);
      this.card = same ? { ...this.card, finding: same, selected: Math.min(this.card.selected, Math.max(0, same.suggestions.length - 1)) } : null;
    }
    this.queuePaint();
    this.emit();
  }

  // --- drawing ------------------------------------------------------------------------------

  private queuePaint(): void {
    if (this.paintQueued || this.disposed) return;
    this.paintQueued = true;
    this.o.scheduler.requestAnimationFrame(() => {
      this.paintQueued = false;
      this.paintNow();
    });
  }

  paintNow(): void {
    if (this.disposed) return;
    const t0 = performance.now();
    const list = [...this.editors.values()].map((t) => ({ adapter: t.adapter, findings: t.findings }));
    this.painter.paint(list, this.card?.finding ?? null);
    if (this.profile) performance.measure('jb:paint', { start: t0, end: performance.now() });
    if (this.card) {
      const anchor = this.anchorOf(this.card.editorId, this.card.finding);
      const a = this.card.anchor;
      if (!anchor || !a || anchor.left !== a.left || anchor.top !== a.top || anchor.bottom !== a.bottom) {
        this.card = { ...this.card, anchor };
        this.emit();
      }
    }
  }

  private anchorOf(editorId: number, f: Finding): CardState['anchor'] {
    const t = this.byId(editorId);
    const r = t?.adapter.rects(f.start, f.end)[0];
    return r ? { left: r.left, top: r.top, bottom: r.bottom } : null;
  }

  private emit(): void {
    this.o.onChange?.(this.state());
  }

  // --- pointer and keyboard -----------------------------------------------------------------

  private hit(x: number, y: number, target: Node | null): { t: Tracked; f: Finding } | null {
    const el = target ? fieldOf(target) : null;
    const candidates = el && this.editors.get(el) ? [this.editors.get(el)!] : [...this.editors.values()];
    for (const t of candidates) {
      const box = t.adapter.element.getBoundingClientRect();
      if (x < box.left || x > box.right || y < box.top || y > box.bottom) continue;
      for (const f of t.findings) {
        for (const r of t.adapter.rects(f.start, f.end)) {
          // A little slack below the line: the underline sits under the text.
          if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom + 3) return { t, f };
        }
      }
    }
    return null;
  }

  private onPointerMove(e: PointerEvent): void {
    this.pointer = { x: e.clientX, y: e.clientY };
    if (this.card?.keyboard) return;
    if (this.o.isOwnUi?.(e.target as Node)) {
      if (this.closeTimer !== null) this.o.scheduler.clearTimeout(this.closeTimer);
      this.closeTimer = null;
      return;
    }
    const target = e.target as Node;
    if (this.hoverTimer !== null) this.o.scheduler.clearTimeout(this.hoverTimer);
    this.hoverTimer = this.o.scheduler.setTimeout(() => {
      this.hoverTimer = null;
      if (!this.pointer) return;
      const hit = this.hit(this.pointer.x, this.pointer.y, target);
      if (hit) {
        if (this.closeTimer !== null) this.o.scheduler.clearTimeout(this.closeTimer);
        this.closeTimer = null;
        if (this.card?.finding !== hit.f) this.openCard(hit.t, hit.f, false);
      } else if (this.card && this.closeTimer === null) {
        this.closeTimer = this.o.scheduler.setTimeout(() => {
          this.closeTimer = null;
          if (this.card && !this.card.keyboard) this.closeCard(false);
        }, HOVER_CLOSE_MS);
      }
    }, this.card ? 60 : HOVER_OPEN_MS);
  }

  private onClick(e: MouseEvent): void {
    if (this.o.isOwnUi?.(e.target as Node)) return;
    const hit = this.hit(e.clientX, e.clientY, e.target as Node);
    if (hit) this.openCard(hit.t, hit.f, false);
    else if (this.card) this.closeCard(false);
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (e.altKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyJ') {
      const el = fieldOf(e.target as Node) ?? fieldOf(this.o.doc.activeElement);
      const t = el ? (this.editors.get(el) ?? this.track(el)) : null;
      if (!t) return;
      e.preventDefault();
      e.stopPropagation();
      this.openNextAfterCaret(t);
      return;
    }
    if (e.key === 'Escape' && this.card && !this.card.keyboard && !this.o.isOwnUi?.(e.target as Node)) {
      this.closeCard(false);
    }
  }

  /** Alt+J: the card for the next finding after the caret, wrapping to the first. */
  openNextAfterCaret(t: Tracked): void {
    if (t.timer !== null) {
      this.o.scheduler.clearTimeout(t.timer);
      t.timer = null;
      this.check(t);
    }
    const caret = t.adapter.caretOffset() ?? 0;
    const next = t.findings.find((f) => f.start >= caret) ?? t.findings.find((f) => f.end >= caret) ?? t.findings[0];
    this.returnFocus = { id: t.id, offset: caret };
    if (!next) {
      this.notice = 'No jargon found in this draft.';
      this.emit();
      return;
    }
    this.openCard(t, next, true);
  }

  private openCard(t: Tracked, f: Finding, keyboard: boolean): void {
    if (!keyboard) this.returnFocus = null;
    this.card = { editorId: t.id, finding: f, selected: 0, keyboard, anchor: this.anchorOf(t.id, f) };
    this.notice = '';
    this.queuePaint();
    this.emit();
  }

  closeCard(restoreFocus = true): void {
    const card = this.card;
    this.card = null;
    this.queuePaint();
    this.emit();
    if (restoreFocus && card) {
      const t = this.byId(card.editorId);
      const back = this.returnFocus?.id === card.editorId ? this.returnFocus.offset : null;
      t?.adapter.focus(back ?? undefined);
    }
    this.returnFocus = null;
  }

  select(index: number): void {
    if (!this.card) return;
    const n = this.card.finding.suggestions.length;
    if (n === 0) return;
    this.card = { ...this.card, selected: ((index % n) + n) % n };
    this.emit();
  }

  // --- actions --------------------------------------------------------------------------------

  /** Applies a suggestion of the open card's finding. Writes nothing if the words have changed. */
  apply(index = this.card?.selected ?? 0): boolean {
    const card = this.card;
    if (!card) return false;
    const t = this.byId(card.editorId);
    const suggestion = card.finding.suggestions[index];
    if (!t || !suggestion) return false;
    const f = card.finding;
    // Most rewrites replace the flagged words; some replace a wider range (an active sentence, a move).
    const range = suggestion.replaces ?? { start: f.start, end: f.end, text: f.text };
    const result = t.adapter.replace(range.start, range.end, range.text, suggestion.text);
    this.card = null;
    this.returnFocus = null;
    if (!result.ok) {
      this.notice =
        result.reason === 'stale'
          ? `The text changed since it was checked; nothing was replaced. Check "${f.text}" again.`
          : result.reason === 'unsupported'
            ? `This editor cannot take a change its own undo could reverse, so nothing was written. Replace "${f.text}" by hand.`
            : 'This editor did not accept the change; nothing was replaced.';
    } else {
      this.notice = `Replaced "${f.text}" with "${suggestion.text}". Undo with Ctrl+Z.`;
      this.afterSettle(t, result);
    }
    // The input event from the edit re-checks too; check now so the card and count are current.
    this.check(t);
    return result.ok;
  }

  /** Shows a message the user must see, until they dismiss it. */
  warn(message: string): void {
    this.warning = this.notice = message;
    this.emit();
  }

  dismissWarning(): void {
    this.warning = '';
    this.emit();
  }

  /** An editor that renders the change a moment later: check again when it has, and say so if it never does. */
  private afterSettle(t: Tracked, result: ApplyResult): void {
    void result.settled?.then((ok) => {
      if (this.disposed) return;
      if (!ok) this.warning = this.notice = 'The editor did not show the change as expected. Check the text; Ctrl+Z undoes what it did.';
      this.check(t);
    });
  }

  /** "Ignore this term always" (kind 'ignore') or "My readers know this" for this audience (kind 'known'). */
  remember(kind: 'ignore' | 'known'): void {
    const card = this.card;
    if (!card) return;
    const key = termKey(card.finding);
    const t = this.byId(card.editorId);
    // "My readers know this": every reader of this draft (several for a mixed audience).
    const audiences = t ? this.audiencesOf(t) : [this.settings.audience];
    if (kind === 'ignore') {
      this.o.remember?.({ kind, key, audience: audiences[0] });
      this.settings = { ...this.settings, ignored: new Set(this.settings.ignored).add(key) };
    } else {
      const known = { ...this.settings.known };
      for (const audience of audiences) {
        this.o.remember?.({ kind, key, audience });
        known[audience] = [...(known[audience] ?? []), key];
      }
      this.settings = { ...this.settings, known };
    }
    this.notice =
      kind === 'ignore' ? `"${card.finding.text}" will not be flagged again.` : `"${card.finding.text}" will not be flagged for ${audiences.join(' and ')} readers.`;
    this.closeCard(card.keyboard);
    for (const t of this.editors.values()) this.check(t);
  }

  ignoreOnce(): void {
    const card = this.card;
    if (!card) return;
    const t = this.byId(card.editorId);
    if (t) {
      t.ignoredOnce.push({ ruleId: card.finding.ruleId, start: card.finding.start, end: card.finding.end });
      t.findings = t.findings.filter((f) => f !== card.finding);
    }
    this.notice = `Ignored "${card.finding.text}" here.`;
    this.closeCard(card.keyboard);
  }
}
