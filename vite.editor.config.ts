import { defineConfig } from 'vite';
import { withoutCleanReader } from './vite.config.ts';

// `vite build -c vite.editor.config.ts` (in `npm run build:bundle`): the feed editor
// (issue 30) as its own entry, dist/editor/fertility-qa-editor.js, with its chunks
// (the interface's other languages, the widget's own lazy parts for the preview)
// beside it in dist/editor/. The widget's script never imports anything from there;
// scripts/size-budget.mjs checks it and prints the editor's bytes. `fertility-qa edit`
// serves this folder. The editor reads feeds with its validator, so the widget's preview
// does too (withoutCleanReader).
export default defineConfig({
  plugins: [withoutCleanReader()],
  resolve: { dedupe: ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'] },
  build: {
    target: 'es2022',
    outDir: 'dist/editor',
    emptyOutDir: true,
    minify: true,
    sourcemap: 'hidden',
    lib: { entry: 'src/editor/define.ts', formats: ['es'] },
    rolldownOptions: {
      output: { entryFileNames: 'fertility-qa-editor.js', chunkFileNames: '[name]-[hash].js', minify: true, comments: { annotation: false } },
    },
  },
});
