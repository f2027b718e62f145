import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Memory at scale (issue 28 item 5): `<qa-search>` from the build (dist/, as a site loads it) on the
 * MedQuAD feed (16,423 questions; benchmark data, CC BY 4.0, see bench/RELEVANCE.md), as one file and
 * split (its partial index and sharded search index, as `fertility-qa split` writes them), and Pagefind
 * on the same records (bench/prepare.mjs) behind a plain search field. The JS heap after full garbage
 * collections, with typed arrays' and WebAssembly's backing stores (the `heap-usage` command of
 * bench/web-test-runner.bench.config.mjs): once the page has the search code, once the feed is loaded
 * (parsed and validated), once the index is built (and warmed up), and after the reader typed; then the
 * tasks of the page's main thread while a reader types a few real queries letter by letter with the
 * browser's own key events, traced (the `trace-start`, `type-query` and `trace-stop` commands), in
 * ROUNDS runs a reading speed, the longest task of every keystroke pooled over the runs.
 *
 * Run: npm run build && BENCH_FILES=bench/search-memory.bench.ts npx wtr --config bench/web-test-runner.bench.config.mjs
 * (bench/.data/feed-medquad.json, split-medquad/ and pagefind-medquad/ from bench/prepare.mjs). It prints a Markdown section; the figures are
 * kept by hand in bench/RESULTS.md ("Memory at scale: MedQuAD"). TRACE_GC=1 traces the garbage collector too, KEEP_TRACE=name keeps the traces.
 */

/** What a reader types (as bench/keystrokes.bench.ts): key terms, a typo, a sentence. */
const TYPED = ['glaucoma treatment', 'kidney disease symptoms', 'diabetis', 'how do doctors test for down syndrome', 'miscarriage'];
/** Typing runs a reading speed (200 and 60 ms between keys). */
const ROUNDS = 3;

interface Figures {
  keystrokes: number;
  longest: number[];
  longTasks: { count: number; longest: number };
}

const pause = (time: number) => new Promise((resolve) => setTimeout(resolve, time));
const MB = (bytes: number) => (bytes / 2 ** 20).toFixed(1);

/** The JS heap in use after full collections, with what typed arrays and WebAssembly memory hold outside it (their backing stores). */
async function heap(): Promise<number> {
  await pause(50);
  const { used, backing } = (await executeServerCommand<{ used: number; backing: number }, undefined>('heap-usage'))!;
  return used + backing;
}

/** Titles files the page has fetched so far (from the network or the browser's cache). */
const titlesFetched = () => performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/search/titles/')).length;

/** ROUNDS typing runs at each speed into the focused field: each keystroke's longest task, pooled, and the tasks of 50 ms or more. */
async function typing() {
  const runs = new Map<number, Figures[]>([[200, []], [60, []]]);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [intervalMs, figures] of runs) {
      await executeServerCommand('trace-start');
      for (const query of TYPED) await executeServerCommand('type-query', { query, intervalMs });
      const run = (await executeServerCommand<Figures, undefined>('trace-stop'))!;
      expect(run.keystrokes, 'every keystroke traced').to.equal(TYPED.join('').length);
      figures.push(run);
    }
  }
  return runs;
}

/** One page: `<qa-search>` on `src`; the heap at each stage and the typing's tasks. */
async function measure(src: string) {
  await import(/* @vite-ignore */ `${'/dist/'}fertility-qa.js`);
  document.body.innerHTML = '';
  const page = await heap();
  document.body.innerHTML = `<h1>Memory</h1><qa-search src="${src}"></qa-search>`;
  const search = document.querySelector('qa-search')!;
  await customElements.whenDefined('qa-search');
  // The list shows (a split feed's partial index lists its first questions, without a count).
  while (!search.shadowRoot?.querySelector('[part="result-title"]')) await pause(50);
  const feed = await heap();

  // The reader focuses the search field (the index builds, or a split feed's opens), pauses, then types.
  const field = search.shadowRoot!.querySelector<HTMLInputElement>('input')!;
  field.focus();
  const index = (search as unknown as { searchIndex: { ready: boolean } }).searchIndex;
  while (!index.ready) await pause(20);
  await pause(1500);
  const built = await heap();
  const titlesBefore = titlesFetched();
  const runs = await typing();
  const titles = titlesFetched() - titlesBefore;
  const typed = await heap();
  document.body.innerHTML = '';
  return { page, feed, built, typed, runs, titles };
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: Array<{ data(): Promise<{ meta: { title: string } }> }> } | null>;
}

