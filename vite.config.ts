import { defineConfig } from 'vite';

// `vite build`: the one-file bundle dist/fertility-qa.js (lit and every
// dependency inside; later chunks, if any, load from beside it).
// `vite` (npm run demo): serves demo/ and src/ for the demo pages.
export default defineConfig({
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true, // dist/lib is written after this, by tsc
    minify: true,
    sourcemap: true,
    lib: {
      entry: 'src/fertility-qa.ts',
      formats: ['es'],
      fileName: () => 'fertility-qa.js',
    },
    rolldownOptions: {
      // Library mode keeps ES output readable unless minification is asked for here.
      output: { minify: true },
    },
  },
});
