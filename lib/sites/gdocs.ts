import { GoogleDocsAdapter } from '../editors/gdocs';
import type { Site } from './types';

/**
 * Google Docs (docs.google.com/document): the document is drawn on a canvas, so the editor is read
 * through Docs' annotated-canvas mode (lib/editors/gdocs.ts, lib/sites/gdocs-bridge.ts). Where Docs
 * does not honour our id, the side panel checks the document's plain-text export instead.
 *
 * Test URLs (manual checks on the live site):
 *   https://docs.google.com/document/d/<id>/edit  (any document you can edit)
 */
const EDITOR = '.kix-appview-editor';

export const googleDocs: Site = {
  id: 'google-docs',
  editorOptions: () => ({}),
  recipients: () => [],
  findFields: (doc) => [...doc.querySelectorAll<HTMLElement>(EDITOR)],
  // Only the document: Docs' comment boxes and other editable bits get no adapter.
  adapterFor: (el) => (el.matches(EDITOR) ? new GoogleDocsAdapter(el) : null),
};
