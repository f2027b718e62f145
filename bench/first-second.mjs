// `npm run bench` (after the build): the reader's first second, measured in
// headless Chromium on pages made here and served from this machine.
//
// For a script-only embed (`<script>` + `<fertility-question>`), the builder's
// snippet (the same with its text copy inside) and a search page, on a long
// styled blog post, at 390 x 844 and 1280 x 800:
// - CLS (layout shifts of the page, as web-vitals counts them) with the widget
//   near the top, in the middle and at the end of the post;
// - with slow 4G (150 ms RTT, 1.6 Mbit/s) and a 4x slower CPU: the time to the
//   first answer's text on screen, against a static HTML page of the same text
//   (the baseline, measured in the same run), median of RUNS;
// - the requests made before the first answer, in order.
// Writes its section of bench/RESULTS.md. Needs dist/ (npm run build).
import { createServer } from 'node:http';
import { readFile, writeFile } from 'node:fs/promises';
import { readdirSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';

// FIRST_SECOND_ROOT: another checkout's built dist/ and demo/ (an earlier commit, for a before/after), its section printed, not written.
const ROOT = process.env.FIRST_SECOND_ROOT ? `${process.env.FIRST_SECOND_ROOT.replace(/\/$/, '')}/` : new URL('..', import.meta.url).pathname;
const { validateFeed } = await import(`${ROOT}dist/lib/feed/validate.js`);
const { fallbackHtml } = await import(`${ROOT}dist/lib/snippet/fallback.js`);
// `fertility-qa pages`' question page (absent in checkouts before issue 29's site).
const pagesModule = await import(`${ROOT}dist/lib/snippet/pages.js`).catch(() => undefined);
const RUNS = Number(process.env.FIRST_SECOND_RUNS ?? 3);
const QUESTION = 'nk-cells';
const feed = validateFeed(JSON.parse(await readFile(join(ROOT, 'demo/feed.json'), 'utf8'))).feed;
const question = feed.questionsById.get(QUESTION);

const STYLE = `<style>body{margin:0;font:18px/1.6 Georgia,serif;color:#222}article{max-inline-size:40em;margin:0 auto;padding:0 16px}</style>`;
const paragraphs = (n, from = 0) => Array.from({ length: n }, (_, i) => `<p>Paragraph ${from + i + 1} of the post: the blog's own words, long enough to wrap over two or three lines on a phone.</p>`).join('\n');
const SCRIPT = '<script type="module" src="/dist/fertility-qa.js"></script>';
const widget = { 'script-only': '', snippet: fallbackHtml(question) };
const PLACES = { top: 1, middle: 12, end: 30 };

/** The pages, by path. */
function pages() {
  const all = new Map();
  for (const [kind, copy] of Object.entries(widget)) {
    for (const [place, before] of Object.entries(PLACES)) {
      all.set(`/${kind}-${place}.html`, `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">${STYLE}${SCRIPT}</head><body><article><h1>A blog post</h1>${paragraphs(before)}<fertility-question src="/demo/feed.json" question="${QUESTION}">${copy}</fertility-question>${paragraphs(30 - before, before)}</article></body></html>`);
    }
  }
  // The snippet of a collapsible question (a FAQ list): its copy shows the answers, the widget keeps them open where they are seen.
  for (const [place, before] of Object.entries(PLACES)) {
    all.set(`/collapsible-${place}.html`, all.get(`/snippet-${place}.html`).replace(`question="${QUESTION}">`, `question="${QUESTION}" collapsible>`));
  }
  // The script-only embed with `blocking="render"`: the entry runs before the first paint.
  for (const [place, before] of Object.entries(PLACES)) {
    all.set(`/blocking-${place}.html`, all.get(`/script-only-${place}.html`).replace(SCRIPT, SCRIPT.replace('<script ', '<script blocking="render" ')));
  }
  all.set('/search-top.html', `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">${STYLE}${SCRIPT}</head><body><article><h1>Questions and answers</h1>${paragraphs(1)}<qa-search src="/demo/feed.json"></qa-search>${paragraphs(20, 1)}</article></body></html>`);
  all.set('/search-blocking-top.html', all.get('/search-top.html').replace(SCRIPT, SCRIPT.replace('<script ', '<script blocking="render" ')));
  // A `fertility-qa pages` question page (its own feed beside it; modulepreload for the entry and the core).
  if (pagesModule?.questionPages) {
    const core = readdirSync(join(ROOT, 'dist')).find((file) => /^core-[\w-]+\.js$/.test(file));
    const files = pagesModule.questionPages(feed, { baseUrl: 'https://clinic.example/answers/', script: { src: '/dist/fertility-qa.js', imports: [`/dist/${core}`] } });
    for (const [path, text] of files) if (path.startsWith(`${QUESTION}/`)) all.set(`/pages/${path}`, text);
  }
  // The baseline: the same question as static HTML, no script.
  all.set('/static.html', `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">${STYLE}</head><body><article><h1>A blog post</h1>${paragraphs(1)}${fallbackHtml(question)}${paragraphs(29, 1)}</article></body></html>`);
  return all;
}

const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.svg': 'image/svg+xml', '.html': 'text/html; charset=utf-8', '.css': 'text/css' };

function serve(made) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    if (made.has(path)) return response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? TYPES['.html'], 'content-encoding': 'gzip' }).end(gzipSync(made.get(path)));
    const file = normalize(join(ROOT, path));
    if (!file.startsWith(ROOT) || !(path.startsWith('/dist/') || path.startsWith('/demo/'))) return response.writeHead(404).end();
    try {
      // Compressed, as a clinic's server sends it.
      const body = await readFile(file);
      const gzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '') && /\.(js|json|svg|html|css)$/.test(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store', ...(gzip && { 'content-encoding': 'gzip' }) }).end(gzip ? gzipSync(body) : body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** In the page: CLS so far (shifts without recent input), and the time the first answer's text was first seen on screen. */
const OBSERVE = () => {
  window.__cls = 0;
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      window.__cls += entry.value;
      window.__shifts.push(`${Math.round(entry.value * 1000) / 1000}@${Math.round(entry.startTime)}:${entry.sources.map((source) => source.node?.nodeName ?? '?').join('+')}`);
    }
  }).observe({ type: 'layout-shift', buffered: true });
  window.__lcp = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  window.__longest = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  const firstAnswer = () => {
    // A search page: its list of questions.
    if (document.querySelector('qa-search')?.shadowRoot?.querySelector('[part="results"] [part="result"]')) return true;
    const widgetText = document.querySelector('fertility-question')?.shadowRoot?.querySelector('expert-answer')?.shadowRoot?.querySelector('[part="text"] p');
    if (widgetText && widgetText.getBoundingClientRect().height > 0) return true;
    const copy = [...document.querySelectorAll('.fertility-qa-fallback > p')].find((p) => p.textContent.startsWith('Natural killer'));
    return Boolean(copy && copy.getBoundingClientRect().height > 0 && copy.checkVisibility?.());
  };
  const watch = () => {
    if (window.__answerAt === undefined && firstAnswer()) window.__answerAt = performance.now();
    if (window.__answerAt === undefined) requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
};

