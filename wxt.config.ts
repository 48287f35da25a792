import { defineConfig } from 'wxt';

/**
 * `syllable` uses `pluralize`, whose UMD wrapper only fills `module.exports` when a global
 * `require` exists. Bundled for the browser there is none, so it set a global instead and the
 * import was undefined ("(0, x.default) is not a function" in the content script). This takes the
 * CommonJS branch whenever `module.exports` exists.
 */
const pluralizeUmdFix = {
  name: 'jb-pluralize-umd',
  transform(code: string, id: string) {
    if (!id.includes('/node_modules/pluralize/')) return null;
    return code.replace("typeof require === 'function' && typeof exports === 'object'", "typeof exports === 'object'");
  },
};

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  vite: () => ({ plugins: [pluralizeUmdFix] }),
  manifest: ({ browser }) => ({
    name: 'Jargon Bridge',
    description: 'Flags jargon in health-IT writing for the reader you choose, and offers plain rewrites. Nothing leaves your browser.',
    // activeTab: the popup learns the current page's site when the user opens it; scripting: the
    // content script for sites the user turned on (README, "Privacy and security").
    permissions: ['storage', 'activeTab', 'scripting'],
    // Any other site only when the user turns Jargon Bridge on for it, one site at a time.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // The side panel downloads the open Google Doc's text (or a presentation's PPTX) to check it
    // whole, with the user's session, as File > Download does (README, "Privacy and security").
    // The mail sites are the content script's own; listed here too so that after an update the
    // background can put the new content script into drafts already open (no new warning: the
    // content script's matches already ask for them).
    host_permissions: ['https://docs.google.com/*', 'https://mail.google.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*'],
    // Our pages run only our own bundled scripts: no eval, no remote code, no plugins, no <base> tricks.
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'" },
    // Enterprise policy: an organisation's glossary, audiences and locked settings (README, "Organisation policy").
    storage: { managed_schema: 'managed_schema.json' },
    ...(browser === 'firefox'
      ? {
          // Firefox needs an add-on id in Manifest V3; data_collection_permissions needs 140+.
          // We collect no data at all, and say so in Firefox's own terms.
          browser_specific_settings: { gecko: { id: 'jargon-bridge@jargon-bridge.dev', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } } },
        }
      : {}),
  }),
});
