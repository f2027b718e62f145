// `npm run bench`: benchmarks in headless Chromium, on local generated feeds.
// Results are written to bench/RESULTS.md by the `write-bench-results` command.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import { chromeLauncher } from '@web/test-runner-chrome';
import baseConfig, { CHROMIUM_ARGS } from '../web-test-runner.config.mjs';
import { keystrokeFigures } from './keystroke-trace.mjs';

const sections = new Map();
/** How many keystroke traces were kept (KEEP_TRACE). */
let traces = 0;
/** Requests the server answered (path, epoch ms), for the scale benchmark: a Web Worker's fetches are not in the page's resource timing. */
const requests = [];
const recordRequests = async (context, next) => {
  if (context.path.startsWith('/bench/.data/')) requests.push({ path: decodeURIComponent(context.path), at: Date.now() });
  await next();
};

function benchResults() {
  return {
    name: 'bench-results',
    async executeCommand({ command, payload, session }) {
      if (command === 'disable-cache') {
        // Every fetch goes to the server, as on a reader's first visit.
        await session.browser.getPage(session.id).setCacheEnabled(false);
        return true;
      }
      // bench/keystrokes.bench.ts: a trace of real keystrokes (the browser's own input events, as a reader's).
      if (command === 'trace-start') {
        // TRACE_GC=1: the garbage collector's events too (what a long task spent collecting).
        const gc = process.env.TRACE_GC ? ['v8', 'disabled-by-default-v8.gc'] : [];
        await session.browser.getPage(session.id).tracing.start({ categories: ['toplevel', 'devtools.timeline', 'blink.user_timing', ...gc] });
        return true;
      }
      if (command === 'type-query') {
        // One query typed into the focused field, a key every `intervalMs`; the reader pauses, the field is emptied (not a keystroke).
        const page = session.browser.getPage(session.id);
        const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
        for (const key of payload.query) {
          await page.keyboard.type(key);
          await sleep(payload.intervalMs);
        }
        await sleep(500);
        await page.evaluate(() => {
          performance.mark('query-end');
          let field = document.activeElement;
          while (field?.shadowRoot?.activeElement) field = field.shadowRoot.activeElement;
          field.value = '';
          field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        });
        await sleep(300);
        return true;
      }
      if (command === 'trace-stop') {
        const trace = JSON.parse(Buffer.from(await session.browser.getPage(session.id).tracing.stop()).toString('utf8'));
        // KEEP_TRACE=name: each trace kept as name-1.json, name-2.json…, for DevTools' Performance panel.
        if (process.env.KEEP_TRACE) await writeFile(`${process.env.KEEP_TRACE}-${++traces}.json`, JSON.stringify(trace));
        return keystrokeFigures(trace);
      }
      if (command === 'heap-usage') {
        // The page's JS heap after a full collection, with what typed arrays hold outside it (their
        // backing stores), as DevTools reads them (bench/search-memory.bench.ts).
        const cdp = await session.browser.getPage(session.id).createCDPSession();
        try {
          for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
          const { usedSize, backingStorageSize = 0 } = await cdp.send('Runtime.getHeapUsage');
          return { used: usedSize, backing: backingStorageSize };
        } finally {
          await cdp.detach();
        }
      }
      if (command === 'requests') {
        // The requests since the last call (then forgotten).
        return requests.splice(0);
      }
      if (command === 'search-code-size') {
        // The search code a search page loads on first use, from the build: the
        // search chunk and the English stemmer and stop words; for a split feed also
        // the sharded index's reader (dist/lib, minified).
        const dist = new URL('../dist/', import.meta.url);
        const names = await readdir(dist);
        const gz = async (url) => gzipSync(await readFile(url), { level: 6 }).length;
        const english = await Promise.all(names.filter((name) => /^en-.*\.js$/.test(name)).map(async (name) => [name, await readFile(new URL(name, dist), 'utf8')]));
        const language = english.filter(([, text]) => /ational|myself/.test(text)).map(([name]) => name);
        let single = 0;
        for (const name of [...names.filter((name) => /^search-index-.*\.js$/.test(name)), ...language]) single += await gz(new URL(name, dist));
        let sharded = single;
        for (const name of ['sharded-index.js', 'shard-format.js']) sharded += await gz(new URL(`lib/search/${name}`, dist));
        return { single, sharded };
      }
      if (command === 'file-size') {
        // The size on disk of a file of the project, raw and gzipped (level 6, a
        // usual server setting): the test server rewrites what it serves.
        const body = await readFile(new URL(`..${payload.path}`, import.meta.url));
        return { raw: body.length, gzip: gzipSync(body, { level: 6 }).length };
      }
      if (command !== 'write-bench-results') return undefined;
      const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
      const machine = `${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}`;
      sections.set(payload.section, payload.markdown);
      // Sections this run did not measure (e.g. BENCH_FILES=bench/scale.bench.ts) are kept from the file as they were.
      const heading = (markdown) => markdown.match(/^## .*$/m)?.[0];
      const measured = new Set([...sections.values()].map(heading));
      let kept = [];
      try {
        const old = await readFile(new URL('./RESULTS.md', import.meta.url), 'utf8');
        kept = old.split(/\n(?=## )/).slice(1).map((block) => block.trimEnd() + '\n').filter((block) => !measured.has(heading(block)));
      } catch {}
      const fresh = [...sections].sort(([a], [b]) => a.localeCompare(b)).map(([, markdown]) => markdown);
      const body = [...kept, ...fresh];
      const header = `# Benchmark results\n\nWritten by \`npm run bench\` (bench/*.bench.ts) in headless Chromium on ${machine}, ${new Date().toISOString().slice(0, 10)}.\nEvery ratio compares figures measured in the same run on the same machine.\n`;
      await writeFile(new URL('./RESULTS.md', import.meta.url), [header, ...body].join('\n'));
      return true;
    },
  };
}

export default {
  ...baseConfig,
  files: process.env.BENCH_FILES ? process.env.BENCH_FILES.split(',') : ['bench/**/*.bench.ts'],
  testFramework: { config: { timeout: 1_800_000 } },
  testsFinishTimeout: 3_600_000,
  middleware: [recordRequests, ...(baseConfig.middleware ?? [])],
  // Lit as readers run it: the test runner resolves packages with the "development" condition by default,
  // which serves Lit's development build (its checks and debug events made a keystroke's render slower).
  nodeResolve: { ...baseConfig.nodeResolve, exportConditions: ['production'] },
  plugins: [...baseConfig.plugins, benchResults()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        args: [
          ...CHROMIUM_ARGS,
          // Heap figures: a real GC before each reading, and unrounded sizes.
          '--js-flags=--expose-gc',
          '--enable-precise-memory-info',
        ],
      },
    }),
  ],
};
