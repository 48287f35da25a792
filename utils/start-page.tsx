import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { PageUi, createStore } from '../components/PageUi';
import { PAGE_UI_CSS } from '../components/ui-css';
import { analyze } from '../lib/analysis/analyze';
import { ParagraphCache } from '../lib/analysis/doc';
import { configProfiles, type Engine, engineFor } from '../lib/config/engine';
import { loadNlp } from '../lib/analysis/nlp';
import { ApplyAllReply, ApplyAllRequest, CountMessage, DraftAudienceRequest, DraftReply, DraftRequest, PageStateReply, StateRequest } from '../lib/messages';
import { genericAdapter, type PageSettings, PageController } from '../lib/page/controller';
import { matchRecipients } from '../lib/config/recipients';
import { ContentEditableAdapter } from '../lib/editors/contenteditable';
import { siteFor } from '../lib/sites';
import { findProfile } from '../lib/profiles';
import { DEFAULTS } from '../lib/settings/schema';
import { layered } from '../lib/config/layers';
import { audienceSetting, configSetting, disabledSitesSetting, ignoredTermsSetting, knownTermsSetting, managedPolicy, watchManagedPolicy } from './settings';

/**
 * Starts Jargon Bridge in a page: the content script calls it, and so does the bundled demo page.
 * The engine runs in the page: checking a 2,000-word draft after a keystroke costs well under a
 * millisecond (README, "Speed"), less than a round trip to a worker would.
 */
