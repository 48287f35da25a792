/** The DOM event names and attribute between the Docs content script and the page-world bridge (no dependencies: the tiny document_start script imports only this). */
export const DOCS_CALL = 'jb-docs:call';
export const DOCS_RETURN = 'jb-docs:return';
/** The content script tells the page-world script our extension id (the page world cannot ask the browser). */
export const DOCS_EXTENSION_ID = 'jb-docs:extension-id';
export const EXTENSION_ID_ATTR = 'data-jb-extension-id';