async function measure(browser, origin, path, { width, height, throttled }) {
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const requests = [];
  cdp.on('Network.requestWillBeSent', ({ request, timestamp }) => requests.push({ url: new URL(request.url).pathname, at: timestamp }));
  if (throttled) {
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  }
  await page.evaluateOnNewDocument(OBSERVE);
  await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__answerAt !== undefined, { timeout: 60_000 }).catch(async (error) => {
    const seen = await page.evaluate(() => document.querySelector('fertility-question')?.shadowRoot?.innerHTML.slice(0, 400));
    throw new Error(`${path}: no answer on screen (${error.message}); the widget shows: ${seen}`);
  });
  // Whatever the widget still does after the answer (the rest of its render, the search list).
  await page.waitForNetworkIdle({ idleTime: 500, timeout: 60_000 });
  await new Promise((resolve) => setTimeout(resolve, 500));
  const result = await page.evaluate(() => ({ cls: window.__cls, shifts: window.__shifts, answerAt: window.__answerAt, longest: window.__longest, lcp: window.__lcp, fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime }));
  const first = requests[0]?.at ?? 0;
  result.requests = requests.map(({ url }) => url);
  result.requestStarts = requests.map(({ url, at }) => `${url} +${Math.round((at - first) * 1000)} ms`);
  await page.close();
  return result;
}

/** Throttled as a reader on slow 4G with a mid-range phone. */
async function throttle(page) {
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}

