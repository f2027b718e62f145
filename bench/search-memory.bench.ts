import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Memory at scale (issue 28 item 5): `<qa-search>` from the build (dist/, as a site loads it) on the
 * MedQuAD feed (16,423 questions; benchmark data, CC BY 4.0, see bench/RELEVANCE.md), as one file and
 * split (its partial index and sharded search index, as `fertility-qa split` writes them). The JS
 * heap after full garbage collections, with typed arrays' backing stores (the `heap-usage` command of
 * bench/web-test-runner.bench.config.mjs): once the page has the search code, once the feed is loaded
 * (parsed and validated), once the index is built (and warmed up), and after the reader typed; then the
 * tasks of the page's main thread while a reader types a few real queries letter by letter with the
 * browser's own key events, traced (the `trace-start`, `type-query` and `trace-stop` commands).
 *
 * Run: npm run build && BENCH_FILES=bench/search-memory.bench.ts npx wtr --config bench/web-test-runner.bench.config.mjs
 * (bench/.data/feed-medquad.json and split-medquad/ from bench/prepare.mjs). It prints a Markdown section; the figures are
 * kept by hand in bench/RESULTS.md ("Large feeds"), beside Pagefind's.
 */

/** What a reader types (as bench/keystrokes.bench.ts): key terms, a typo, a sentence. */
const TYPED = ['glaucoma treatment', 'kidney disease symptoms', 'diabetis', 'how do doctors test for down syndrome', 'miscarriage'];

interface Figures {
  keystrokes: number;
  longestTask: { p50: number; p95: number; max: number };
  mainThread: { p50: number; p95: number };
  longTasks: { count: number; longest: number };
}

const pause = (time: number) => new Promise((resolve) => setTimeout(resolve, time));
const MB = (bytes: number) => (bytes / 2 ** 20).toFixed(1);

/** The JS heap in use after full collections, with typed arrays' backing stores (held outside it). */
async function heap(): Promise<number> {
  await pause(50);
  const { used, backing } = (await executeServerCommand<{ used: number; backing: number }, undefined>('heap-usage'))!;
  return used + backing;
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

  const type = async (intervalMs: number) => {
    await executeServerCommand('trace-start');
    for (const query of TYPED) await executeServerCommand('type-query', { query, intervalMs });
    return (await executeServerCommand<Figures, undefined>('trace-stop'))!;
  };
  const average = await type(200);
  const fast = await type(60);
  expect(fast.keystrokes, 'every keystroke traced').to.equal(TYPED.join('').length);
  const typed = await heap();
  document.body.innerHTML = '';
  return { page, feed, built, typed, average, fast };
}

const ms = (value: number) => value.toFixed(0);
const row = (reader: string, f: Figures) =>
  `| ${reader} | ${f.keystrokes} | ${ms(f.longestTask.p50)} / ${ms(f.longestTask.p95)} / ${ms(f.longestTask.max)} | ${f.longTasks.count}${f.longTasks.count ? `, longest ${ms(f.longTasks.longest)}` : ''} |`;

it('MedQuAD as one file, and split: heap after the build, longest task while typing', async function () {
  this.timeout(900_000);
  const single = await measure('/bench/.data/feed-medquad.json');
  // The split feed (bench/prepare.mjs runs `fertility-qa split`): its partial index, then its sharded search index.
  const split = await measure('/bench/.data/split-medquad/index.json');
  const markdown = `## Memory at scale: MedQuAD (issue 28)

bench/search-memory.bench.ts in headless Chromium (${navigator.userAgent.match(/Chrome\/[\d.]+/)?.[0] ?? 'Chromium'}): \`<qa-search>\` from dist/ on the
MedQuAD feed (16,423 questions). JS heap after full garbage collections, with typed arrays' backing stores
(DevTools' \`Runtime.getHeapUsage\`). **One file**: the page with the search code ${MB(single.page)} MB; with the feed loaded
(parsed and validated) ${MB(single.feed)} MB (**feed ${MB(single.feed - single.page)} MB**); with the index built and warmed up
${MB(single.built)} MB (**index ${MB(single.built - single.feed)} MB**); after the typing below ${MB(single.typed)} MB. **Split** (partial index,
sharded search index; measured after the one file, in the same page, as heap over the page's before it): with the list shown
${MB(split.feed - split.page)} MB; with the search opened ${MB(split.built - split.page)} MB; after the typing below **${MB(split.typed - split.page)} MB**. Typed with the browser's own key events:
${TYPED.map((query) => `“${query}”`).join(', ')}, the field emptied between queries.

| feed, typing | keystrokes | longest task of a keystroke p50 / p95 / max ms | tasks ≥ 50 ms |
| --- | ---: | ---: | ---: |
${row('one file, 200 ms apart', single.average)}
${row('one file, 60 ms apart', single.fast)}
${row('split, 200 ms apart', split.average)}
${row('split, 60 ms apart', split.fast)}
`;
  console.log(`BEGIN-MEMORY\n${markdown}END-MEMORY`);
});
