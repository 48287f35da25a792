/** Styles of our in-page UI, inside its shadow root (the page's CSS cannot reach it, nor ours the page). */
export const PAGE_UI_CSS = `
:host { all: initial; }
.jb-layer { position: fixed; inset: 0; pointer-events: none; z-index: 2147483646; }
.jb-underline { position: fixed; pointer-events: none; box-sizing: border-box; border-bottom: 2px solid #d97706; }
.jb-underline[data-severity="info"] { border-bottom: 2px dotted #1565c0; }
.jb-underline[data-severity="error"] { border-bottom-color: #c62828; }
.jb-underline[data-severity="note"] { border-bottom: 2px dashed #8250df; }
.jb-underline[data-active] { background: rgba(217, 119, 6, 0.18); }
.jb-card {
  position: fixed; z-index: 2147483647; pointer-events: auto; box-sizing: border-box;
  width: 340px; max-width: calc(100vw - 16px); padding: 12px 14px 12px;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", sans-serif; color: #1f2328;
  background: #fff; border: 1px solid #d0d7de; border-top: 4px solid #d97706; border-radius: 8px;
  box-shadow: 0 8px 24px rgba(31, 35, 40, 0.18);
}
.jb-card[data-severity="info"] { border-top-color: #1565c0; }
.jb-card[data-kind="sentence"], .jb-card[data-kind="structure"] { border-top-color: #8250df; }
.jb-card:focus { outline: none; }
.jb-card-head { display: flex; align-items: center; justify-content: space-between; }
.jb-kind { font-size: 12px; font-weight: 600; letter-spacing: 0.02em; text-transform: uppercase; color: #57606a; }
.jb-close { border: 0; background: none; font-size: 20px; line-height: 1; padding: 0 4px; cursor: pointer; color: #57606a; }
.jb-fit { margin-top: 2px; font-size: 12px; color: #57606a; }
.jb-term { margin: 4px 0 6px; font-size: 17px; font-weight: 650; }
.jb-note-title { margin: 4px 0 6px; font-size: 15px; font-weight: 600; line-height: 1.35; }
.jb-why { margin: 0 0 10px; color: #3b4249; font-size: 13px; }
.jb-label { font-size: 12px; font-weight: 600; color: #57606a; margin-bottom: 4px; }
.jb-suggestions { list-style: none; margin: 0 0 10px; padding: 0; border-radius: 6px; }
.jb-suggestions:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; }
.jb-suggestion { padding: 6px 8px; border-radius: 6px; cursor: pointer; }
.jb-suggestion[aria-selected="true"] { background: #ddf4ff; }
.jb-suggestion-text { font-weight: 600; color: #0a3069; }
.jb-note { color: #57606a; font-size: 12px; }
.jb-hint { margin: 0 0 10px; color: #57606a; font-size: 13px; }
.jb-actions { display: flex; flex-wrap: wrap; gap: 6px; }
.jb-actions button {
  font: inherit; font-size: 13px; padding: 4px 10px; border-radius: 6px; cursor: pointer;
  border: 1px solid #d0d7de; background: #f6f8fa; color: #1f2328;
}
.jb-actions button:focus-visible, .jb-close:focus-visible { outline: 2px solid #0969da; outline-offset: 1px; }
.jb-actions .jb-primary { background: #1f883d; border-color: #1a7f37; color: #fff; font-weight: 600; }
.jb-toast { position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; max-width: 380px; display: flex; gap: 10px; align-items: flex-start; padding: 10px 12px; border-radius: 8px; background: #fff8c5; color: #3b2300; border: 1px solid #d4a72c; box-shadow: 0 4px 14px rgba(0,0,0,.18); font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", sans-serif; pointer-events: auto; }
.jb-toast button { font: inherit; border: 1px solid #d4a72c; background: #fff; border-radius: 6px; padding: 2px 8px; cursor: pointer; }
.jb-live { position: fixed; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
`;
