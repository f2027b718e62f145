// The command-line tool, run as a user would (a real process, real files),
// on a generated feed of 10,000 questions. Needs `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateFeed } from '../../bench/generate-feed.mjs';

const cli = new URL('../../bin/fertility-qa.mjs', import.meta.url).pathname;
const run = (...args) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'fertility-qa-cli-'));
const big = join(dir, 'feed-10000.json');
writeFileSync(big, JSON.stringify(generateFeed(10_000)));

test('validate: a clean 10,000-question feed passes', () => {
  const result = run('validate', big);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /10000 questions, 0 problems\./);
});

test('validate: names the file, the question id and the field of every problem, and fails', () => {
  const broken = generateFeed(3);
  delete broken.questions[1].title;
  broken.questions[2].answers[0].expert = 'nobody';
  const file = join(dir, 'broken.json');
  writeFileSync(file, JSON.stringify(broken));
  const result = run('validate', file);
  assert.equal(result.status, 1);
  assert.deepEqual(result.stderr.trim().split('\n'), [
    `${file}: question "question-2": questions[1].title: is missing; this question is skipped.`,
    `${file}: question "question-3": questions[2].answers[0].expert: "nobody" is not in experts; this answer is skipped.`,
  ]);
});

test('validate: a file that is not JSON fails with a clear message', () => {
  const file = join(dir, 'not.json');
  writeFileSync(file, '<html>');
  const result = run('validate', file);
  assert.equal(result.status, 1);
  assert.match(result.stderr, /not readable as JSON/);
});

test('validate: broken JSON is placed at its line and column, as an editor shows them', () => {
  const file = join(dir, 'trailing-comma.json');
  writeFileSync(file, '{\n  "version": 1,\n  "experts": [],\n}\n');
  const result = run('validate', file);
  assert.equal(result.status, 1);
  assert.match(result.stderr, /not readable as JSON: .* at line 4, column 1$/m);
  assert.doesNotMatch(result.stderr, /position/);
});

test('split: writes an index and one small file per question, each a valid feed', () => {
  const out = join(dir, 'split');
  const result = run('split', big, '--out', out);
  assert.equal(result.status, 0, result.stderr);
  const files = readdirSync(join(out, 'questions'));
  assert.equal(files.length, 10_000);
  const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
  assert.equal(index.kind, 'index');
  // Above 1,000 questions the index lists the first 50 (the rest are in the search index's titles files).
  assert.equal(index.questions.length, 50);
  assert.equal(index.paged.first, 50);
  assert.equal(index.paged.categories.reduce((sum, [, count]) => sum + count, 0), 10_000);
  assert.deepEqual(Object.keys(index.questions[0]).sort(), ['answerCount', 'category', 'excerpt', 'experts', 'feed', 'id', 'summary', 'tags', 'title']);
  assert.ok(index.questions.every((entry) => entry.excerpt.length <= 161));

  const sizes = files.map((file) => statSync(join(out, 'questions', file)).size);
  const largest = Math.max(...sizes);
  assert.ok(largest < 8_000, `largest question file is ${largest} bytes`);
  console.log(`split: index ${statSync(join(out, 'index.json')).size} bytes; question files ${Math.min(...sizes)}–${largest} bytes`);

  assert.equal(run('validate', join(out, 'index.json')).status, 0);
  const one = run('validate', join(out, 'questions', 'question-42.json'));
  assert.equal(one.status, 0, one.stderr);
  assert.match(one.stdout, /1 questions, 0 problems/);
});

test('prints usage without arguments', () => {
  const result = run();
  assert.equal(result.status, 2);
  assert.match(result.stdout, /fertility-qa validate <feed.json>/);
  assert.ok(execFileSync(process.execPath, [cli, '--help'], { encoding: 'utf8' }).includes('split'));
});
