#!/usr/bin/env node
// Size budget: what each kind of page downloads of dist/ (gzip and brotli), two ways,
// prints a table, and fails when a budget in size-budget.json is exceeded, when a
// chunk imports the entry by name, or when the single file imports anything.
// Run after `npm run build` (npm test does).
// - Static: follows the imports in the built files. A question page is the entry and
//   what it always loads (its static imports): what its first answer waits for (issue 25);
//   lazy chunks (import(): after-paint, the video panel, languages) are not counted,
//   except on a search page, which counts every chunk <qa-search> can reach.
// - In the browser (Debian's Chromium, headless, from a local server of dist/ and the
//   demo feed): the scripts a page really requests, until the network has been quiet
//   and the browser idle, so lazy chunks that load without any reader action (JSON-LD
//   at idle, a video question's panel, the search element) are counted; for a search
//   page, before the reader touches the search field and after typing a query.
//   `--static` skips this part (no browser needed).
// - README.md's size table (between its `size-table` markers) is made from the in-browser
//   rows: checked here against this build (it fails when README is stale), rewritten with
//   `--write`. `--static` has no in-browser rows, so it leaves README alone.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url);
const budget = JSON.parse(readFileSync(new URL('../size-budget.json', import.meta.url), 'utf8'));
const read = (file) => readFileSync(new URL(file, dist));

/** The files a module pulls in: statically always, dynamically when asked. */
function imports(file) {
  const code = read(file).toString();
  const quoted = `["'\`]\\./([\\w.-]+\\.js)["'\`]`;
  const statics = [...code.matchAll(new RegExp(`(?:^|[;}\\s])import(?:[^'"\`()]*?from)?\\s*${quoted}`, 'g'))].map((m) => m[1]);
  const dynamics = [...code.matchAll(new RegExp(`import\\(\\s*${quoted}\\s*\\)`, 'g'))].map((m) => m[1]);
  return { statics, dynamics };
}

/** A file and everything it imports statically, transitively. */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const next of imports(file).statics) closure(next, seen);
  return seen;
}

