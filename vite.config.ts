import { defineConfig, type Plugin } from 'vite';
import { minifyHTMLLiterals } from 'minify-literals';

/**
 * Minifies the CSS and HTML inside Lit's css`` and html`` templates in the
 * bundle (minify-literals: Lightning CSS and html-minifier-next). Whitespace
 * between inline elements is kept as one space.
 */
function minifyTemplateLiterals(): Plugin {
  return {
    name: 'fertility-qa:minify-template-literals',
    apply: 'build',
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|css)`/.test(code)) return null;
      const result = await minifyHTMLLiterals(code, {
        fileName: id,
        html: { collapseWhitespace: true, conservativeCollapse: true, removeComments: true },
      });
      return result ? { code: result.code, map: result.map } : null;
    },
  };
}

// `vite build`: the one-file bundle dist/fertility-qa.js (lit and every
// dependency inside; later chunks, if any, load from beside it).
// `vite` (npm run demo): serves demo/ and src/ for the demo pages.
export default defineConfig({
  plugins: [minifyTemplateLiterals()],
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
      // Lit and the shared code stay in fertility-qa.js (the search chunk imports
      // them from it), rather than in a third file every page would wait for.
      preserveEntrySignatures: 'allow-extension',
      // Library mode keeps ES output readable unless minification is asked for here.
      output: { minify: true },
    },
  },
});
