// `fertility-qa split` writes the search index in pieces (search/: manifest,
// word list, postings files, titles files) beside the split feed: the files
// and their shape, byte-identical output for the same feed, and no writing
// through a symbolic link in the search folder. Needs `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { generateFeed } from '../../bench/generate-feed.mjs';

const cli = new URL('../../bin/fertility-qa.mjs', import.meta.url).pathname;
const run = (...args) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'fertility-qa-cli-shards-'));
const feedFile = join(dir, 'feed.json');
writeFileSync(feedFile, JSON.stringify(generateFeed(300)));

/** Every file under a folder: relative path → content. */
function tree(root) {
  const files = new Map();
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(relative(root, path), readFileSync(path, 'utf8'));
    }
  };
  walk(root);
  return files;
}

test('split writes the sharded search index: manifest, word list, postings and titles files', () => {
  const out = join(dir, 'out');
  const result = run('split', feedFile, '--out', out, '--json');
  assert.equal(result.status, 0, result.stderr);
  const { written } = JSON.parse(result.stdout);
  assert.equal(written.search, join(out, 'search', 'manifest.json'));
  const manifest = JSON.parse(readFileSync(join(out, 'search', 'manifest.json'), 'utf8'));
  assert.equal(manifest.format, 1);
  assert.equal(manifest.count, 300);
  assert.equal(manifest.titlesPerFile, 128);
  assert.equal(manifest.categoryRuns.reduce((sum, [, n]) => sum + n, 0), 300);
  assert.deepEqual(manifest.feed.questions, []);
  assert.equal(manifest.feed.kind, 'index');
  const search = tree(join(out, 'search'));
  const postings = [...search.keys()].filter((path) => path.startsWith('postings/'));
  const titles = [...search.keys()].filter((path) => path.startsWith('titles/'));
  assert.equal(postings.length, manifest.firstStems.length);
  assert.deepEqual([...manifest.firstStems].sort(), manifest.firstStems);
  assert.deepEqual(titles.sort(), ['titles/0.json', 'titles/1.json', 'titles/2.json']); // 128 + 128 + 44
  assert.equal(written.searchFiles, search.size);
  assert.equal(JSON.parse(search.get('titles/2.json')).length, 44);
  // Titles files carry the index's entries, excerpt included (a result past a partial index's first
  // questions shows one too), and every question's answer words are in the word list.
  const first = JSON.parse(search.get('titles/0.json'))[0];
  assert.ok(typeof first.excerpt === 'string' && first.excerpt.length > 20, 'no excerpt in a titles file entry');
  assert.equal(first.feed, `questions/${first.id}.json`);
  const words = JSON.parse(search.get('words.json'));
  assert.equal(typeof words, 'string');
  // Every stem's postings are [gaps, weights] of the same length, in base 36, in the file its range names.
  for (const path of postings) {
    const n = Number(path.match(/(\d+)\.json$/)[1]);
    for (const [stem, [gaps, weights]] of Object.entries(JSON.parse(search.get(path)))) {
      assert.match(stem, /^[\p{L}\p{N}]+$/u);
      assert.ok(stem >= manifest.firstStems[n] && (n + 1 === manifest.firstStems.length || stem < manifest.firstStems[n + 1]), `${stem} in ${path}`);
      assert.equal(gaps.split(',').length, weights.split(',').length);
      assert.match(`${gaps},${weights}`, /^[0-9a-z,]+$/);
    }
  }
});

test('split output is byte-identical for the same feed', () => {
  const a = join(dir, 'same-a');
  const b = join(dir, 'same-b');
  assert.equal(run('split', feedFile, '--out', a).status, 0);
  assert.equal(run('split', feedFile, '--out', b).status, 0);
  assert.deepEqual(tree(a), tree(b));
});

