import { executeServerCommand } from '@web/test-runner-commands';
import { validateFeed } from '../src/feed/validate.js';
import { SearchIndex } from '../src/search/search-index.js';
import { ShardedIndex } from '../src/search/sharded-index.js';
import { evaluate } from './relevance/metrics.mjs';

/**
 * Scale benchmark (issue 16): a reader types a query into a search box on a
 * page that has loaded nothing of the search yet, one keystroke every 100 ms.
 * For a single-file feed, for a split feed's sharded index and for Pagefind
 * over the same records (its Node API, built by bench/prepare.mjs): the search
 * code's bytes, the index bytes fetched before the first result (gzip, as a
 * server sends them; Pagefind's files are compressed already and counted as
 * they are), the time from the first keystroke to the first result (with the
 * title it shows), the longest task, and the JS heap kept afterwards. Browser
 * cache off, so every run fetches afresh; each engine starts from nothing for
 * each query (a new index; Pagefind a new module instance).
 */

const DATA = '/bench/.data';
const SIZES = [
  { name: '1000', label: '1,000 (generated)', queries: ['embryo transfer', 'miscarriage risk', 'natural killer cells'] },
  { name: '10000', label: '10,000 (generated)', queries: ['embryo transfer', 'miscarriage risk', 'natural killer cells'] },
  { name: 'medquad', label: '16,423 (MedQuAD)', queries: ['glaucoma treatment', 'symptoms of diabetes', 'high blood pressure'] },
];
const KEYSTROKE_MS = 100;
const DEBUG = false;

type Engine = (query: string) => Promise<{ titles: string[] }>;
interface Run {
  firstResultMs: number;
  fullQueryMs: number;
  bytesBeforeFirst: number;
  bytesAll: number;
  codeBytes: number;
  longestTask: number;
  heapKB: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const gc = () => (window as unknown as { gc?: () => void }).gc?.();
const heap = () => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;

const sizes = new Map<string, { raw: number; gzip: number }>();
/** Bytes a server sends for a file of the project: gzip, or as stored when that is smaller (Pagefind's files are gzip already). */
async function sent(path: string): Promise<number> {
  if (!sizes.has(path)) sizes.set(path, (await executeServerCommand('file-size', { path })) as { raw: number; gzip: number });
  const { raw, gzip } = sizes.get(path)!;
  return Math.min(raw, gzip);
}

/** Types `query` into `engine` one keystroke at a time; measures until the whole query's results are in. */
async function typeInto(makeEngine: () => Engine, query: string, dataPrefix: string, isCode: (path: string) => boolean): Promise<Run> {
  await sleep(200);
  gc();
  const heapBefore = heap();
  await executeServerCommand('requests'); // forget earlier ones
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push(entry.duration)));
  observer.observe({ type: 'longtask', buffered: false });
  const engine = makeEngine();
  const start = performance.now();
  let firstResult = Infinity;
  let fullQuery = Infinity;
  const searches: Array<Promise<void>> = [];
  for (let i = 1; i <= query.length; i++) {
    const text = query.slice(0, i);
    const at = performance.now();
    searches.push(
      engine(text).then(({ titles }) => {
        const now = performance.now();
        if (titles.length && titles.every((title) => title)) firstResult = Math.min(firstResult, now - start);
        if (i === query.length) fullQuery = now - start;
      }),
    );
    if (i < query.length) await sleep(Math.max(0, KEYSTROKE_MS - (performance.now() - at)));
  }
  await Promise.all(searches);
  await sleep(100);
  observer.disconnect();
  const requested = (await executeServerCommand('requests')) as Array<{ path: string; at: number }>;
  let bytesBeforeFirst = 0;
  let bytesAll = 0;
  let codeBytes = 0;
  for (const { path, at } of requested) {
    if (!path.startsWith(dataPrefix)) continue;
    const bytes = await sent(path);
    if (isCode(path)) {
      codeBytes += bytes;
      continue;
    }
    bytesAll += bytes;
    if (at - performance.timeOrigin - start <= firstResult) bytesBeforeFirst += bytes;
  }
  gc();
  const kept = heap() - heapBefore;
  (window as unknown as { keep?: unknown }).keep = engine; // what the page keeps for its next search
  return { firstResultMs: firstResult, fullQueryMs: fullQuery, bytesBeforeFirst, bytesAll, codeBytes, longestTask: Math.max(0, ...tasks), heapKB: kept / 1024 };
}

