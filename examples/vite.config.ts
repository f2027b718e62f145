import { defineConfig } from 'vite';

// `npm run build:examples`: the React and Vue examples as ES modules in
// examples/dist/, each with its framework and the elements bundled in, for the
// browser tests (test/frameworks.test.ts).
export default defineConfig({
  root: 'examples',
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    minify: false,
    lib: {
      entry: { react: 'react/app.tsx', vue: 'vue/app.ts' },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
  },
});
