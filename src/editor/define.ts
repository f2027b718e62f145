/**
 * The feed editor's entry (dist/editor/fertility-qa-editor.js, its own build: the
 * widget's script never loads it). Registers the editor's elements, and the widget's
 * own elements for the live preview.
 */
import '../define.js';
import { FqaFeedEditor } from './feed-editor/feed-editor.js';
import { FqaEditorPreview } from './editor-preview/editor-preview.js';
import { FqaCsvImport } from './csv-import/csv-import.js';

for (const [name, element] of [
  ['fqa-feed-editor', FqaFeedEditor],
  ['fqa-editor-preview', FqaEditorPreview],
  ['fqa-csv-import', FqaCsvImport],
] as const) {
  if (!customElements.get(name)) customElements.define(name, element);
}

export { FqaFeedEditor, FqaEditorPreview, FqaCsvImport };
