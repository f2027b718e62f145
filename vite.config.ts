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

/** Modules that load only when needed (import()), never in the core chunk; and the entry. */
const LAZY =
  /\/src\/(fertility-qa\.ts|qa-search\/|search\/|i18n\/(es|fr|de|ar|en-search)\.ts|expert-answer\/video-panel)|\/node_modules\/@orama\//;

// `vite build` writes two ES modules for script tags (lit and every dependency inside):
// - dist/fertility-qa.js: a tiny entry that loads the rest from beside itself, in
//   chunks with hashed names (core-*.js: Lit and the elements; qa-search-*.js and
//   search-index-*.js only on pages with <qa-search>; one file per language, only when
//   used). No chunk imports the entry, so a query string on it loads nothing twice.
// - dist/fertility-qa.single.js: everything in one file, no chunks, for sites that
//   require an `integrity` hash on every script.
// `vite` (npm run demo): serves demo/ and src/ for the demo pages.
export default defineConfig({
  plugins: [minifyTemplateLiterals()],
  // The demo's API page: api-viewer-element brings its own Lit 2; one Lit for the whole page (issue 15).
  resolve: { dedupe: ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'] },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true, // dist/lib is written after this, by tsc
    minify: true,
    // Maps beside every file, not linked from it (DevTools loads them on request):
    // the link comment cost about 35 bytes of gzip per file a page loads.
    sourcemap: 'hidden',
    lib: {
      entry: 'src/fertility-qa.ts',
      formats: ['es'],
    },
    rolldownOptions: {
      // The entry exports nothing, so no chunk imports it (by a name that a query
      // string such as ?ver=6.4 would turn into a second copy).
      preserveEntrySignatures: 'strict',
      output: [
        {
          entryFileNames: 'fertility-qa.js',
          chunkFileNames: (chunk) => (chunk.name === 'define' ? 'core-[hash].js' : '[name]-[hash].js'),
          // Everything a question page runs stays in the core chunk, also what a lazy chunk
          // shares with it (Lit, safe-url…): left to itself, rolldown moves those into a
          // shared chunk of their own, one more request that gzips worse.
          advancedChunks: { groups: [{ name: 'define', test: (id: string) => !LAZY.test(id) }] },
          // Library mode keeps ES output readable unless minification is asked for here.
          minify: true,
        },
        {
          // Modules stay lazy inside (wrapped), so a second copy still never evaluates Lit.
          entryFileNames: 'fertility-qa.single.js',
          codeSplitting: false,
          minify: true,
        },
      ],
    },
  },
});