/** Pagefind on the same records behind a plain search field: each keystroke searches and lists the first 20 titles. */
async function measurePagefind() {
  document.body.innerHTML = '';
  const page = await heap();
  const base = '/bench/.data/pagefind-medquad/';
  const pagefind = (await import(/* @vite-ignore */ `${base}pagefind.js`)) as Pagefind;
  await pagefind.options({ basePath: base, excerptLength: 0 });
  await pagefind.init();
  document.body.innerHTML = '<h1>Memory</h1><input type="search" aria-label="Search"><ul></ul>';
  const field = document.querySelector('input')!;
  const list = document.querySelector('ul')!;
  field.addEventListener('input', async () => {
    const found = await pagefind.search(field.value);
    if (!found) return; // a newer search replaced this one
    const titles = await Promise.all(found.results.slice(0, 20).map(async (result) => (await result.data()).meta.title));
    list.replaceChildren(...titles.map((title) => Object.assign(document.createElement('li'), { textContent: title })));
  });
  await pagefind.search('glaucoma'); // its index opened, as ours on focus
  field.focus();
  await pause(1500);
  const built = await heap();
  // Typed as into ours, once a speed, untraced: the trace of a page fetching 20 fragments a keystroke is
  // more than the test runner reads back within its 20 s limit for a command.
  for (const intervalMs of [200, 60]) for (const query of TYPED) await executeServerCommand('type-query', { query, intervalMs });
  const typed = await heap();
  document.body.innerHTML = '';
  return { page, built, typed };
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(p * values.length) - 1)] ?? 0;
const ms = (value: number) => value.toFixed(0);
function row(label: string, figures: Figures[]) {
  const longest = figures.flatMap((run) => run.longest);
  const long = figures.map((run) => run.longTasks.count);
  const longestLong = Math.max(0, ...figures.map((run) => run.longTasks.longest));
  return `| ${label} | ${figures.length} × ${figures[0]!.keystrokes} | ${ms(percentile(longest, 0.5))} / ${ms(percentile(longest, 0.95))} / ${ms(percentile(longest, 0.99))} / ${ms(Math.max(...longest))} | ${long.join(', ')}${longestLong ? ` (longest ${ms(longestLong)})` : ''} |`;
}

let single: Awaited<ReturnType<typeof measure>>;
let split: Awaited<ReturnType<typeof measure>>;
let pagefind: Awaited<ReturnType<typeof measurePagefind>>;

it('MedQuAD as one file', async function () {
  this.timeout(900_000);
  single = await measure('/bench/.data/feed-medquad.json');
});

it('MedQuAD split', async function () {
  this.timeout(900_000);
  // The split feed (bench/prepare.mjs runs `fertility-qa split`): its partial index, then its sharded search index.
  split = await measure('/bench/.data/split-medquad/index.json');
});

it('Pagefind on the same records', async function () {
  this.timeout(900_000);
  pagefind = await measurePagefind();
});

it('MedQuAD as one file, split, and Pagefind: heap after the build and after typing, longest tasks while typing', () => {
  const speeds = (label: string, runs: Map<number, Figures[]>) => [...runs].map(([interval, figures]) => row(`${label}, ${interval} ms apart`, figures)).join('\n');
  const markdown = `## Memory at scale: MedQuAD (issue 28)

bench/search-memory.bench.ts in headless Chromium (${navigator.userAgent.match(/Chrome\/[\d.]+/)?.[0] ?? 'Chromium'}): \`<qa-search>\` from dist/ on the
MedQuAD feed (16,423 questions), and Pagefind on the same records behind a plain search field (each keystroke
searches and lists its first 20 titles). JS heap after full garbage collections, with typed arrays' and
WebAssembly's backing stores (DevTools' \`Runtime.getHeapUsage\`). **One file**: the page with the search code ${MB(single.page)} MB;
with the feed loaded (parsed and validated) ${MB(single.feed)} MB (**feed ${MB(single.feed - single.page)} MB**); with the index built
and warmed up ${MB(single.built)} MB (**index ${MB(single.built - single.feed)} MB**); after the typing below ${MB(single.typed)} MB. **Split**
(partial index, sharded search index; measured after the one file, in the same page, as heap over the page's before it):
with the list shown ${MB(split.feed - split.page)} MB; with the search opened ${MB(split.built - split.page)} MB; after the typing below
**${MB(split.typed - split.page)} MB** (${split.titles} titles files fetched while typing). **Pagefind** (after both, as heap over the page's before it):
with its index opened by one search ${MB(pagefind.built - pagefind.page)} MB; after the typing below **${MB(pagefind.typed - pagefind.page)} MB**.
Typed with the browser's own key events: ${TYPED.map((query) => `“${query}”`).join(', ')}, the field emptied
between queries; ${ROUNDS} runs a speed, each keystroke's longest task pooled over them (Pagefind typed once a speed, untraced).

| feed, typing | runs × keystrokes | longest task of a keystroke p50 / p95 / p99 / max ms | tasks ≥ 50 ms, by run |
| --- | ---: | ---: | ---: |
${speeds('one file', single.runs)}
${speeds('split', split.runs)}
`;
  console.log(`BEGIN-MEMORY\n${markdown}END-MEMORY`);
});
