#!/usr/bin/env node
// Size budget: measures what each kind of page downloads of dist/ (gzip and
// brotli), following every import a page makes, prints a table, and fails when
// a budget in size-budget.json is exceeded, when a chunk imports the entry by
// name, or when the single file imports anything. Run after `vite build` (npm test does).
import { readFileSync, readdirSync } from 'node:fs';
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

const rows = [
  ['questionPage', 'Page with <fertility-question> only', questionPage],
  ['searchPage', 'Page with <qa-search>', searchPage],
  ['searchShare', '<qa-search> share (its chunks)', new Set([...searchPage].filter((f) => !questionPage.has(f)))],
  ['all', 'All of dist/*.js but the single file', new Set(all)],
  ['single', 'The single file (no chunks, every language and search inside)', new Set([single])],
];

const kb = (bytes) => (bytes / 1000).toFixed(2);
let failed = false;
console.log('| What | files | raw KB | gzip KB | brotli KB | gzip budget KB | goal KB |');
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
for (const [key, label, files] of rows) {
  const size = sizes(files);
  const limit = budget[key]?.gzip;
  const over = limit !== undefined && size.gzip > limit;
  failed ||= over;
  const goal = budget[key]?.goalGzip;
  console.log(
    `| ${label} | ${[...files].join(', ')} | ${kb(size.raw)} | ${kb(size.gzip)} | ${kb(size.brotli)} | ${limit === undefined ? '–' : kb(limit)}${over ? ' **OVER**' : ''} | ${goal === undefined ? '–' : `${kb(goal)} (${(size.gzip / goal).toFixed(2)}×)`} |`,
  );
}
if (problems.length > 0) {
  console.error(`\n${problems.join('\n')}`);
  failed = true;
}
if (failed) {
  console.error('\nSize budget exceeded (size-budget.json). Make it smaller, or raise the budget in the same commit and say why.');
  process.exit(1);
}
