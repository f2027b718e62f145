// node bench/relevance/compare.mjs [--per-set N] [--system MiniSearch|lunr|ours:NAME] [--set text] [--quiet] [--save NAME]
//
// --save NAME keeps <qa-search>'s own rankings as NAME (in bench/.data/); --system ours:NAME then
// compares the search as it is now with them (what a change to the ranking won and lost).
// Per query, where another system ranks a right answer higher than <qa-search>:
// the query, both ranks, what <qa-search> lists above its first right answer,
// and the right answer the other system found. Then the MRR@10 of both per set.
// The other system's rankings are cached in bench/.data/ (they do not change
// while the search is worked on), so a run after the first takes seconds.
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { createLunr, createMiniSearch } from './baselines.mjs';
import { medquadSets } from './medquad-sets.mjs';
import { evaluate } from './metrics.mjs';
import { loadAdapter } from './load-adapter.mjs';

const root = new URL('../../', import.meta.url);
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const perSet = Number(option('--per-set', 300));
const systemName = option('--system', 'MiniSearch');
const only = option('--set', '');
const quiet = args.includes('--quiet');
const saveAs = option('--save', '');
const K = 10;
const create = { MiniSearch: createMiniSearch, lunr: createLunr }[systemName];
if (!create && !systemName.startsWith('ours:')) throw new Error(`--system: MiniSearch, lunr or ours:NAME, not ${systemName}`);
const { createOurSearch, createAnalysis } = await loadAdapter();

function feeds() {
  const list = [];
  for (const file of ['demo-en.json', 'demo-es.json']) {
    const judged = JSON.parse(readFileSync(new URL(`sets/${file}`, import.meta.url), 'utf8'));
    const feed = JSON.parse(readFileSync(new URL(judged.feed, root), 'utf8'));
    const kinds = [...new Set(judged.queries.map((query) => query.kind))];
    list.push({ name: judged.feed, feed, sets: kinds.map((kind) => ({ name: `Demo (${judged.language}): ${kind}`, queries: judged.queries.filter((q) => q.kind === kind) })) });
  }
  if (perSet > 0) {
    const dir = new URL('../../../shared/data/medquad/', import.meta.url).pathname; // ../shared beside the repository
    const feed = JSON.parse(gunzipSync(readFileSync(`${dir}medquad-feed.json.gz`)));
    const annotations = JSON.parse(gunzipSync(readFileSync(`${dir}medquad-annotations.json.gz`)));
    const sets = medquadSets(annotations).map((set) => ({ ...set, queries: set.queries.slice(0, perSet) }));
    list.push({ name: 'MedQuAD', feed, sets });
  }
  return list;
}

/** The other system's top ten per query, from the cache when the queries are the same. */
async function theirRankings(name, feed, sets) {
  const file = cacheFile(systemName, name, feed, sets);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
  if (!create) throw new Error(`no saved rankings for ${systemName} on these queries (--save ${systemName.slice(5)} first)`);
  const search = await create(feed, await createAnalysis(feed));
  const rankings = sets.map((set) => set.queries.map(({ query }) => search(query, K)));
  mkdirSync(new URL('bench/.data/', root), { recursive: true });
  writeFileSync(file, JSON.stringify(rankings));
  return rankings;
}

/** Where a system's rankings of a feed's query sets are kept. */
function cacheFile(system, name, feed, sets) {
  // (v2: the baselines get the search's analysis and field weights, issue 28.)
  const key = createHash('sha1').update(JSON.stringify(['v2', system, name, feed.questions.length, sets.map((s) => s.queries.map((q) => q.query))])).digest('hex').slice(0, 12);
  return new URL(`bench/.data/relevance-${system.replace(':', '-')}-${key}.json`, root);
}

const summary = [];
for (const { name, feed, sets: allSets } of feeds()) {
  const sets = allSets.filter((set) => set.name.includes(only));
  if (!sets.length) continue;
  const titles = new Map(feed.questions.map((q) => [String(q.id), q.title]));
  const theirs = await theirRankings(name, feed, allSets);
  const ours = await createOurSearch(feed);
  const saved = [];
  for (const set of sets) {
    const s = allSets.indexOf(set);
    const ourRanked = set.queries.map(({ query }) => ours(query, K));
    saved.push(ourRanked);
    let lines = 0;
    set.queries.forEach(({ query, relevant }, i) => {
      const right = new Set(relevant);
      const ourRank = ourRanked[i].findIndex((id) => right.has(id));
      const theirRank = theirs[s][i].findIndex((id) => right.has(id));
      const better = theirRank !== -1 && (ourRank === -1 || theirRank < ourRank);
      if (!better) return;
      lines++;
      if (quiet) return;
      console.log(`\n[${set.name}] "${query}": ours ${ourRank === -1 ? '–' : ourRank + 1}, ${systemName} ${theirRank + 1}`);
      const above = ourRank === -1 ? ourRanked[i].slice(0, 3) : ourRanked[i].slice(0, ourRank);
      for (const id of above.slice(0, 3)) console.log(`   ours above: ${titles.get(id)}  (${id})`);
      console.log(`   right:      ${titles.get(theirs[s][i][theirRank])}  (${theirs[s][i][theirRank]})`);
    });
    const a = evaluate(set.queries, ourRanked, K);
    const b = evaluate(set.queries, theirs[s], K);
    if (saveAs && saved.length === allSets.length) writeFileSync(cacheFile(`ours:${saveAs}`, name, feed, allSets), JSON.stringify(saved));
    summary.push(`${set.name.padEnd(42)} n=${String(set.queries.length).padStart(3)}  ours ${a.mrr.toFixed(3)} (S@1 ${a.success1.toFixed(2)})  ${systemName} ${b.mrr.toFixed(3)} (S@1 ${b.success1.toFixed(2)})  worse on ${lines}`);
  }
}
console.log(`\n${summary.join('\n')}`);
