import { executeServerCommand } from '@web/test-runner-commands';
import '../src/define.js';
import type { QaSearch } from '../src/qa-search/qa-search.js';

/**
 * A page with `<qa-search src=".../index.json">` on MedQuAD split (16,423
 * questions; issue 16 item 3): the bytes the page fetches from the feed (gzip,
 * level 6, as a server sends them) before the list of questions shows, and
 * before the first result of a typed query (one keystroke every 100 ms from the
 * moment the list shows), and the times. Two splits of the same feed, by the
 * same CLI: index.json listing every question (as every split was written
 * before partial indexes, and as `--index-questions 16423` still writes it),
 * and the partial index written by default above 1,000 questions. Browser
 * cache off; each run reads its split through a path of its own (a symbolic
 * link made by bench/prepare.mjs), so nothing is reused from an earlier run.
 * The element's own code is not counted here (size-budget.json counts it).
 */

const DATA = '/bench/.data';
const QUERIES = ['glaucoma treatment', 'symptoms of diabetes', 'high blood pressure'];
const KEYSTROKE_MS = 100;

interface Run {
  listMs: number;
  bytesBeforeList: number;
  firstResultMs: number;
  bytesBeforeFirst: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

const sizes = new Map<string, number>();
async function sent(path: string): Promise<number> {
  if (!sizes.has(path)) sizes.set(path, ((await executeServerCommand('file-size', { path })) as { gzip: number }).gzip);
  return sizes.get(path)!;
}

/** Bytes of the requests made up to `until` ms after `start` (server clock, as the scale bench). */
async function bytesUntil(requested: Array<{ path: string; at: number }>, start: number, until: number): Promise<number> {
  let bytes = 0;
  for (const { path, at } of requested) if (at - performance.timeOrigin - start <= until) bytes += await sent(path);
  return bytes;
}

async function pageRun(split: string, query: string): Promise<Run> {
  await executeServerCommand('requests'); // forget earlier ones
  const start = performance.now();
  const el = document.createElement('qa-search') as QaSearch;
  el.setAttribute('src', `${DATA}/${split}/index.json`);
  document.body.append(el);
  const root = () => el.shadowRoot;
  while (!root()?.querySelector('[part="result-title"]')) await sleep(5);
  const listMs = performance.now() - start;
  const field = root()!.querySelector<HTMLInputElement>('[part="search-field"]')!;
  field.focus();
  let firstResultMs = Infinity;
  const typed = (async () => {
    for (let i = 1; i <= query.length; i++) {
      field.value = query.slice(0, i);
      field.dispatchEvent(new Event('input'));
      await sleep(KEYSTROKE_MS);
    }
  })();
  // The first result: a count that says "match" (a typed query's results), with a title shown.
  while (!Number.isFinite(firstResultMs)) {
    const count = root()!.querySelector('[part="count"]')?.textContent ?? '';
    if (/match/.test(count) && root()!.querySelector('[part="result-title"]')?.textContent) firstResultMs = performance.now() - start;
    else await sleep(5);
    if (performance.now() - start > 60_000) break;
  }
  await typed;
  await sleep(200);
  const requested = ((await executeServerCommand('requests')) as Array<{ path: string; at: number }>).filter(({ path }) => path.startsWith(`${DATA}/${split}/`));
  el.remove();
  return { listMs, bytesBeforeList: await bytesUntil(requested, start, listMs), firstResultMs: firstResultMs - listMs, bytesBeforeFirst: await bytesUntil(requested, start, firstResultMs) };
}

it('<qa-search> on MedQuAD split: bytes before the list and before the first result, whole index.json against the partial index', async function () {
  const probe = await fetch(`${DATA}/page-partial-0/index.json`, { method: 'HEAD' });
  if (!probe.ok) return this.skip(); // no MedQuAD data (bench/prepare.mjs writes it when /work/shared/data/medquad/ is there)
  await executeServerCommand('disable-cache');
  const rows: string[] = [];
  const variants: Array<[string, string]> = [
    ['index.json lists every question (before)', 'page-whole'],
    ['partial index.json: first 50 and the featured (after)', 'page-partial'],
  ];
  for (const [label, prefix] of variants) {
    const runs: Run[] = [];
    for (const [i, query] of QUERIES.entries()) runs.push(await pageRun(`${prefix}-${i}`, query));
    console.log(`split page: ${label}: ${JSON.stringify(runs.map((run) => Object.fromEntries(Object.entries(run).map(([k, v]) => [k, Math.round(v)]))))}`);
    const pick = (key: keyof Run) => median(runs.map((run) => run[key]));
    const indexBytes = await sent(`${DATA}/${prefix}-0/index.json`);
    rows.push(`| ${label} | ${kb(indexBytes)} | ${kb(pick('bytesBeforeList'))} | ${pick('listMs').toFixed(0)} | ${kb(pick('bytesBeforeFirst'))} | ${pick('firstResultMs').toFixed(0)} |`);
  }
  const markdown = `## A search page on a large split feed (issue 16 item 3)

\`<qa-search src=".../index.json">\` on MedQuAD split (16,423 questions), as a reader meets it
(bench/split-page.bench.ts): the feed's bytes fetched before the list of questions shows, and
before the first result of a query typed from then on, one keystroke every ${KEYSTROKE_MS} ms;
medians over ${QUERIES.map((q) => `“${q}”`).join(', ')}. Gzip (level 6) of the files requested;
browser cache off, each run through a path of its own. The element's code is not counted (see
size-budget.json). *First result* is timed from the list showing (the first keystroke).
Both rows are the same CLI's output for the same feed: \`--index-questions 16423\` writes
index.json as every split was written before partial indexes; the default above 1,000 questions
lists the first 50 and the featured questions, and \`<qa-search>\` lists the rest from the search
index's titles files.

| index.json | index.json KB gzip | KB before the list | ms to the list | KB before the first result | ms to the first result |
| --- | ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}

Target (issue 16): ≤ 300 KB gzip before the first result for a typical query at 16,423 questions.
`;
  await executeServerCommand('write-bench-results', { section: '5-split-page', markdown });
});