export async function startJargonBridge(ctx: ContentScriptContext, host = location.hostname): Promise<void> {
  const [audience, ignored, known, disabled, userConfig, policy] = await Promise.all([
    audienceSetting.get(),
    ignoredTermsSetting.get(),
    knownTermsSetting.get(),
    disabledSitesSetting.get(),
    configSetting.get(),
    managedPolicy(),
  ]);
  // The organisation's policy first, the user's own entries on top.
  let org = policy.config;
  let locked = policy.locked;
  const config = layered(org, userConfig);
  // The user's glossary and audiences; the lexicon is compiled on the first check after a change.
  let engine: Engine | null = null;
  let profiles = configProfiles(config);
  // A locked audience is the organisation's default, whatever the user picked.
  const chosenAudience = () => (locked.includes('audience') && org?.settings.defaultAudience ? org.settings.defaultAudience : current.audience);
  const settings = (): PageSettings => ({
    audience: findProfile(chosenAudience(), profiles) ? chosenAudience() : DEFAULTS.audience,
    ignored: new Set(current.ignored),
    known: current.known,
  });
  const current = { audience, ignored, known, config, enabled: !disabled.includes(host) };

  let controller: PageController | null = null;
  let lastCount = -1;
  // The lexicon is compiled on the first check, not at page load: a page with no draft pays nothing for it.
  let cache: ParagraphCache | undefined;
  const store = createStore({ audience: settings().audience, editorId: null, recipients: [], override: null, findings: 0, fit: null, card: null, notice: '', warning: '' });
  // Quoted text, the editor's input path and the recipients: what the site adapter knows.
  const site = siteFor(host, location.pathname);

  const reportCount = (count: number) => {
    if (count === lastCount) return;
    lastCount = count;
    // The background shows it on the toolbar badge; it may be asleep, and that is fine.
    browser.runtime.sendMessage(CountMessage.parse({ type: 'jb:count', count })).catch(() => {});
  };

  const ui = await createShadowRootUi(ctx, {
    name: 'jargon-bridge-ui',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css: PAGE_UI_CSS,
    onMount(container, _shadow, shadowHost) {
      // Which instance of the content script this is (a new one replaces the old after an update).
      shadowHost.dataset.instance = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
      const layer = document.createElement('div');
      layer.className = 'jb-layer';
      container.append(layer);
      const reactRoot = document.createElement('div');
      container.append(reactRoot);
      controller = new PageController({
        doc: document,
        overlay: layer,
        analyze: (text, aud) => {
          if (!cache) {
            engine ??= engineFor(current.config);
            cache = new ParagraphCache(engine.lexicon);
            // compromise arrives a moment later: re-read every draft with it (README, "Speed").
            void loadNlp().then(() => {
              cache?.clear();
              controller?.recheckAll();
            });
          }
          return analyze(text, { audience: aud, cache, profiles });
        },
        settings: settings(),
        findFields: site.findFields,
        adapterFor: (el, overlay) => {
          if (site.ignores?.(el)) return null;
          if (site.adapterFor) return site.adapterFor(el);
          return el.isContentEditable ? new ContentEditableAdapter(el, site.editorOptions(el)) : genericAdapter(el, overlay);
        },
        // Matched on the device against the directory; recipients are neither stored nor sent.
        // An audience locked by the organisation stays put whoever the draft is to.
        recipientsOf: (el) => (locked.includes('audience') ? [] : matchRecipients(site.recipients(el), current.config.stakeholders)),
        scheduler: {
          setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
          clearTimeout: (id) => clearTimeout(id),
          requestAnimationFrame: (fn) => ctx.requestAnimationFrame(fn),
          addEventListener: (target, type, fn, options) => ctx.addEventListener(target as Window, type as 'click', fn, options),
        },
        isOwnUi: (node) => node === shadowHost || shadowHost.contains(node),
        remember: ({ kind, key, audience: aud }) => {
          const failed = () => {
            controller?.warn('Could not save that choice: the browser refused to store it (its storage may be full). It applies to this page until you reload.');
          };
          if (kind === 'ignore') {
            current.ignored = [...new Set([...current.ignored, key])];
            ignoredTermsSetting.set(current.ignored).catch(failed);
          } else {
            current.known = { ...current.known, [aud]: [...new Set([...(current.known[aud] ?? []), key])] };
            knownTermsSetting.set(current.known).catch(failed);
          }
        },
        onChange: (state) => {
          store.set(state);
          shadowHost.dataset.findings = String(state.findings);
          shadowHost.dataset.audience = state.audience;
          reportCount(state.findings);
        },
      });
      const root = createRoot(reactRoot);
      // "executive+clinician" for a draft to both: "executives and clinicians".
      const readersOf = (ids: string) =>
        ids
          .split('+')
          .map((id) => findProfile(id, profiles)?.readers ?? id)
          .join(' and ');
      root.render(<PageUi store={store} controller={controller} readersOf={readersOf} />);
      controller.start();
      return root;
    },
    onRemove(root) {
      root?.unmount();
      controller?.dispose();
      controller = null;
      reportCount(0);
    },
  });

  const refresh = () => controller?.updateSettings(settings());
  let userLayer = userConfig;
  const applyConfig = () => {
    current.config = layered(org, userLayer);
    profiles = configProfiles(current.config);
    engine = null;
    cache = undefined;
    refresh();
  };
  const setEnabled = (enabled: boolean) => {
    current.enabled = enabled;
    if (enabled && !ui.mounted) ui.mount();
    if (!enabled && ui.mounted) ui.remove();
  };
  setEnabled(current.enabled);

  const unwatch = [
    audienceSetting.watch((v) => {
      current.audience = v;
      refresh();
    }),
    ignoredTermsSetting.watch((v) => {
      current.ignored = v;
      refresh();
    }),
    knownTermsSetting.watch((v) => {
      current.known = v;
      refresh();
    }),
    disabledSitesSetting.watch((v) => setEnabled(!v.includes(host))),
    configSetting.watch((v) => {
      // New glossary terms or audiences take effect on open drafts at once.
      userLayer = v;
      applyConfig();
    }),
    watchManagedPolicy((p) => {
      org = p.config;
      locked = p.locked;
      applyConfig();
    }),
  ];
  ctx.onInvalidated(() => unwatch.forEach((u) => u()));

  // The popup and the side panel ask the page; only our own extension can send these messages.
  const onMessage = (message: unknown, sender: { id?: string; tab?: unknown }, sendResponse: (r: unknown) => void) => {
    if (sender.id !== browser.runtime.id || sender.tab) return undefined;
    if (StateRequest.safeParse(message).success) {
      const state = controller?.state();
      sendResponse(
        PageStateReply.parse({
          host,
          enabled: current.enabled,
          findings: state?.findings ?? 0,
          audience: state?.audience ?? settings().audience,
          fields: controller?.allFindings().length ?? 0,
          fit: state?.fit ?? null,
          editorId: state?.editorId ?? null,
          recipients: state?.recipients ?? [],
          override: state?.override ?? null,
        }),
      );
      return undefined;
    }
    if (DraftRequest.safeParse(message).success) {
      // The draft's own audience: its recipients', or the popup's choice for it ("executive+clinician" when mixed).
      sendResponse(DraftReply.parse({ draft: current.enabled ? (controller?.draft() ?? null) : null, audience: controller?.state().audience ?? settings().audience }));
      return undefined;
    }
    const choice = DraftAudienceRequest.safeParse(message);
    if (choice.success) {
      const known = choice.data.audience === null || findProfile(choice.data.audience, profiles);
      sendResponse({ ok: Boolean(known) && (controller?.setDraftAudience(choice.data.editorId, choice.data.audience) ?? false) });
      return undefined;
    }
    const apply = ApplyAllRequest.safeParse(message);
    if (apply.success) {
      const { editorId, start, end, expected, replacement } = apply.data;
      sendResponse(ApplyAllReply.parse({ ok: controller?.applyAll(editorId, start, end, expected, replacement) ?? false }));
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}
