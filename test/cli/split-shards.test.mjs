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
  // Titles files carry index entries without excerpts, and every question's answer words are in the word list.
  const first = JSON.parse(search.get('titles/0.json'))[0];
  assert.equal(first.excerpt, undefined);
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
  assert.match(result.stderr, /search\/words\.json is a symbolic link; fertility-qa never writes through links/);
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
  assert.match(result.stderr, /search\/postings is a symbolic link/);
  assert.deepEqual(readdirSync(elsewhere), []);
});