test('split never writes through a symbolic link in the search folder', () => {
  const victim = join(dir, 'victim.txt');
  writeFileSync(victim, 'keep me');
  // A link where the word list goes.
  const out = join(dir, 'linked-words');
  mkdirSync(join(out, 'search'), { recursive: true });
  symlinkSync(victim, join(out, 'search', 'words.json'));
  let result = run('split', feedFile, '--out', out);
  assert.equal(result.status, 1);
  // A folder split did not write (here, holding a link) is refused whole: split writes a fresh folder and moves it into place.
  assert.match(result.stderr, /linked-words holds \S+linked-words\/search, which fertility-qa did not write/);
  assert.equal(readFileSync(victim, 'utf8'), 'keep me');
  assert.deepEqual(readdirSync(out).sort(), ['search'], 'nothing is written once a link is found');

  // The postings folder a link to a folder elsewhere.
  const elsewhere = join(dir, 'elsewhere');
  mkdirSync(elsewhere);
  const out2 = join(dir, 'linked-postings');
  mkdirSync(join(out2, 'search'), { recursive: true });
  symlinkSync(elsewhere, join(out2, 'search', 'postings'));
  result = run('split', feedFile, '--out', out2);
  assert.equal(result.status, 1);
  assert.match(result.stderr, /linked-postings holds \S+linked-postings\/search, which fertility-qa did not write/);
  assert.deepEqual(readdirSync(elsewhere), []);
});

test('above 1,000 questions, split writes a partial index: the first 50 and the featured ones, with "paged"', () => {
  const big = generateFeed(1200);
  const late = big.questions.slice(1100, 1102).map((question) => question.id);
  big.featured = [late[0], big.questions[3].id, late[1]];
  const bigFile = join(dir, 'big.json');
  writeFileSync(bigFile, JSON.stringify(big));
  const out = join(dir, 'paged');
  const result = run('split', bigFile, '--out', out, '--json');
  assert.equal(result.status, 0, result.stderr);
  assert.equal(JSON.parse(result.stdout).written.indexQuestions, 52);
  const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
  assert.deepEqual(
    index.questions.map((entry) => entry.id),
    [...big.questions.slice(0, 50).map((question) => question.id), ...late],
  );
  assert.equal(index.paged.first, 50);
  // Every category with its count, in the order each first appears; they add up to the feed.
  const counts = new Map();
  for (const question of big.questions) counts.set(question.category, (counts.get(question.category) ?? 0) + 1);
  assert.deepEqual(index.paged.categories, [...counts]);
  assert.equal(index.search, 'search/manifest.json');
  assert.equal(readdirSync(join(out, 'questions')).length, 1200, 'every question still has its own file');
  // The partial index is a valid feed, which the validator reads without a problem.
  const check = run('validate', join(out, 'index.json'), '--json');
  assert.equal(check.status, 0, check.stdout);
  assert.deepEqual(JSON.parse(check.stdout).problems, []);
});

test('--index-questions sets how many questions the index lists; at or above the count, all (a full index as before)', () => {
  const few = join(dir, 'few');
  assert.equal(run('split', feedFile, '--out', few, '--index-questions', '20').status, 0);
  const index = JSON.parse(readFileSync(join(few, 'index.json'), 'utf8'));
  assert.equal(index.questions.length, 20);
  assert.equal(index.paged.first, 20);
  assert.equal(index.paged.categories.reduce((sum, [, count]) => sum + count, 0), 300);

  const all = join(dir, 'all');
  assert.equal(run('split', feedFile, '--out', all, '--index-questions', '300').status, 0);
  const full = JSON.parse(readFileSync(join(all, 'index.json'), 'utf8'));
  assert.equal(full.questions.length, 300);
  assert.equal(full.paged, undefined);
  // The default below 1,000 questions is the same full index.
  assert.deepEqual(tree(all), tree(join(dir, 'out')));

  for (const bad of ['-1', 'ten', '1.5']) {
    const result = run('split', feedFile, '--out', join(dir, 'bad'), `--index-questions=${bad}`);
    assert.equal(result.status, 2, bad);
    assert.match(result.stderr, /--index-questions <n> is for split, with a whole number/);
  }
  assert.equal(run('validate', feedFile, '--index-questions', '5').status, 2);
});