const sizes = (files) => {
  const buffers = [...files].map(read);
  const sum = (f) => buffers.reduce((total, buffer) => total + f(buffer), 0);
  return {
    raw: sum((b) => b.length),
    gzip: sum((b) => gzipSync(b, { level: 9 }).length),
    brotli: sum((b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length),
  };
};

const entry = 'fertility-qa.js';
const single = 'fertility-qa.single.js';
/** A file, everything it imports statically, and then the same for each dynamic import it always makes. */
function load(file, seen = new Set()) {
  for (const f of closure(file)) seen.add(f);
  return seen;
}
// The entry is tiny: it always loads the core chunk (dynamically, after checking no copy got there first).
const questionPage = load(entry);
for (const file of imports(entry).dynamics) load(file, questionPage);
// A search page also loads <qa-search> and, once its feed is in, the search index (fuse.js).
const searchPage = new Set(questionPage);
const pending = [...questionPage].flatMap((file) => imports(file).dynamics.filter((f) => f.startsWith('qa-search')));
// Each dynamic import is followed once, even when another chunk already imports it statically
// (its own dynamic imports, e.g. the language packs, are still counted).
const followed = new Set();
while (pending.length) {
  const file = pending.pop();
  if (followed.has(file)) continue;
  followed.add(file);
  for (const f of closure(file)) searchPage.add(f);
  pending.push(...imports(file).dynamics);
}
const all = readdirSync(dist).filter((file) => file.endsWith('.js') && file !== single);

// What the loading design promises (README, "CDN and SRI"): no chunk names the entry (a query
// string on it would load everything twice), and the single file imports nothing.
const problems = [];
for (const file of all) {
  const { statics, dynamics } = imports(file);
  if ([...statics, ...dynamics].includes(entry)) problems.push(`${file} imports ${entry} by name.`);
}
{
  const { statics, dynamics } = imports(single);
  if (statics.length + dynamics.length > 0 || /(?:^|[^.\w$])import\s*\(/.test(read(single).toString())) problems.push(`${single} imports another file.`);
}

/** The scripts (dist/*.js) a page really requests in Chromium, in order. */
async function measureInBrowser() {
  const { default: puppeteer } = await import('puppeteer-core');
  const feed = readFileSync(new URL('../demo/feed.json', import.meta.url));
  const page = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>size</title><script type="module" src="/fertility-qa.js"></script></head><body><main>${body}</main></body></html>`;
  const pages = {
    '/video.html': page('<fertility-question src="/feed.json" question="ivf"></fertility-question>'),
    '/plain.html': page('<fertility-question src="/feed.json" question="amh-test"></fertility-question>'),
    '/search.html': page('<qa-search src="/feed.json"></qa-search>'),
  };
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    if (pages[path]) return response.writeHead(200, { 'content-type': 'text/html' }).end(pages[path]);
    if (path === '/feed.json') return response.writeHead(200, { 'content-type': 'application/json' }).end(feed);
    const file = path.slice(1);
    if (/^[\w.-]+\.js$/.test(file) && existsSync(new URL(file, dist))) return response.writeHead(200, { 'content-type': 'text/javascript' }).end(read(file));
    response.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  /** Waits until no script has been requested for a while and the page's main thread has been idle. */
  const settle = async (tab) => {
    await tab.waitForNetworkIdle({ idleTime: 300, timeout: 15_000 });
    await tab.evaluate(() => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 200), { timeout: 2000 })));
    await tab.waitForNetworkIdle({ idleTime: 300, timeout: 15_000 });
  };
  const open = async (path) => {
    const tab = await browser.newPage();
    const scripts = [];
    tab.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin === origin && url.pathname.endsWith('.js')) scripts.push(url.pathname.slice(1));
    });
    await tab.goto(origin + path, { waitUntil: 'load' });
    await settle(tab);
    return { tab, scripts };
  };
  try {
    const shown = (tab) =>
      tab.waitForFunction(() => document.querySelector('fertility-question')?.shadowRoot?.querySelector('expert-answer')?.shadowRoot?.querySelector('article'), { timeout: 15_000 });
    const video = await open('/video.html');
    await shown(video.tab);
    await settle(video.tab);
    const plain = await open('/plain.html');
    await shown(plain.tab);
    await settle(plain.tab);
    const search = await open('/search.html');
    await search.tab.waitForFunction(() => document.querySelector('qa-search')?.shadowRoot?.querySelector('input'), { timeout: 15_000 });
    await settle(search.tab);
    const before = [...search.scripts];
    const input = await search.tab.evaluateHandle(() => document.querySelector('qa-search').shadowRoot.querySelector('input'));
    await input.focus();
    await search.tab.keyboard.type('ivf');
    await settle(search.tab);
    return { video: video.scripts, plain: plain.scripts, searchBefore: before, searchAfter: search.scripts };
  } finally {
    await browser.close();
    server.close();
  }
}

const inBrowser = process.argv.includes('--static') ? undefined : await measureInBrowser();

// The feed editor (issue 30) is its own build in dist/editor/: no widget file names it or
// imports from it, and no widget page requests it (checked on the pages measured above).
const editorFiles = existsSync(new URL('editor/', dist)) ? readdirSync(new URL('editor/', dist)).filter((file) => file.endsWith('.js')).map((file) => `editor/${file}`) : [];
if (editorFiles.length === 0) problems.push('dist/editor/ has no scripts: the feed editor was not built (vite build -c vite.editor.config.ts).');
for (const file of [...all, single]) {
  const code = read(file).toString();
  if (/["'`][^"'`]*\beditor\/[\w.-]+\.js["'`]|fqa-feed-editor|fertility-qa-editor/.test(code)) problems.push(`${file} names the feed editor: the widget must never load it.`);
}
for (const [page, scripts] of Object.entries(inBrowser ?? {})) {
  const editorScripts = scripts.filter((script) => script.includes('editor'));
  if (editorScripts.length) problems.push(`In Chromium, the ${page} page requested the feed editor's ${editorScripts.join(', ')}.`);
}
const unique = (files) => new Set(files);

const rows = [
  ['questionPage', "Before a question's first answer: the entry and the core (what the answer waits for)", questionPage],
  ['searchPage', 'Page with <qa-search> (static: every chunk it can reach, every language)', searchPage],
  ['searchShare', '<qa-search> share (its chunks)', new Set([...searchPage].filter((f) => !questionPage.has(f)))],
  ...(inBrowser
    ? [
        ['questionPageInBrowser', 'In Chromium: a video question (demo "ivf"), after idle', unique(inBrowser.video)],
        ['plainQuestionInBrowser', 'In Chromium: a question without video (demo "amh-test"), after idle', unique(inBrowser.plain)],
        ['searchBeforeIntent', 'In Chromium: <qa-search>, before the reader touches search', unique(inBrowser.searchBefore)],
        ['searchAfterIntent', 'In Chromium: <qa-search>, after typing "ivf"', unique(inBrowser.searchAfter)],
      ]
    : []),
  ['all', 'All of dist/*.js but the single file', new Set(all)],
  ['single', 'The single file (no chunks, every language and search inside)', new Set([single])],
  ['editor', 'The feed editor, dist/editor/*.js (its own page; never loaded by the widget)', new Set(editorFiles)],
];

const kb = (bytes) => (bytes / 1000).toFixed(2);
let failed = false;
const measured = new Map(rows.map(([key, , files]) => [key, sizes(files)]));
console.log('| What | files | raw KB | gzip KB | brotli KB | gzip budget KB | goal KB |');
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
for (const [key, label, files] of rows) {
  const size = measured.get(key);
  const limit = budget[key]?.gzip;
  const over = limit !== undefined && size.gzip > limit;
  failed ||= over;
  const goal = budget[key]?.goalGzip;
  console.log(
    `| ${label} | ${[...files].join(', ')} | ${kb(size.raw)} | ${kb(size.gzip)} | ${kb(size.brotli)} | ${limit === undefined ? '–' : kb(limit)}${over ? ' **OVER**' : ''} | ${goal === undefined ? '–' : `${kb(goal)} (${(size.gzip / goal).toFixed(2)}×)`} |`,
  );
}

// README's table: what a reader's browser downloads, per kind of page, with the split files
// and with the single file (issue 27: README's hand-written figures had drifted by up to 13 KB).
const README = new URL('../README.md', import.meta.url);
const START = '<!-- size-table:start: written by `npm run size -- --write` from a fresh build; `npm run size` (npm test) fails when it is stale -->';
const END = '<!-- size-table:end -->';
if (inBrowser) {
  const line = (label, key) => `| ${label} | ${(measured.get(key).gzip / 1000).toFixed(1)} | ${(measured.get(key).brotli / 1000).toFixed(1)} |`;
  const table = [
    START,
    '| What the page downloads | gzip KB | brotli KB |',
    '| --- | ---: | ---: |',
    line("Before a question's first answer (`fertility-qa.js` and the core it loads)", 'questionPage'),
    line('A question without video, once the page is idle (its after-paint chunk too)', 'plainQuestionInBrowser'),
    line('A question with a video answer', 'questionPageInBrowser'),
    line('A search page (`<qa-search>`), before the reader searches', 'searchBeforeIntent'),
    line('A search page, once the reader has searched', 'searchAfterIntent'),
    line('`fertility-qa.single.js`: one file, every language and search inside', 'single'),
    END,
  ].join('\n');
  const readme = readFileSync(README, 'utf8');
  const start = readme.indexOf(START.slice(0, START.indexOf(':', 20)));
  const end = readme.indexOf(END);
  if (start < 0 || end < start) {
    problems.push(`README.md has no size table (the lines ${START} and ${END}).`);
  } else if (readme.slice(start, end + END.length) !== table) {
    if (process.argv.includes('--write')) {
      writeFileSync(README, readme.slice(0, start) + table + readme.slice(end + END.length));
      console.log('\nREADME.md: size table rewritten from this build.');
    } else {
      const old = readme.slice(start, end + END.length).split('\n');
      const stale = table.split('\n').filter((row, index) => row !== old[index]);
      problems.push(`README.md's size table is stale (measured on this build):\n${stale.join('\n')}\nRun \`npm run size -- --write\` and commit README.md.`);
    }
  } else console.log('\nREADME.md: size table matches this build.');
}
if (problems.length > 0) console.error(`\n${problems.join('\n')}`);
if (failed) console.error('\nSize budget exceeded (size-budget.json). Make it smaller, or raise the budget in the same commit and say why.');
if (failed || problems.length > 0) process.exit(1);
