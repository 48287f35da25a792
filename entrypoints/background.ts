// The extension's service worker. The content script, popup and badge arrive with the extension
// issue; for now it only exists so the build has a background entrypoint (tests find the
// extension id from its URL).
export default defineBackground(() => {});
