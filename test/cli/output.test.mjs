// What `split` and `pages` write, and where (issue 26, holes 2 and 8, and the
// path leak): a bound on the output's size, a question's files holding only what
// that question needs, pages written one at a time, the whole output made in a
// fresh folder and moved into place (no write through a link swapped in while
// writing, no stale file), and relative addresses kept relative, never a disk
// path. Run as a user would: a real process on real files. Needs `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateFeed } from '../../bench/generate-feed.mjs';

const root = new URL('../../', import.meta.url).pathname;
const cli = join(root, 'bin/fertility-qa.mjs');
const hook = join(root, 'test/cli/swap-hook.mjs');
const run = (args, { node = [], env = {} } = {}) => spawnSync(process.execPath, [...node, cli, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
const dir = mkdtempSync(join(tmpdir(), 'fertility-qa-output-'));
const BASE = 'https://faq.clinic.example/answers/';
const SCRIPT = ['--script', 'https://faq.clinic.example/fertility-qa.single.js'];
/** What `pages` writes at the top of --out besides a folder per question. */
const SITE_FILES = ['category', 'feed.split', 'fertility-qa-site.css', 'index.html', 'robots.txt', 'sitemap.xml'];
const write = (name, feed) => {
  const file = join(dir, name);
  writeFileSync(file, typeof feed === 'string' ? feed : JSON.stringify(feed));
  return file;
};
/** Every file under a folder, with its size. */
function sizes(folder) {
  const found = new Map();
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    const path = join(entry.parentPath ?? entry.path, entry.name);
    if (entry.isFile()) found.set(path, lstatSync(path).size);
  }
  return found;
}
/** The temporary folders a run left beside --out (there must be none). */
const leftovers = (parent) => readdirSync(parent).filter((name) => name.startsWith('.fertility-qa-'));

test('hole 2: split and pages stop before writing more than 20 × the feed (+16 KiB a question, 1 MiB), and write nothing', () => {
  // Ten experts with 20,000-character fields, every one answering each of 40 questions: every
  // question's files carry every expert. Before: split wrote 24 MB and pages 72 MB for this 0.6 MB feed.
  const long = (c) => c.repeat(20_000);
  const experts = Array.from({ length: 10 }, (_, i) => ({ id: `e${i}`, name: `Expert ${i}`, conflictOfInterest: long('c'), profileUrl: `https://x.example/${long('p')}`, photoUrl: `https://x.example/${long('f')}` }));
  const questions = Array.from({ length: 40 }, (_, i) => ({ id: `q${i}`, title: `Question ${i}?`, category: 'C', answers: experts.map((expert) => ({ expert: expert.id, text: `Answer ${i}.` })) }));
  const file = write('amplifier.json', { version: 1, experts, questions });
  const parent = join(dir, 'bound');
  mkdirSync(parent);
  for (const args of [['split'], ['pages', '--base-url', BASE, ...SCRIPT]]) {
    const out = join(parent, args[0]);
    const result = run([args[0], file, '--out', out, ...args.slice(1)]);
    assert.equal(result.status, 1, result.stdout);
    assert.match(result.stderr, /^\S+amplifier\.json: the output would pass 14\.1 MB, the most a run writes for this feed \(20 × its size, 16 KB per question and 1 MB\): .* Nothing written\.\n$/);
    assert.equal(existsSync(out), false, `${args[0]} wrote ${out}`);
    assert.deepEqual(leftovers(parent), [], 'the temporary folder is removed');
  }
});

test("hole 2: a question's own file holds its experts and its category's names, not every expert or the category's description", () => {
  const feed = {
    version: 1,
    title: 'A clinic',
    categories: [{ id: 'tests', name: 'Tests', description: 'd'.repeat(50_000), names: { es: 'Pruebas' } }],
    experts: [{ id: 'a', name: 'Dr A', conflictOfInterest: 'a'.repeat(50_000) }, { id: 'b', name: 'Dr B' }, { id: 'c', name: 'Dr C' }],
    questions: [
      { id: 'one', title: 'One?', category: 'tests', reviewedBy: 'c', answers: [{ expert: 'b', text: 'B answers.' }] },
      { id: 'two', title: 'Two?', category: 'tests', answers: [{ expert: 'a', text: 'A answers.' }] },
    ],
  };
  const out = join(dir, 'lean');
  for (const args of [['split', write('lean.json', feed), '--out', out], ['pages', join(dir, 'lean.json'), '--out', `${out}-pages`, '--base-url', BASE, ...SCRIPT]]) {
    assert.equal(run(args).status, 0);
  }
  for (const path of [join(out, 'questions/one.json'), join(`${out}-pages`, 'one/feed.json')]) {
    const one = JSON.parse(readFileSync(path, 'utf8'));
    assert.deepEqual(one.experts.map((expert) => expert.id), ['b', 'c'], path);
    assert.deepEqual(one.categories, [{ id: 'tests', name: 'Tests', names: { es: 'Pruebas' } }], path);
    assert.equal(one.title, undefined, 'the feed title is not copied into every question');
    assert.ok(readFileSync(path, 'utf8').length < 1_000, `${path}: ${readFileSync(path, 'utf8').length} characters`);
  }
});

test('hole 2: pages are made and written one question at a time: pages that outweigh the heap are written', () => {
  // 4,000 questions (9.8 MB): 93 MB of pages, which the old command held in memory at once
  // and died ("Reached heap limit", exit 134) under a heap of 80 MB.
  const file = write('many.json', generateFeed(4_000));
  const out = join(dir, 'many');
  const result = run(['pages', file, '--out', out, '--base-url', BASE, ...SCRIPT], { node: ['--max-old-space-size=80'] });
  assert.equal(result.status, 0, result.stderr.slice(0, 500));
  assert.equal(readdirSync(out).filter((name) => name.startsWith('question-')).length, 4_000);
  // Besides them, the site's own files: its index, the category pages, the feed split for its search, the sitemap.
  assert.deepEqual(readdirSync(out).filter((name) => !name.startsWith('question-') && !name.startsWith('.')).sort(), SITE_FILES);
});

test('hole 2: an excerpt reads the first 2,000 characters of the first 3 answers at most', () => {
  const answers = [`Start.${' '.repeat(1_994)}Past the first 2,000 characters.`, 'Second.', 'Third.', 'Fourth.'].map((text) => ({ expert: 'e', text }));
  const file = write('excerpt.json', { version: 1, experts: [{ id: 'e', name: 'E' }], questions: [{ id: 'q', title: 'Q?', category: 'C', answers }] });
  const out = join(dir, 'excerpt');
  assert.equal(run(['split', file, '--out', out]).status, 0);
  assert.equal(JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')).questions[0].excerpt, 'Start. Second. Third.');
});

test('hole 8: a folder swapped for a link while files are written: nothing lands outside --out', () => {
  const file = write('race.json', generateFeed(30));
  for (const [command, swapped, extra] of [['split', 'questions', []], ['pages', 'question-2', ['--base-url', BASE, ...SCRIPT]]]) {
    const out = join(dir, `race-${command}`);
    const elsewhere = join(dir, `elsewhere-${command}`);
    mkdirSync(elsewhere);
    assert.equal(run([command, file, '--out', out, ...extra]).status, 0); // an earlier run's output, as a site has
    // The attacker swaps <out>/<swapped> for a link to elsewhere once 3 files are written.
    const result = run([command, file, '--out', out, ...extra], { node: ['--import', hook], env: { FQA_SWAP_PATH: join(out, swapped), FQA_SWAP_TARGET: elsewhere } });
    assert.deepEqual(readdirSync(elsewhere), [], `${command} wrote through the link (exit ${result.status})`);
    assert.equal(result.status, 0, result.stderr);
    assert.ok(lstatSync(join(out, swapped)).isDirectory(), 'the output is whole, the link gone');
    assert.equal(readdirSync(join(out, swapped)).length, command === 'split' ? 30 : 4);
    assert.deepEqual(leftovers(dir), []);
  }
});

test('hole 8: the private work folder renamed and linked elsewhere (by someone who can write to the parent): nothing lands there', () => {
  const file = write('race-work.json', generateFeed(30));
  const parent = join(dir, 'shared-parent');
  const out = join(parent, 'site');
  const elsewhere = join(dir, 'elsewhere-work');
  mkdirSync(elsewhere, { recursive: true });
  mkdirSync(parent, { recursive: true });
  const result = run(['split', file, '--out', out], { node: ['--import', hook], env: { FQA_SWAP_WORK_IN: parent, FQA_SWAP_TARGET: elsewhere } });
  assert.equal(result.status, 0, result.stderr);
  const files = readdirSync(elsewhere, { recursive: true }).filter((entry) => lstatSync(join(elsewhere, entry)).isFile());
  assert.deepEqual(files, [], 'a file was written through the link');
  assert.equal(readdirSync(join(out, 'questions')).length, 30, 'the output is whole, in --out');
  // The link put in the work folder's place is left alone, not followed by the clean-up.
  assert.ok(readdirSync(parent).some((name) => name.startsWith('.fertility-qa-') && lstatSync(join(parent, name)).isSymbolicLink()));
});

test('split replaces a folder that only a desktop added files to (.DS_Store), and names an older output plainly', () => {
  const out = join(dir, 'desktop');
  assert.equal(run(['split', write('desk.json', generateFeed(2)), '--out', out]).status, 0);
  writeFileSync(join(out, '.DS_Store'), 'finder');
  assert.equal(run(['split', join(dir, 'desk.json'), '--out', out]).status, 0);
  const older = join(dir, 'older');
  mkdirSync(join(older, 'questions'), { recursive: true });
  writeFileSync(join(older, 'index.json'), '{}');
  const refused = run(['split', join(dir, 'desk.json'), '--out', older]);
  assert.equal(refused.status, 1);
  assert.match(refused.stderr, /an output of fertility-qa before 0\.1\.0 has no such file: remove that folder once/);
});

test('hole 8: split and pages replace their earlier output whole (no stale file), and only that: a folder they did not write is refused and kept', () => {
  const out = join(dir, 'again');
  assert.equal(run(['split', write('five.json', generateFeed(5)), '--out', out]).status, 0);
  assert.equal(run(['split', write('three.json', generateFeed(3)), '--out', out]).status, 0);
  assert.deepEqual(readdirSync(join(out, 'questions')).sort(), ['question-1.json', 'question-2.json', 'question-3.json']);
  assert.deepEqual(JSON.parse(readFileSync(join(out, '.fertility-qa.json'), 'utf8')), { writtenBy: 'fertility-qa', entries: ['index.json', 'questions', 'search'] });
  // Pages over a split: both are ours.
  assert.equal(run(['pages', join(dir, 'three.json'), '--out', out, '--base-url', BASE, ...SCRIPT]).status, 0);
  assert.deepEqual(readdirSync(out).sort(), ['.fertility-qa.json', ...SITE_FILES, 'question-1', 'question-2', 'question-3'].sort());

  // A file of the user's beside our output: refused, and everything stays.
  writeFileSync(join(out, 'poster.svg'), '<svg/>');
  let result = run(['split', join(dir, 'three.json'), '--out', out]);
  assert.equal(result.status, 1);
  assert.match(result.stderr, /again holds \S+again\/poster\.svg, which fertility-qa did not write; it replaces only an empty folder or one it wrote \(with \.fertility-qa\.json\)\. Choose a new or empty --out\.\n$/);
  assert.deepEqual(readdirSync(out).sort(), ['.fertility-qa.json', ...SITE_FILES, 'poster.svg', 'question-1', 'question-2', 'question-3'].sort());
  // A folder of someone else's (no marker): refused, kept.
  const theirs = join(dir, 'theirs');
  mkdirSync(theirs);
  writeFileSync(join(theirs, 'index.json'), 'mine');
  assert.equal(run(['split', join(dir, 'three.json'), '--out', theirs]).status, 1);
  assert.deepEqual(readdirSync(theirs), ['index.json']);
  // An empty folder is fine; --out a link is not.
  const empty = join(dir, 'empty');
  mkdirSync(empty);
  assert.equal(run(['split', join(dir, 'three.json'), '--out', empty]).status, 0);
  const link = join(dir, 'link');
  symlinkSync(empty, link);
  result = run(['split', join(dir, 'three.json'), '--out', link]);
  assert.equal(result.status, 1);
  assert.match(result.stderr, /link is a symbolic link; fertility-qa never writes through links/);
  assert.deepEqual(leftovers(dir), []);
});

test('path leak: relative addresses stay relative in split (rebased to each file), and are read against --base-url in pages; no disk path anywhere', () => {
  const feedFile = join(root, 'demo/feed.json');
  const split = join(dir, 'leak-split');
  const pages = join(dir, 'leak-pages');
  assert.equal(run(['split', feedFile, '--out', split]).status, 0);
  assert.equal(run(['pages', feedFile, '--out', pages, '--base-url', BASE, ...SCRIPT]).status, 0);
  const validated = run(['validate', feedFile, '--json']);
  const leaks = /http:\/\/local|file:|feed\.invalid|\/work\/|\/home\/|\/tmp\//;
  assert.doesNotMatch(validated.stdout.replace(JSON.stringify(feedFile), ''), leaks);
  for (const folder of [split, pages]) for (const path of sizes(folder).keys()) assert.doesNotMatch(readFileSync(path, 'utf8'), leaks, path);
  // The demo's poster sits beside its feed: beside the index, one folder up from a question's file.
  const poster = (path) => JSON.parse(readFileSync(path, 'utf8')).questions[0].answers.find((answer) => answer.video?.poster).video.poster;
  assert.equal(poster(join(split, 'questions/ivf.json')), '../poster-embryology-lab.svg');
  assert.equal(new URL(poster(join(split, 'questions/ivf.json')), 'https://clinic.example/faq/questions/ivf.json').href, 'https://clinic.example/faq/poster-embryology-lab.svg');
  assert.equal(poster(join(pages, 'ivf/feed.json')), `${BASE}poster-embryology-lab.svg`);
  assert.ok(readFileSync(join(pages, 'ivf/embed.html'), 'utf8').includes(`"poster":"${BASE}poster-embryology-lab.svg"`));
});