function singleFile(name: string): Engine {
  let index: Promise<SearchIndex> | undefined;
  let latest = '';
  return async (query) => {
    latest = query;
    index ??= fetch(`${DATA}/feed-${name}.json`)
      .then((response) => response.text())
      .then((text) => SearchIndex.build(validateFeed(JSON.parse(text), { baseUrl: location.href }).feed));
    const ready = await index;
    if (query !== latest) return { titles: [] }; // as <qa-search>: only the latest keystroke is searched
    const { results } = await ready.search(query, { limit: 20 });
    return { titles: results.map((result) => result.question.title) };
  };
}

function sharded(name: string): Engine {
  const index = ShardedIndex.open(new URL(`${DATA}/split-${name}/search/manifest.json`, location.href).href);
  let controller: AbortController | undefined;
  return async (query) => {
    // As <qa-search> does: each keystroke's search replaces the one before.
    controller?.abort();
    const signal = (controller = new AbortController()).signal;
    try {
      const { results } = await (await index).search(query, { limit: 20, signal });
      return { titles: results.map((result) => result.question.title) };
    } catch (error) {
      if (signal.aborted) return { titles: [] };
      throw error;
    }
  };
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: Array<{ id: string; data(): Promise<{ url: string; meta: { title: string } }> }> } | null>;
}
let pagefindRun = 0;
async function loadPagefind(name: string): Promise<Pagefind> {
  const base = `${DATA}/pagefind-${name}/`;
  // A new module instance each time (a query string), so nothing is kept from an earlier run.
  const pagefind = (await import(/* @vite-ignore */ `${base}pagefind.js?run=${pagefindRun++}`)) as Pagefind;
  await pagefind.options({ basePath: base, excerptLength: 0 });
  await pagefind.init();
  return pagefind;
}
function pagefind(name: string): Engine {
  const loaded = loadPagefind(name);
  return async (query) => {
    const pf = await loaded;
    const search = await pf.search(query);
    if (!search) return { titles: [] }; // a newer search replaced this one
    // The titles a list shows: the first page's fragments.
    const data = await Promise.all(search.results.slice(0, 20).map((result) => result.data()));
    return { titles: data.map((fragment) => fragment.meta.title) };
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const msText = (value: number) => (Number.isFinite(value) ? value.toFixed(0) : 'none');

it('scale: 1,000 / 10,000 / 16,423 questions, single-file, split (sharded) and Pagefind', async () => {
  await executeServerCommand('disable-cache');
  const { single: ourCode, sharded: shardCode } = (await executeServerCommand('search-code-size')) as { single: number; sharded: number };
  const rows: string[] = [];
  for (const { name, label, queries } of SIZES.filter(({ name }) => !DEBUG || name === '1000')) {
    const systems: Array<[string, () => Engine, (path: string) => boolean, number]> = [
      ['fertility-qa, single-file feed', () => singleFile(name), () => false, ourCode],
      ['fertility-qa, split feed (sharded index)', () => sharded(name), () => false, shardCode],
      ['Pagefind 1.6 (same records)', () => pagefind(name), (path) => /\.js$|wasm\./.test(path), 0],
    ];
    for (const [system, make, isCode, code] of systems) {
      const runs: Run[] = [];
      for (const query of queries) runs.push(await typeInto(make, query, DATA, isCode));
      console.log(`scale: ${label}, ${system}: ${JSON.stringify(runs.map((run) => Object.fromEntries(Object.entries(run).map(([k, v]) => [k, Math.round(v)]))))}`);
      const pick = (key: keyof Run) => median(runs.map((run) => run[key]));
      const longest = Math.max(...runs.map((run) => run.longestTask));
      rows.push(
        `| ${label} | ${system} | ${kb(code || pick('codeBytes'))} | ${kb(pick('bytesBeforeFirst'))} | ${kb(pick('bytesAll'))} | ${msText(pick('firstResultMs'))} | ${msText(pick('fullQueryMs'))} | ${longest ? longest.toFixed(0) : '< 50'} | ${(pick('heapKB') / 1024).toFixed(1)} |`,
      );
    }
  }

  // Relevance on the MedQuAD sets: Pagefind's first ten against ours (a split feed's top ten is the single file's, tested in test/search/).
  const sets = (await (await fetch(`${DATA}/medquad-queries.json`)).json()) as Array<{ name: string; queries: Array<{ query: string; relevant: string[] }> }>;
  const ours = await ShardedIndex.open(new URL(`${DATA}/split-medquad/search/manifest.json`, location.href).href);
  const pf = await loadPagefind('medquad');
  const relevance: string[] = [];
  for (const set of DEBUG ? [] : sets) {
    const oursRanked: string[][] = [];
    const theirs: string[][] = [];
    for (const { query } of set.queries) {
      oursRanked.push((await ours.search(query, { limit: 10 })).results.map((result) => result.question.id));
      const search = await pf.search(query);
      const data = await Promise.all((search?.results ?? []).slice(0, 10).map((result) => result.data()));
      theirs.push(data.map((fragment) => fragment.url.replace(/^.*\/q\//, '').replace(/\/$/, '')));
    }
    const a = evaluate(set.queries, oursRanked);
    const b = evaluate(set.queries, theirs);
    relevance.push(`| ${set.name} | ${set.queries.length} | ${a.mrr.toFixed(2)} | ${b.mrr.toFixed(2)} | ${a.success10.toFixed(2)} | ${b.success10.toFixed(2)} |`);
  }

  const markdown = `## Scale: first result on large feeds (issue 16)

A reader types a query into a page that has loaded none of the search yet, one keystroke
every ${KEYSTROKE_MS} ms (bench/scale.bench.ts); medians over three queries per feed
(generated feeds: ${SIZES[0]!.queries.map((q) => `“${q}”`).join(', ')}; MedQuAD: ${SIZES[2]!.queries.map((q) => `“${q}”`).join(', ')}).
Browser cache off; each engine starts from nothing for each query. Files are served by the
test runner's local HTTP server and counted as gzip (level 6) of what was requested,
Pagefind's files as stored (they are gzip already). *Code*: the search code a page adds
(ours: the built search chunk and English stemmer and stop words from \`dist/\`, plus
\`sharded-index\` and \`shard-format\` from \`dist/lib\` for the split feed; Pagefind: its
\`pagefind.js\` and WASM as requested). *Index before first result*: data files requested
before the first result with its title was ready; *all*: until the whole query's results.
*First result*: from the first keystroke until a search returned results with their titles;
*whole query*: until the last keystroke's results. *Heap*: JS heap kept after the query (after GC).

Pagefind is the anchor, built from the same records with its Node API (\`createIndex\`,
\`addCustomRecord\`: title, tags, summary, expert names and answer text), queried in the
same Chromium through its own \`pagefind.js\`. MedQuAD: 16,423 questions from
/work/shared/data/medquad/ (benchmark data, CC BY 4.0; Ben Abacha A, Demner-Fushman D.
“A question-entailment approach to question answering.” BMC Bioinformatics 20, 511 (2019)).

| Questions | System | code KB gzip | index KB before first result | index KB, whole query | ms to first result | ms to whole query | longest task ms | heap kept MB |
| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}

Targets at 16,423 (split): ≤ 300 KB gzip before the first result, first result ≤ 1 s after the first
keystroke, no task over 50 ms, at least as good as Pagefind on bytes and time.

### Relevance on the MedQuAD sets (first 100 queries of each; bench/relevance/medquad-sets.mjs)

| Set | queries | ours MRR@10 | Pagefind MRR@10 | ours Success@10 | Pagefind Success@10 |
| --- | ---: | ---: | ---: | ---: | ---: |
${relevance.join('\n')}
`;
  await executeServerCommand('write-bench-results', { section: '4-scale', markdown });
});
