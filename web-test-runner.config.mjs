// Tests run in Debian's Chromium (headless), served by the test runner's own
// dev server: fixtures are real files, fetched for real.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { fileURLToPath } from 'node:url';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));

/**
 * Test-only server behaviour that a static file cannot give. Real responses
 * from a real server: nothing in the browser is mocked.
 * - `/test-server/slow/<path>?ms=N`: serves `<path>` after N milliseconds.
 * - `/test-server/status/<code>/<path>`: answers with that HTTP status.
 * - `/test-server/as-html/<path>`: serves `<path>` as `text/html`.
 * - `/test-server/hang/<path>`: never answers (until the browser gives up, or 20 s).
 * - `/test-server/once/<key>/<path>`: serves `<path>` the first time, then HTTP 500.
 * - `/test-server/csp/<path>`: serves `<path>` under a strict Content-Security-Policy
 *   with Trusted Types required. `?tt=<names>` adds a `trusted-types <names>` directive
 *   (policy names and keywords such as 'allow-duplicates', space-separated).
 * - `/test-server/copy/<path>`: serves `<path>` at another URL (a second copy of a script).
 * - `/test-server/without-validator/<path>`: serves `<path>`, but not the built validator's chunk
 *   (`dist/full-*.js`: 404), as a site that copied `fertility-qa.js` without the files beside it.
 * - `/test-server/no-cors/<path>`: serves `<path>` without `Access-Control-Allow-Origin`, whatever
 *   the dev server would send: a feed other sites cannot read (a test that needs one sets it up here).
 * - `/test-server/cors/<path>`: the file `<path>` byte for byte (not through the dev server's
 *   module transforms, so an `integrity` hash of the built file matches), with
 *   `Access-Control-Allow-Origin: *`, as a public CDN serves it (under the server's other
 *   host name: a second origin for the snippet's script).
 * - `/test-server/pages/<feed>/<question>/<file>`: what `fertility-qa pages` writes for
 *   demo/<feed>.json (index.html, embed.html, feed.json, oembed.json), made by the built
 *   library (dist/lib, so `npm run build` first) with the script at /dist/fertility-qa.js.
 */
/**
 * `executeServerCommand('forced-colors', { active })` (test/helpers.ts `emulateForcedColors`): Chromium's
 * forced-colors media feature, through the page's DevTools protocol. @web/test-runner-commands'
 * `emulateMedia` takes `forcedColors` in its types but does not pass it on (its tests matched nothing).
 */
function forcedColorsPlugin() {
  return {
    name: 'fertility-qa:forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      await page.emulateMediaFeatures([{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }]);
      return true;
    },
  };
}

export const STRICT_CSP =
  "script-src 'self'; style-src 'self'; object-src 'none'; require-trusted-types-for 'script'";

const servedOnce = new Set();

/** A `?tt=` value fit for a `trusted-types` directive (names and quoted keywords only). */
const trustedTypes = (value) => typeof value === 'string' && /^[\w' -]+$/.test(value);

function testServer() {
  return async (context, next) => {
    const match = context.path.match(/^\/test-server\/([a-z-]+)\/(.*)$/);
    if (!match) return next();
    const [, kind, rest] = match;
    const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
    switch (kind) {
      case 'slow':
        await wait(Math.min(Number(context.query.ms ?? 500), 30_000));
        context.url = `/${rest}`;
        return next();
      case 'status': {
        const [code] = rest.split('/');
        context.status = Number(code);
        context.body = `Status ${code} from the test server`;
        return undefined;
      }
      case 'as-html':
        context.url = `/${rest}`;
        await next();
        context.set('Content-Type', 'text/html; charset=utf-8');
        return undefined;
      case 'hang':
        await new Promise((resolve) => {
          context.req.on('close', resolve);
          setTimeout(resolve, 20_000);
        });
        context.status = 504;
        return undefined;
      case 'once': {
        const [key, ...path] = rest.split('/');
        if (servedOnce.has(key)) {
          context.status = 500;
          context.body = 'Failing on purpose after the first time';
          return undefined;
        }
        servedOnce.add(key);
        context.url = `/${path.join('/')}`;
        return next();
      }
      case 'copy':
        context.url = `/${rest}`;
        return next();
      case 'without-validator':
        if (/^dist\/full-[\w-]+\.js$/.test(rest)) {
          context.status = 404;
          return undefined;
        }
        context.url = `/${rest}`;
        return next();
      case 'no-cors':
        context.url = `/${rest}`;
        await next();
        context.remove('Access-Control-Allow-Origin');
        return undefined;
      case 'cors': {
        const root = process.cwd();
        const file = resolve(root, rest);
        context.set('Access-Control-Allow-Origin', '*');
        if (!file.startsWith(root + sep)) {
          context.status = 404;
          return undefined;
        }
        try {
          context.body = await readFile(file);
          context.type = { '.json': 'application/json', '.html': 'text/html; charset=utf-8' }[extname(file)] ?? 'text/javascript';
        } catch {
          context.status = 404;
        }
        return undefined;
      }
      case 'pages': {
        const [feedName, question, file] = rest.split('/');
        const { validateFeed } = await import('./dist/lib/feed/validate.js');
        const { questionPageFiles } = await import('./dist/lib/snippet/pages.js');
        let body;
        try {
          const name = `${feedName.replace(/[^a-z.-]/g, '')}.json`;
          // The feed's relative addresses (a poster) read against where the demo serves it, as a browser would.
          const { feed } = validateFeed(JSON.parse(await readFile(resolve(process.cwd(), 'demo', name), 'utf8')), { baseUrl: `http://${context.host}/demo/${name}` });
          const base = `http://${context.host}/test-server/pages/${feedName}/`;
          // Made one file at a time, as the CLI writes them: stop at the one asked for.
          for (const [path, text] of questionPageFiles(feed, { baseUrl: base, script: { src: '/dist/fertility-qa.js' } })) {
            if (path === `${question}/${file}`) {
              body = text;
              break;
            }
          }
        } catch {
          body = undefined;
        }
        if (body === undefined) {
          context.status = 404;
          return undefined;
        }
        context.body = body;
        context.type = file.endsWith('.html') ? 'text/html; charset=utf-8' : 'application/json';
        return undefined;
      }
      case 'csp': {
        const { tt } = context.query;
        context.url = `/${rest}`;
        await next();
        context.set('Content-Security-Policy', trustedTypes(tt) ? `${STRICT_CSP}; trusted-types ${tt}` : STRICT_CSP);
        return undefined;
      }
      default:
        return next();
    }
  };
}

/** Headless Debian Chromium as root, with no background traffic (the machine has no network). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export default {
  files: ['test/**/*.test.ts'],
  // One Lit for every page, also demo/api.html with api-viewer-element's own Lit 2 (issue 15).
  nodeResolve: { dedupe: ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'] },
  // One page at a time: a page that is not in front gets no animation frames
  // (fixture() waits for one) and no keyboard focus (sendKeys needs it).
  concurrency: 1,
  testFramework: { config: { timeout: 10_000 } },
  middleware: [testServer()],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig, target: 'es2022' }),
    a11ySnapshotPlugin(),
    forcedColorsPlugin(),
    // Screenshots against the baselines in test/screenshots/baseline (UPDATE_SCREENSHOTS=1 npx wtr rewrites them).
    visualRegressionPlugin({
      baseDir: 'test/screenshots',
      update: process.env.UPDATE_SCREENSHOTS === '1',
      failureThreshold: 0.05,
      failureThresholdType: 'percent',
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        args: CHROMIUM_ARGS,
      },
    }),
  ],
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
};
