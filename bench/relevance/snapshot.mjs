// node bench/relevance/snapshot.mjs --save NAME | --against NAME
//
// Every judged query's whole ranking, and the first ten results' title highlights and
// excerpts (text and highlights), from the search as `<qa-search>` runs it: a change to
// the search's plumbing (not its ranking) must leave them identical. --save NAME writes
// bench/.data/snapshot-NAME.json; --against NAME compares with it, query by query.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { importBundled } from './load-adapter.mjs';
import { judgedFeeds } from './judged-feeds.mjs';

const root = new URL('../../', import.meta.url);
const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : '');
const [saveAs, against] = [option('--save'), option('--against')];

// The search code as it is (either contract: results, or a promise of { total, results }).
const { validateFeed, searchIndexFor } = await importBundled({
  stdin: {
    contents: `export { validateFeed } from './src/feed/validate.ts'; export { searchIndexFor } from './src/search/search-index.ts';`,
    resolveDir: root.pathname,
    loader: 'ts',
  },
});

const snapshot = {};
for (const { feed: document, sets } of judgedFeeds()) {
  const { feed } = validateFeed(document, { baseUrl: 'http://localhost/feed.json' });
  const index = await searchIndexFor(feed);
  for (const set of sets) {
    for (const { query } of set.queries) {
      const answer = await index.search(query, { limit: Number.MAX_SAFE_INTEGER });
      const results = Array.isArray(answer) ? answer : answer.results;
      const total = Array.isArray(answer) ? answer.length : answer.total;
      snapshot[`${set.name} | ${query}`] = {
        total,
        ids: results.map((result) => result.question.id),
        shown: results.slice(0, 10).map((result) => ({ titleMatches: result.titleMatches, excerpt: result.excerpt && { text: result.excerpt.text, matches: result.excerpt.matches } })),
      };
    }
  }
}
const keys = Object.keys(snapshot);
if (saveAs) {
  mkdirSync(new URL('bench/.data/', root), { recursive: true });
  writeFileSync(new URL(`bench/.data/snapshot-${saveAs}.json`, root), JSON.stringify(snapshot));
  console.log(`${keys.length} queries saved as ${saveAs}`);
}
if (against) {
  const before = JSON.parse(readFileSync(new URL(`bench/.data/snapshot-${against}.json`, root), 'utf8'));
  const differ = keys.filter((key) => JSON.stringify(before[key]) !== JSON.stringify(snapshot[key]));
  const missing = Object.keys(before).filter((key) => !(key in snapshot));
  console.log(`${keys.length} queries: ${differ.length} differ from ${against}, ${missing.length} missing`);
  for (const key of differ.slice(0, 10)) console.log(`  differs: ${key}`);
  if (differ.length || missing.length) process.exitCode = 1;
}
