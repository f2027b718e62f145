// A split feed's sharded search index ranks as the single file: for every query
// of the relevance sets, the same top 10. Real files throughout: the feed is
// split by the CLI into a temporary folder, served by a local HTTP server, and
// read by ShardedIndex over fetch; the single file is searched by SearchIndex.
// Feeds: the demo feeds (bench/relevance/sets) and a slice of MedQuAD (the
// first 3,000 questions of ../shared/data/medquad/, CC BY 4.0: Ben Abacha &
// Demner-Fushman, BMC Bioinformatics 2019), from ../shared beside the repository; a failure where that folder is absent.
// Needs `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { validateFeed } from '../../dist/lib/feed/validate.js';
import { SearchIndex } from '../../dist/lib/search/search-index.js';
import { ShardedIndex } from '../../dist/lib/search/sharded-index.js';
import { medquadSets } from '../../bench/relevance/medquad-sets.mjs';

const root = new URL('../../', import.meta.url).pathname;
const cli = join(root, 'bin/fertility-qa.mjs');
const dir = mkdtempSync(join(tmpdir(), 'fertility-qa-shards-'));
/** The shared data beside the repository (as on every developer's machine and in CI): always there, so its absence fails. */
const MEDQUAD = new URL('../../../shared/data/medquad/', import.meta.url).pathname;

