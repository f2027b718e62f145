// npm run bench:relevance: how well the search of <qa-search> finds the right
// question, against lunr, MiniSearch, Orama and fuse.js given the same feed, the
// same text analysis and the same field weights in the same run, on the tuning
// and the held-out half of every judged set (bench/relevance/halves.mjs).
// Writes bench/RELEVANCE.md and prints its tables.
//
// Options: --per-set N   MedQuAD queries per set (default 300, all; halves of 150)
//          --no-medquad  the demo feed only (a few seconds)
//
// The search is reached only through bench/relevance/adapter.ts, bundled here
// with esbuild so that Node runs the TypeScript sources as they are.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import os from 'node:os';
import { createLunr, createMiniSearch, createOrama, createFuse } from './baselines.mjs';
import { halves, SPLIT_SEED } from './halves.mjs';
import { medquadSets } from './medquad-sets.mjs';
import { evaluate, listQuality, percentile } from './metrics.mjs';
import { loadAdapter } from './load-adapter.mjs';

const root = new URL('../../', import.meta.url);
const args = process.argv.slice(2);
const perSet = Number(args[args.indexOf('--per-set') + 1]) || (args.includes('--per-set') ? 0 : 300);
const withMedquad = !args.includes('--no-medquad');
const MEDQUAD = new URL('../../../shared/data/medquad/', import.meta.url).pathname; // ../shared beside the repository
const K = 10;

const { createOurSearch, createAnalysis } = await loadAdapter();

/** The systems, in table order; fuse.js on the demo feeds only (over MedQuAD's answers a query took about 40 s). */
const systems = (small) => [
  { name: '<qa-search>', create: createOurSearch },
  { name: 'lunr', create: createLunr },
  { name: 'MiniSearch', create: createMiniSearch },
  { name: 'Orama', create: createOrama },
  ...(small ? [{ name: 'fuse.js', create: createFuse }] : []),
];

/** Each set as its two halves, held-out first: the tuning half is what ranking changes were tried on. */
const split = (sets) =>
  sets.flatMap((set) => {
    const { tuning, heldOut } = halves(set.queries);
    return [
      { name: `${set.name} · held-out`, queries: heldOut },
      { name: `${set.name} · tuning`, queries: tuning },
    ];
  });

/** The demo sets: one per kind of query in each judged file whose feed exists. */
function demoSets() {
  const sets = [];
  const skipped = [];
  for (const file of ['demo-en.json', 'demo-es.json']) {
    const judged = JSON.parse(readFileSync(new URL(`sets/${file}`, import.meta.url), 'utf8'));
    const feedUrl = new URL(judged.feed, root);
    if (!judged.queries.length || !existsSync(feedUrl)) {
      skipped.push(`${file} (${judged.queries.length} queries; feed ${judged.feed} ${existsSync(feedUrl) ? 'present' : 'missing'})`);
      continue;
    }
    const kinds = [...new Set(judged.queries.map((query) => query.kind))];
    sets.push({
      feedName: judged.feed,
      feed: JSON.parse(readFileSync(feedUrl, 'utf8')),
      // Queries no question answers: the right list is empty ("no close match").
      unanswered: split([{ name: `Demo (${judged.language}): unanswered`, queries: (judged.unanswered ?? []).map((query) => ({ query, relevant: [] })) }]),
      sets: split(
        kinds.map((kind) => ({
          name: `Demo (${judged.language}): ${kind}`,
          queries: judged.queries.filter((query) => query.kind === kind),
        })),
      ),
    });
  }
  return { sets, skipped };
}

/** Runs every set of one feed through every system. */
async function runFeed({ feedName, feed, sets, unanswered = [] }) {
  const rows = [];
  const silent = [];
  const latency = [];
  const analysis = await createAnalysis(feed);
  for (const system of systems(feed.questions.length < 1000)) {
    const started = performance.now();
    const search = await system.create(feed, analysis);
    const buildMs = performance.now() - started;
    const times = [];
    // Warm-up: a few untimed queries, so the first timed ones do not pay for JIT compilation.
    for (const { query } of sets[0].queries.slice(0, 5)) search(query, K);
    for (const set of sets) {
      const ranked = [];
      const lists = [];
      let listed = 0;
      for (const { query } of set.queries) {
        // Everything a system lists (what a reader sees counted), ranked: the first K are scored.
        const start = performance.now();
        const ids = search(query, system.name === '<qa-search>' ? undefined : feed.questions.length);
        times.push(performance.now() - start);
        listed += ids.length;
        lists.push(ids);
        ranked.push(ids.slice(0, K));
      }
      const scores = evaluate(set.queries, ranked, K);
      // Every right answer is judged (the demo sets by hand, MedQuAD's by construction): whole lists are measured too.
      const whole = listQuality(set.queries, lists);
      console.error(`  ${feedName}: ${system.name}: ${set.name} (${Math.round(performance.now() - started)} ms)`);
      rows.push({ set: set.name, system: system.name, n: set.queries.length, listed: listed / set.queries.length, ...scores, whole });
    }
    for (const set of unanswered) {
      if (!set.queries.length) continue;
      const empty = set.queries.filter(({ query }) => search(query, feed.questions.length).length === 0).length;
      silent.push({ set: set.name, system: system.name, n: set.queries.length, empty: empty / set.queries.length });
    }
    latency.push({ feed: feedName, questions: feed.questions.length, system: system.name, buildMs, n: times.length, p50: percentile(times, 50), p95: percentile(times, 95) });
    console.error(`  ${feedName}: ${system.name} done (${Math.round(performance.now() - started)} ms)`);
  }
  return { rows, latency, silent };
}

