import { defineConfig, type Plugin } from 'vite';
import { minifyHTMLLiterals } from 'minify-literals';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import { spawn } from 'node:child_process';

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

/**
 * The single file (everything inside, no chunks) and the feed editor (vite.editor.config.ts)
 * read every feed with the validator: they carry it anyway, so the clean reader
 * (src/feed/validate/clean.ts, the widget's first reading of a feed) would only add bytes
 * there. In-page.ts's import of it resolves to a reader that declines every feed.
 */
export function withoutCleanReader(): Plugin {
  const id = '\0fertility-qa:no-clean-reader';
  return {
    name: 'fertility-qa:without-clean-reader',
    apply: 'build',
    enforce: 'pre',
    resolveId: (source, importer) => (source === './clean.js' && importer?.endsWith('/src/feed/validate/in-page.ts') ? id : null),
    load: (loaded) => (loaded === id ? 'export const readCleanFeed = () => undefined;' : null),
  };
}

/**
 * `npm run demo` for a newcomer (issue 27): the address Vite prints (`/`) and `/demo`
 * lead to the demo (`/demo/`), and the built script the snippet builder offers
 * (`/dist/`: `integrity.json`, `fertility-qa.single.js`) is built on the first request
 * for it when a fresh clone has none (`npm run build:bundle`, about 5 s once, against
 * about 0.6 s for the server to start: building before every start would cost those
 * 5 s on every `npm run demo`). After that, `npm run build` refreshes it. dist/ files
 * are sent as built (Vite would transform a script, adding a source map, and the bytes
 * would no longer match their integrity hash), with CORS, as a self-hosted copy must be; so
 * are the demo's feeds (`/demo/*.json`), as a published feed is.
 */
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json', '.html': 'text/html', '.css': 'text/css', '.br': 'application/octet-stream', '.gz': 'application/gzip' };

function demoServer(): Plugin {
  let building: Promise<void> | undefined;
  const buildBundle = (log: (message: string) => void) =>
    new Promise<void>((resolve, reject) => {
      const started = Date.now();
      log('fertility-qa: no dist/ yet; building it for the snippet builder (npm run build:bundle, a few seconds, once)…');
      // As from a shell: Vite's dev server sets NODE_ENV=development, which would build Lit's
      // development copy into dist/ (about 13 KB more on every page) under the same names.
      const { NODE_ENV: _, ...env } = process.env;
      const child = spawn('npm', ['run', 'build:bundle'], { stdio: ['ignore', 'pipe', 'pipe'], env });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('error', reject);
      child.on('close', (code) => {
        if (code === 0) {
          log(`fertility-qa: dist/ built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
          resolve();
        } else reject(new Error(`npm run build:bundle failed (exit ${code}):\n${output}`));
      });
    });
  return {
    name: 'fertility-qa:demo-server',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '/').split(/[?#]/)[0] ?? '/';
        if (path === '/' || path === '/demo' || path === '/index.html') {
          response.writeHead(302, { location: '/demo/' }).end();
          return;
        }
        // The demo's feeds, readable from any origin as a published feed is (the builder's check
        // of a script snippet reads the feed's CORS header as a page on another site would).
        if (/^\/demo\/[\w.-]+\.json$/.test(path)) response.setHeader('access-control-allow-origin', '*');
        if (!path.startsWith('/dist/')) return next();
        const send = () => {
          const dist = resolve('dist');
          let file: string;
          try {
            file = resolve(dist, decodeURIComponent(path.slice('/dist/'.length)));
          } catch {
            return next(); // a malformed %-escape: not a file of ours
          }
          if (!file.startsWith(dist + sep) || !existsSync(file) || !statSync(file).isFile()) return next();
          response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'access-control-allow-origin': '*', 'cache-control': 'no-cache' });
          response.end(readFileSync(file));
        };
        if (existsSync('dist/integrity.json')) return send();
        building ??= buildBundle((message) => server.config.logger.info(message, { timestamp: true })).finally(() => (building = undefined));
        building.then(send, next);
      });
    },
  };
}

/**
 * Modules that load only when needed (import()), never in the core chunk; and the entry. (reading-place-controller:
 * only for an element with a text copy; after-paint and what only it imports: once a question or its problem shows;
 * feed-context and @lit/context: only where a <qa-feed> or <qa-search> shares its feed.)
 */
const LAZY =
  /\/src\/(fertility-qa\.ts|qa-search\/|search\/|i18n\/(es|fr|de|ar|en-search|en-video|en-about)\.ts|expert-answer\/video-panel|fertility-question\/(reading-place-controller|after-paint|deep-link-controller|error-report-controller|review-controller)|seo\/|feed\/feed-context|feed\/validate\/(full|feed|field-reader|paged|people|question|video)\.ts$)|\/node_modules\/(@orama|@lit\/context)\//;

// `vite build` writes the ES modules for script tags (lit and every dependency inside):
// - dist/fertility-qa.js: a tiny entry that loads the rest from beside itself, in
//   chunks with hashed names (core-*.js: Lit and the elements; video-panel-*.js for
//   answers with a video; full-*.js, the validator, read only by a feed the
//   clean reader declines (a problem, a partial index); qa-search-*.js and search-index-*.js only on pages with <qa-search>; one
//   file per language, only when used). No chunk imports the entry, so a query string
//   on it loads nothing twice.
// - dist/fertility-qa.single.js (a second run, `FQA_BUILD=single vite build`, which
//   keeps what the first wrote): everything in one file, no chunks, for sites that
//   require an `integrity` hash on every script. Without the clean reader: the validator
//   is inside it anyway (withoutCleanReader).
// `vite` (npm run demo): serves demo/ and src/ for the demo pages (see demoServer).
const single = process.env.FQA_BUILD === 'single';
export default defineConfig({
  plugins: [...(single ? [withoutCleanReader()] : []), minifyTemplateLiterals(), demoServer()],
  // The dev server's dependency scan reads the demo pages only: examples/ import the
  // packed package (fertility-qa/…), which a fresh clone has not built.
  optimizeDeps: { entries: ['demo/**/*.html'] },
  // The demo's API page: api-viewer-element brings its own Lit 2; one Lit for the whole page (issue 15).
  resolve: { dedupe: ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'] },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: !single, // dist/lib is written after this, by tsc
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
      output: single
        ? {
            // Modules stay lazy inside (wrapped), so a second copy still never evaluates Lit.
            entryFileNames: 'fertility-qa.single.js',
            codeSplitting: false,
            minify: true,
            comments: { annotation: false },
          }
        : {
            entryFileNames: 'fertility-qa.js',
            chunkFileNames: (chunk) => (chunk.name === 'define' ? 'core-[hash].js' : '[name]-[hash].js'),
            // Everything a question page runs stays in the core chunk, also what a lazy chunk
            // shares with it (Lit, safe-url…): left to itself, rolldown moves those into a
            // shared chunk of their own, one more request that gzips worse.
            codeSplitting: { groups: [{ name: 'define', test: (id: string) => !LAZY.test(id) }] },
            // Library mode keeps ES output readable unless minification is asked for here.
            minify: true,
            // The minified code keeps rolldown's /* @__PURE__ */ marks (29 in the core, 54 bytes
            // of gzip): no tool reads them after this build.
            comments: { annotation: false },
          },
    },
  },
});