const requested = [];
const server = createServer((request, response) => {
  const path = normalize(join(dir, decodeURIComponent(new URL(request.url, 'http://x').pathname)));
  if (!path.startsWith(dir) || !existsSync(path)) return response.writeHead(404).end();
  requested.push(path.slice(dir.length));
  response.writeHead(200, { 'content-type': 'application/json' }).end(readFileSync(path));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;
test.after(() => server.close());

/** Splits a feed document with the CLI; returns the single-file index and the sharded one. */
async function both(name, document) {
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(document));
  const result = spawnSync(process.execPath, [cli, 'split', file, '--out', join(dir, name)], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  const { feed } = validateFeed(document, { baseUrl: `${base}/${name}.json` });
  return { single: await SearchIndex.build(feed), sharded: await ShardedIndex.open(`${base}/${name}/search/manifest.json`) };
}

async function sameTopTen(single, sharded, queries) {
  let compared = 0;
  for (const query of queries) {
    const expected = single.searchNow(query, { limit: 10 }).results.map((result) => result.question.id);
    const { results, total } = await sharded.search(query, { limit: 10 });
    assert.deepEqual(results.map((result) => result.question.id), expected, `top 10 for "${query}"`);
    assert.equal(total, single.searchNow(query, { limit: Number.MAX_SAFE_INTEGER }).total, `count for "${query}"`);
    compared++;
  }
  return compared;
}

for (const language of ['en', 'es']) {
  test(`demo feed (${language}): the split feed's top 10 is the single file's on every relevance query`, async () => {
    const set = JSON.parse(readFileSync(join(root, `bench/relevance/sets/demo-${language}.json`), 'utf8'));
    const { single, sharded } = await both(`demo-${language}`, JSON.parse(readFileSync(join(root, set.feed), 'utf8')));
    const queries = set.queries.map(({ query }) => query);
    // And while typing: every prefix of the first queries.
    const typed = queries.slice(0, 5).flatMap((query) => [...query].map((_, i) => query.slice(0, i + 1)));
    assert.ok((await sameTopTen(single, sharded, [...queries, ...typed])) > 20);
  });
}

test('a split feed ranks each query once, whatever titles it loads, and a larger limit ranks nothing again', async () => {
  const { sharded } = await both('demo-once', JSON.parse(readFileSync(join(root, 'demo/feed.json'), 'utf8')));
  await sharded.search('ivf');
  // The index made from the word list (its `searchCount` counts rankings), opened by the first search.
  const index = await sharded.index();
  for (const query of ['fertility specialist', 'egg freezing', 'miscarriage', 'how old is too old for ivf', 'stress']) {
    const before = index.searchCount;
    const { results } = await sharded.search(query, { limit: 3 });
    assert.ok(results.length > 0, query);
    assert.equal(index.searchCount - before, 1, `rankings for "${query}"`);
    await sharded.search(query, { limit: 20 }); // "Show more": the same ranking, more of its results
    assert.equal(index.searchCount - before, 1, `rankings for "${query}" after a larger limit`);
  }
});

test('shards written before phrases were indexed: a synonym phrase still matches (its words anywhere)', async () => {
  const document = JSON.parse(readFileSync(join(root, 'demo/feed.json'), 'utf8'));
  const { single } = await both('demo-old-shards', document);
  // Take the phrases' postings (keys holding a space) out of the postings files, as an earlier split wrote them.
  const folder = join(dir, 'demo-old-shards/search/postings');
  let removed = 0;
  for (const name of readdirSync(folder)) {
    const postings = JSON.parse(readFileSync(join(folder, name), 'utf8'));
    for (const key of Object.keys(postings)) if (key.includes(' ') && delete postings[key]) removed++;
    writeFileSync(join(folder, name), JSON.stringify(postings));
  }
  assert.ok(removed > 0, 'the demo feed (lay terms on) has phrases');
  const sharded = await ShardedIndex.open(`${base}/demo-old-shards/search/manifest.json`);
  const { results } = await sharded.search('my period is late', { limit: 10 });
  const ids = results.map((result) => result.question.id);
  // Not required together, as before: the phrase's words anywhere still match (the first appointment too).
  assert.ok(ids.includes('stress-and-infertility') && ids.includes('first-fertility-appointment'), ids.join(', '));
  // With its phrases' postings, the same split feed requires them together, as the single file does.
  assert.deepEqual(single.searchNow('my period is late').results.map((result) => result.question.id), ['stress-and-infertility', 'when-to-see-a-fertility-specialist']);
});

test('a word longer than a split feed\'s files allow (a 300-character Hangul word) is not indexed: the split feed still searches, as the single file', async () => {
  const document = JSON.parse(readFileSync(join(root, 'demo/feed.json'), 'utf8'));
  // 100 syllables, 2-3 characters each once normalised: over the 200 characters words.json accepts.
  document.questions[0].answers[0].text += ` ${'한'.repeat(100)} ${'Straße'.repeat(40)}`;
  const { single, sharded } = await both('demo-long-word', document);
  assert.ok((await sameTopTen(single, sharded, ['fertility specialist', 'ivf', 'miscarriage', '한한한', 'strasse'])) === 5);
  assert.ok((await sharded.search('fertility specialist', { limit: 10 })).results.length > 0);
});

test('MedQuAD slice (3,000 questions): same top 10 on the MedQuAD relevance sets, fetching only what queries need', async () => {
  assert.ok(existsSync(MEDQUAD), `no MedQuAD data at ${MEDQUAD} (../shared beside the repository)`);
  const document = JSON.parse(gunzipSync(readFileSync(`${MEDQUAD}medquad-feed.json.gz`)));
  document.questions = document.questions.slice(0, 3000);
  const annotations = JSON.parse(gunzipSync(readFileSync(`${MEDQUAD}medquad-annotations.json.gz`)));
  const { single, sharded } = await both('medquad', document);
  requested.length = 0;
  await sharded.search('glaucoma treatment');
  const postings = requested.filter((path) => path.includes('/postings/')).length;
  const manifest = JSON.parse(readFileSync(join(dir, 'medquad/search/manifest.json'), 'utf8'));
  assert.ok(postings > 0 && postings < manifest.firstStems.length / 2, `a first query fetches ${postings} of ${manifest.firstStems.length} postings files`);
  const queries = medquadSets(annotations).flatMap((set) => set.queries.slice(0, 60).map(({ query }) => query));
  assert.ok((await sameTopTen(single, sharded, queries)) >= 200);
});

test('MedQuAD slice (1,500 questions), few questions kept: while typing, the same top 10, never more questions kept than the bound', async () => {
  const document = JSON.parse(gunzipSync(readFileSync(`${MEDQUAD}medquad-feed.json.gz`)));
  document.questions = document.questions.slice(0, 1500);
  const { single, sharded } = await both('medquad-kept', document);
  sharded.titles.limit = 128; // one titles file's worth: the results' questions go and come back between keystrokes
  requested.length = 0;
  const queries = ['glaucoma treatment', 'kidney disease symptoms', 'diabetis', 'how do doctors test for down syndrome', 'what causes high blood pressure'];
  const typed = queries.flatMap((query) => [...query].map((_, i) => query.slice(0, i + 1)));
  let compared = 0;
  for (const query of typed) {
    compared += await sameTopTen(single, sharded, [query]);
    assert.ok(sharded.titles.size <= 128, `${sharded.titles.size} questions kept after "${query}"`);
  }
  assert.equal(compared, typed.length);
  const titles = requested.filter((path) => path.includes('/titles/'));
  assert.ok(titles.length > new Set(titles).size, `titles files read again once let go (${titles.length} reads of ${new Set(titles).size} files)`);
});