const { sets: demo, skipped } = demoSets();
const runs = [];
for (const feed of demo) runs.push(await runFeed(feed));
let medquadCount = 0;
if (withMedquad && perSet > 0) {
  const feed = JSON.parse(gunzipSync(readFileSync(`${MEDQUAD}medquad-feed.json.gz`)));
  const annotations = JSON.parse(gunzipSync(readFileSync(`${MEDQUAD}medquad-annotations.json.gz`)));
  medquadCount = feed.questions.length;
  // The sets hold 300 queries each; the run takes the first perSet of each.
  const sets = split(medquadSets(annotations).map((set) => ({ ...set, queries: set.queries.slice(0, perSet) })));
  runs.push(await runFeed({ feedName: 'MedQuAD', feed, sets }));
}

// Tables.
const fmt = (value, digits = 2) => value.toFixed(digits);
const systemNames = [...new Set(runs.flatMap((run) => run.rows.map((row) => row.system)))];
const setNames = [...new Set(runs.flatMap((run) => run.rows.map((row) => row.set)))];
const allRows = runs.flatMap((run) => run.rows);
const wholeNames = systemNames.filter((s) => !s.endsWith('†'));
/** One table of sets (rows) by system (columns): `value(row)` of the system's row for a set, '–' where it has none. */
const setsTable = ({ title, intro = [], sets, rows, value, align = '---:' }) =>
  [
    `### ${title}`,
    '',
    ...(intro.length ? [...intro, ''] : []),
    `| queries | n |${wholeNames.map((s) => ` ${s} |`).join('')}`,
    `| --- | ---: |${` ${align} |`.repeat(wholeNames.length)}`,
    ...sets.map((set) => {
      const n = rows.find((row) => row.set === set).n;
      const values = wholeNames.map((system) => {
        const row = rows.find((candidate) => candidate.set === set && candidate.system.replace('†', '') === system);
        return ` ${row ? value(row) : '–'} |`;
      });
      return `| ${set} | ${n} |${values.join('')}`;
    }),
  ].join('\n');
const table = (title, key) => setsTable({ title, sets: setNames, rows: allRows, value: (row) => (row[key] === undefined ? '–' : fmt(row[key])) });
const latencyTable = [
  '| feed | questions | system | index build ms | queries | p50 ms | p95 ms |',
  '| --- | ---: | --- | ---: | ---: | ---: | ---: |',
  ...runs.flatMap((run) => run.latency).map((l) => `| ${l.feed} | ${l.questions.toLocaleString('en')} | ${l.system} | ${fmt(l.buildMs, 0)} | ${l.n} | ${fmt(l.p50)} | ${fmt(l.p95)} |`),
].join('\n');
const wholeTable = setsTable({
  title: 'Whole lists (precision / recall / questions listed; queries listing right questions only)',
  intro: [
    'Everything a system lists for a query, where every right answer is judged (the demo sets by hand; a',
    "MedQuAD query's right answers are by construction every question of its condition and question type):",
    'precision is the share of the listed questions that answer the query (an empty list counts 0), recall the',
    'share of its right questions listed. lunr and MiniSearch list every question holding any of the words;',
    '`<qa-search>` lists real matches only (its relevance floor and key concept), which is what a reader sees',
    'as "N questions match".',
  ],
  sets: setNames,
  rows: allRows,
  value: ({ whole }) => (whole ? `${fmt(whole.precision)} / ${fmt(whole.recall)} / ${fmt(whole.length, 1)}; ${whole.onlyRight}` : '–'),
  align: '---',
});
const silentRows = runs.flatMap((run) => run.silent ?? []);
const silentNames = [...new Set(silentRows.map((row) => row.set))];
const silentTable = setsTable({
  title: 'Unanswered queries: told "no close match" (nothing listed)',
  intro: [
    "Queries no question of the demo feed answers (bench/relevance/sets/, `unanswered`: the topic is not in the",
    "feed, though some of the words are), split by the same seed: the share of them for which a system lists",
    'nothing. For `<qa-search>` that is its "No question matches … closely" and the `no-results` slot; the',
    'other systems list every question holding any of the words (fuse.js, matching characters, lists nothing for',
    'most sentences, answered or not: its sentence recall above is 0.13 to 0.17).',
  ],
  sets: silentNames,
  rows: silentRows,
  value: (row) => fmt(row.empty),
});
// What each ranking mechanism is worth held out, and what was tried and left out, is kept in a file of its own.
const mechanismsFile = new URL('mechanisms.md', import.meta.url);
const mechanisms = existsSync(mechanismsFile) ? `\n${readFileSync(mechanismsFile, 'utf8').trim()}\n` : '';
const listedLines = allRows
  .filter((row) => row.system === '<qa-search>' && row.set.startsWith('Demo'))
  .map((row) => `${row.set}: ${fmt(row.listed, 1)}`)
  .join('; ');

