// Writes dist/embed/embed.html and dist/embed/embed.js after `vite build`: the
// iframe page of demo/embed.html, loading the widget from dist/ (../fertility-qa.js),
// so a site can host the iframe page from the dist/ folder it already hosts,
// next to its feed (embed.html shows feeds from its own origin, or from the
// origins in its <meta name="fertility-qa-feed-origins">). embed.js is demo/embed.js
// bundled with the fit it shares with `fertility-qa pages` (src/snippet/fit-in-frame.ts).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { build } from 'vite';

const root = new URL('../', import.meta.url);
const html = readFileSync(new URL('demo/embed.html', root), 'utf8');
const built = html.replace('<script type="module" src="../src/fertility-qa.ts"></script>', '<script type="module" src="../fertility-qa.js"></script>');
if (built === html) throw new Error('demo/embed.html no longer loads ../src/fertility-qa.ts: update scripts/embed-page.mjs');
mkdirSync(new URL('dist/embed/', root), { recursive: true });
writeFileSync(new URL('dist/embed/embed.html', root), built);
await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: new URL('dist/embed/', root).pathname,
    emptyOutDir: false,
    minify: false,
    lib: { entry: new URL('demo/embed.js', root).pathname, formats: ['es'], fileName: () => 'embed.js' },
  },
});
console.log('dist/embed/embed.html, dist/embed/embed.js: the iframe page');