/** A reader of the snippet who scrolled into the first answer before the widget took over: how far their paragraph moved. */
async function readingMove(browser, origin) {
  const page = await browser.newPage();
  await page.setViewport({ width: 390, height: 844 });
  await throttle(page);
  await page.goto(`${origin}/snippet-top.html`, { waitUntil: 'domcontentloaded' });
  const before = await page.evaluate(() => {
    const copy = [...document.querySelectorAll('.fertility-qa-fallback > p')].find((p) => p.textContent.startsWith('Some clinics offer'));
    window.scrollBy(0, copy.getBoundingClientRect().top - 120);
    return copy.getBoundingClientRect().top;
  });
  await page.waitForFunction(() => document.querySelector('fertility-question')?.shadowRoot?.querySelector('expert-answer')?.shadowRoot?.querySelector('[part="text"] p'), { timeout: 60_000 });
  await page.waitForNetworkIdle({ idleTime: 500, timeout: 60_000 });
  const after = await page.evaluate(() => {
    for (const answer of document.querySelector('fertility-question').shadowRoot.querySelectorAll('expert-answer')) {
      for (const p of answer.shadowRoot.querySelectorAll('[part="text"] > p')) if (p.textContent.trim().startsWith('Some clinics offer')) return p.getBoundingClientRect().top;
    }
    return Number.NaN;
  });
  await page.close();
  return Math.abs(after - before);
}

const FRAME_MS = 150;
const FRAMES = 9;