// The browser figures (bench/medquad-search.measure.ts, two readers) are kept in a file of their own and quoted.
const latencyFile = new URL('browser-latency.md', import.meta.url);
const browserLatency = existsSync(latencyFile) ? `\n${readFileSync(latencyFile, 'utf8').trim()}\n` : '';
const cpus = os.cpus();
const machine = `${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')} at the end (timings on a shared machine are inflated by other work)`;
const tables = [table('MRR@10 (higher is better)', 'mrr'), table('Success@1 (a right question first)', 'success1'), table('Success@10 (a right question in the first ten)', 'success10'), wholeTable, silentTable].join('\n\n');
const report = `# Relevance benchmark

Written by \`npm run bench:relevance\` (bench/relevance/run.mjs) on ${new Date().toISOString().slice(0, 10)}, ${machine}, one process, all systems in the same run on the same feeds.
MedQuAD queries per set: ${withMedquad ? perSet : 0} (\`--per-set N\`; the generated sets hold 300).

Protocol (issue 28): every judged set is split by a fixed seed (${SPLIT_SEED}, bench/relevance/halves.mjs: a
hash of each query's text) into a held-out half and a tuning half. Ranking changes are tried on the
tuning half; a change stays only if the held-out half does not get worse on any set. Both halves are
reported, held-out first; test/relevance.test.ts pins held-out outcomes.

Systems: \`<qa-search>\` is this repository's search (src/search, reached only through
bench/relevance/adapter.ts). lunr 2 (BM25), MiniSearch 7 (BM25+, fuzzy 0.2, prefix) and Orama 3
(BM25, typo tolerance 1) are given the same analysis as \`<qa-search>\` (case and accents folded,
the feed language's Snowball stop words and stemmer, through adapter.ts's \`createAnalysis\`; lunr's
own English pipeline is replaced by it) and index the same fields with \`<qa-search>\`'s own BM25F
field weights (title 3, tags 2.5, summary 1.5, experts' names 1, answer text 1) as boosts: what
differs is the ranking. fuse.js 7 (threshold 0.35, location ignored; it matches characters, so it
gets no stemmer) runs on the demo feeds only: over MedQuAD's answers a query took about 40 s.

Sets: the demo sets are judged queries written by us over demo/feed.json and demo/feed.es.json
(bench/relevance/sets/: full sentences with filler and typos as patients type
them, two-word queries, lay terms, one-letter typos), each with every question that answers
it. ${skipped.length ? `Skipped: ${skipped.join('; ')}. ` : ''}The MedQuAD sets are generated, seeded, from the
collection's annotations (bench/relevance/medquad-sets.mjs): a query's right answers are
the questions with its condition (focus) and question type.

${tables}
${mechanisms}
### Latency per query (search call alone, no rendering)

${latencyTable}

${browserLatency}
How \`<qa-search>\` ranks (issue 14): BM25F over title, tags, summary, expert names and answer
text, plus the title read on its own (words' rarity among titles, BM25 length over the title's
content words), so that the question whose title holds a word ranks above those whose answers
mention it; stop words and stemming in the feed's \`language\` (English, Spanish, French and
German, Snowball lists and stemmers; the baselines get the same), and stems that differ only in their last letter match each other
(diagnosis/diagnose); one or two typing errors forgiven for words that are not in the feed,
and for words in at most five questions whose neighbours are in ten times as many; prefix
matching on the last word, weighing no more than its commonest completion; synonyms (and,
with \`layTerms\`, lay words) as alternatives of one concept, counting as much as the words
typed; a title's length counts each of the query's concepts once (a name and its abbreviation are
one); results whose BM25F share is under 40% of the best are not listed, and when a query of
two concepts or more has its weightiest (rarest) concept in the best match's title, a question
without it is listed only if its title holds another of the query's concepts (the key concept: the
filler of a sentence does not make a match on its own, a second topic does); beside a question
holding a word as typed, one matched only through a typing error's neighbours is not listed
unless its title holds it (corrections confirm). The demo feeds switch
\`layTerms\` on; the other systems get the feed's own \`synonyms\` only where they read them
(none does), which is part of \`<qa-search>\`'s lead on the lay sets.

Questions listed by \`<qa-search>\` per demo query (mean; the demo feed has 16): ${listedLines}.

MedQuAD${medquadCount ? ` (${medquadCount.toLocaleString('en')} questions)` : ''} is benchmark data, never demo content. Licence CC BY 4.0. Cite:
Ben Abacha A, Demner-Fushman D. "A question-entailment approach to question answering."
BMC Bioinformatics 20, 511 (2019). doi:10.1186/s12859-019-3119-4.
`;
writeFileSync(new URL('bench/RELEVANCE.md', root), report);
console.log(`${tables}\n\n### Latency\n\n${latencyTable}\n\nWritten to bench/RELEVANCE.md`);