/** One row of frames per page (a screenshot every FRAME_MS from navigation, scaled to a quarter), stitched into one PNG. */
async function filmstrip(browser, origin, paths, file) {
  const { PNG } = await import('pngjs');
  const scale = 4;
  const [width, height] = [390, 844];
  const [w, h] = [Math.floor(width / scale), Math.floor(height / scale)];
  const gap = 4;
  const strip = new PNG({ width: FRAMES * (w + gap), height: paths.length * (h + gap) });
  strip.data.fill(255);
  for (const [row, path] of paths.entries()) {
    const page = await browser.newPage();
    await page.setViewport({ width, height });
    await throttle(page);
    // The compositor's frames as they are painted (screenshots cannot be taken while the page navigates).
    const cdp = await page.createCDPSession();
    const painted = [];
    cdp.on('Page.screencastFrame', ({ data, sessionId }) => {
      painted.push({ at: Date.now(), data });
      void cdp.send('Page.screencastFrameAck', { sessionId }).catch(() => {});
    });
    await cdp.send('Page.startScreencast', { format: 'png', everyNthFrame: 1, maxWidth: width, maxHeight: height });
    const navigation = Date.now();
    await page.goto(`${origin}${path}`, { waitUntil: 'load' });
    await new Promise((resolve) => setTimeout(resolve, FRAMES * FRAME_MS + 500));
    await cdp.send('Page.stopScreencast');
    for (let frame = 0; frame < FRAMES; frame++) {
      const at = navigation + (frame + 1) * FRAME_MS;
      const latest = painted.filter((candidate) => candidate.at <= at).at(-1);
      if (!latest) continue; // nothing painted yet: a white frame
      const shot = PNG.sync.read(Buffer.from(latest.data, 'base64'));
      if (process.env.FIRST_SECOND_DEBUG) await writeFile(`/tmp/frame-${row}-${frame}.png`, Buffer.from(latest.data, 'base64'));
      const [stepX, stepY] = [shot.width / w, shot.height / h];
      for (let y = 0; y < h; y++) {
        for (let x = 0; x < w; x++) {
          const from = (Math.floor(y * stepY) * shot.width + Math.floor(x * stepX)) * 4;
          if (from + 4 > shot.data.length) continue;
          const to = ((row * (h + gap) + y) * strip.width + frame * (w + gap) + x) * 4;
          shot.data.copy(strip.data, to, from, from + 4);
        }
      }
    }
    await page.close();
  }
  await writeFile(file, PNG.sync.write(strip));
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const server = await serve(pages());
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const rows = [];
try {
  for (const [width, height] of [
    [390, 844],
    [1280, 800],
  ]) {
    for (const kind of ['script-only', 'blocking', 'snippet', 'collapsible']) {
      const cls = {};
      for (const place of Object.keys(PLACES)) cls[place] = (await measure(browser, origin, `/${kind}-${place}.html`, { width, height, throttled: true })).cls;
      rows.push(`| ${kind} | ${width}×${height} | ${cls.top.toFixed(3)} | ${cls.middle.toFixed(3)} | ${cls.end.toFixed(3)} |`);
    }
    for (const [name, path] of [
      ['search page', '/search-top.html'],
      ['search page, blocking', '/search-blocking-top.html'],
      ...(pagesModule?.questionPages ? [['`pages` question page', `/pages/${QUESTION}/index.html`]] : []),
    ]) {
      const search = await measure(browser, origin, path, { width, height, throttled: true });
      if (process.env.FIRST_SECOND_DEBUG) console.log(name, width, search.shifts);
      rows.push(`| ${name} | ${width}×${height} | ${search.cls.toFixed(3)} | | |`);
    }
  }
  const timing = [];
  let chain = [];
  for (const [kind, path] of [
    ['static HTML (baseline)', '/static.html'],
    ['script-only', '/script-only-top.html'],
    ['script-only, blocking="render"', '/blocking-top.html'],
    ['snippet', '/snippet-top.html'],
    ...(pagesModule?.questionPages ? [['`pages` question page', `/pages/${QUESTION}/index.html`]] : []),
  ]) {
    const times = [];
    const paints = [];
    const longest = [];
    const lcps = [];
    for (let run = 0; run < RUNS; run++) {
      const result = await measure(browser, origin, path, { width: 390, height: 844, throttled: true });
      times.push(result.answerAt);
      paints.push(result.fcp);
      longest.push(result.longest);
      lcps.push(result.lcp);
      if (kind === 'script-only') chain = result.requestStarts;
    }
    timing.push({ kind, ms: median(times), fcp: median(paints), longest: median(longest), lcp: median(lcps) });
  }
  const moves = [];
  for (let run = 0; run < RUNS; run++) moves.push(await readingMove(browser, origin));
  if (!process.env.FIRST_SECOND_ROOT) await filmstrip(browser, origin, ['/script-only-top.html', '/snippet-top.html'], new URL('./first-second-filmstrip.png', import.meta.url));
  const base = timing[0].ms;
  const markdown = [
    "## The reader's first second (issue 25)",
    '',
    `Measured by bench/first-second.mjs in headless Chromium on ${new Date().toISOString().slice(0, 10)}: the demo's "${QUESTION}" on a long serif blog post.`,
    '',
    'CLS (layout shifts of the page, without input), with slow 4G and a 4× slower CPU as below, the widget after 1 (top), 12 (middle) or 30 (end) paragraphs:',
    '',
    '| page | window | CLS top | CLS middle | CLS end |',
    '| --- | --- | ---: | ---: | ---: |',
    ...rows,
    '',
    `Time to the first answer's text on screen at 390×844, slow 4G (150 ms RTT, 1.6 Mbit/s) and a 4× slower CPU, median of ${RUNS}, against the same text as static HTML in the same run:`,
    '',
    '| page | first answer ms | × static | first paint of the page ms | LCP ms | longest task while loading ms (4× CPU) |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...timing.map(({ kind, ms, fcp, lcp, longest }) => `| ${kind} | ${Math.round(ms)} | ${(ms / base).toFixed(2)}× | ${Math.round(fcp)} | ${Math.round(lcp)} | ${Math.round(longest)} |`),
    '',
    `Reading position: a reader of the snippet at 390×844 who has scrolled the first answer's second paragraph to 120 px from the window's top before the script arrives; how far that paragraph moves when the widget takes over (median of ${RUNS}): ${moves.map((move) => `${move.toFixed(1)} px`).join(', ')} (median ${median(moves).toFixed(1)} px; target ≤ 8).`,
    '',
    `Filmstrip (bench/first-second-filmstrip.png): the script-only embed (top row) and the snippet (bottom row) near the top of the post at 390×844, slow 4G and 4× CPU, a frame every ${FRAME_MS} ms from navigation:`,
    '',
    '![Filmstrip of the first second](first-second-filmstrip.png)',
    '',
    `Requests of the script-only page, in order (start after the page's): ${chain.join(', ')}.`,
    '',
  ].join('\n');
  console.log(markdown);
  if (process.env.FIRST_SECOND_ROOT) process.exit(0);
  const resultsFile = new URL('./RESULTS.md', import.meta.url);
  const results = await readFile(resultsFile, 'utf8');
  const start = results.indexOf("## The reader's first second");
  const next = start < 0 ? -1 : results.indexOf('\n## ', start + 1);
  const updated = start < 0 ? `${results.trimEnd()}\n\n${markdown}` : `${results.slice(0, start)}${markdown}${next < 0 ? '' : results.slice(next + 1)}`;
  await writeFile(resultsFile, updated);
} finally {
  await browser.close();
  server.close();
}
