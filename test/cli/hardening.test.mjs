// The command-line tool under wrong and hostile input, run as a real process on
// real files: arguments in any order, exit codes, --json, terminal escape codes
// in feed values and file names, symbolic links in the output folder, Windows
// device names as ids, an index given to split. Needs `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateFeed } from '../../bench/generate-feed.mjs';

const cli = new URL('../../bin/fertility-qa.mjs', import.meta.url).pathname;
const run = (...args) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'fertility-qa-cli-hard-'));
const write = (name, feed) => {
  const file = join(dir, name);
  writeFileSync(file, typeof feed === 'string' ? feed : JSON.stringify(feed));
  return file;
};
const clean = write('clean.json', generateFeed(5));
const broken = (() => {
  const feed = generateFeed(4);
  delete feed.questions[1].title;
  return write('broken.json', feed);
})();
/** Anything a terminal acts on: C0 (except the newline between lines), DEL and C1. */
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
const STACK = /^\s+at /m;
const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

test('split takes --out=dir, --out dir and any argument order', () => {
  for (const [n, args] of [
    [1, (out) => ['split', clean, `--out=${out}`]],
    [2, (out) => ['split', '--out', out, clean]],
    [3, (out) => ['--out', out, 'split', clean]],
    [4, (out) => ['split', '-o', out, clean]],
  ]) {
    const out = join(dir, `order-${n}`);
    const result = run(...args(out));
    assert.equal(result.status, 0, `${args(out).join(' ')}: ${result.stderr}`);
    assert.equal(readdirSync(join(out, 'questions')).length, 5);
  }
});

test('--version prints the version, --help the usage; both exit 0', () => {
  for (const flag of ['--version', '-v', '-V']) {
    const result = run(flag);
    assert.equal(result.status, 0);
    assert.equal(result.stdout.trim(), version);
  }
  const help = run('validate', '--help');
  assert.equal(help.status, 0);
  assert.match(help.stdout, /--allow-invalid/);
});

test('usage errors exit 2 with a message that names the mistake', () => {
  for (const [args, message] of [
    [['frobnicate', clean], /Unknown command "frobnicate"/],
    [['validate'], /validate needs a feed file/],
    [['split', clean], /split needs --out/],
    [['split', clean, '--out'], /--out/],
    [['validate', clean, '--bogus'], /Unknown option '--bogus'/],
    [['validate', clean, 'extra.json'], /Unexpected argument "extra.json"/],
    [['validate', clean, '--out', dir], /--out and --allow-invalid are for split/],
  ]) {
    const result = run(...args);
    assert.equal(result.status, 2, `${args.join(' ')}: ${result.stderr}`);
    assert.match(result.stderr, message);
    assert.doesNotMatch(result.stderr, STACK);
    // The mistake and where help is, not the whole usage again (it was 25 lines).
    assert.deepEqual(result.stderr.trim().split('\n').slice(1), ['Run "fertility-qa --help" for the commands and options.'], args.join(' '));
  }
});

test('split exits 1 and writes nothing when the feed has problems, unless --allow-invalid', () => {
  const out = join(dir, 'refused');
  const refused = run('split', broken, '--out', out);
  assert.equal(refused.status, 1);
  assert.match(refused.stderr, /questions\[1\]\.title: is missing/);
  assert.match(refused.stderr, /1 problem \(listed above\); nothing written\. Fix them, or pass --allow-invalid/);
  assert.equal(existsSync(out), false);

  const allowed = run('split', broken, '--out', out, '--allow-invalid');
  assert.equal(allowed.status, 0, allowed.stderr);
  assert.deepEqual(readdirSync(join(out, 'questions')).sort(), ['question-1.json', 'question-3.json', 'question-4.json']);
  assert.match(allowed.stdout, /3 question files .*\(1 problem left out, listed above\)/);
});

test('--json gives one JSON object for CI: the verdict, each problem, what was written', () => {
  const validated = run('validate', broken, '--json');
  assert.equal(validated.status, 1);
  assert.equal(validated.stderr, '');
  const report = JSON.parse(validated.stdout);
  assert.deepEqual({ ...report, problems: undefined }, { command: 'validate', file: broken, ok: false, kind: 'full', questions: 3, problems: undefined });
  assert.deepEqual(report.problems, [{ field: 'questions[1].title', message: 'is missing; this question is skipped.', questionId: 'question-2' }]);

  const out = join(dir, 'json');
  const split = run('--json', 'split', `--out=${out}`, clean);
  assert.equal(split.status, 0, split.stderr);
  assert.deepEqual(JSON.parse(split.stdout).written, {
    index: join(out, 'index.json'),
    questions: 5,
    folder: join(out, 'questions'),
    search: join(out, 'search', 'manifest.json'),
    searchFiles: 4, // manifest, words, one postings file, one titles file
    indexQuestions: 5, // all: a partial index is written above 1,000 questions
  });

  const missing = run('validate', join(dir, 'no-such.json'), '--json');
  assert.equal(missing.status, 1);
  assert.match(JSON.parse(missing.stdout).error, /cannot be read \(ENOENT\)/);
});

test('no terminal escape code from a feed or a file name reaches the terminal', () => {
  const feed = generateFeed(3);
  const osc8 = '\u001b]8;;https://evil.example/\u001b\\click me\u001b]8;;\u001b\\';
  feed.questions[0].category = `\u001b]0;pwned title\u0007\u001b[2J${osc8}`;
  feed.questions[1].reviewedBy = '\u009b2J\u007fgone\r\u001bcreset';
  feed.questions[2].answers[0].expert = `nobody\u001b[31m\u0085${osc8}`;
  const file = write('evil-\u001b[31mred\u001b[0m.json', feed);
  for (const args of [['validate', file], ['validate', file, '--json'], ['split', file, '--out', join(dir, 'evil-out')], ['split', file, '--json', '--out', join(dir, 'evil-out')]]) {
    const result = run(...args);
    assert.equal(result.status, 1, result.stderr);
    const printed = result.stdout + result.stderr;
    assert.doesNotMatch(printed, CONTROL, `${args.join(' ')} printed a control character: ${JSON.stringify(printed)}`);
    assert.match(printed, /pwned title/); // the value is shown, escaped, not dropped
  }
  const text = run('validate', file).stderr;
  assert.match(text, /evil-\\u001b\[31mred\\u001b\[0m\.json: question "question-1": questions\[0\]\.category: "\\u001b\]0;pwned title\\u0007/);
  // Every problem stays on its own line: a newline or carriage return in a value cannot forge another.
  assert.equal(text.trim().split('\n').length, 3);
  // --json stays valid JSON and round-trips the exact values.
  const report = JSON.parse(run('validate', file, '--json').stdout);
  assert.equal(report.file, file);
  assert.ok(report.problems.some((problem) => problem.message.includes('\u009b2J')));
});

test('split never writes through a symbolic link in the output folder', () => {
  // Output is written into a fresh folder and moved into place, so a link in --out is never written
  // through: a folder with links that split did not write is refused as a whole (it was refused for
  // the link before), and links planted in its own earlier output go with that output.
  const victim = write('victim.txt', 'keep me');
  const notOurs = /holds \S+, which fertility-qa did not write; it replaces only an empty folder or one it wrote/;
  // A link where a question file goes.
  const out = join(dir, 'linked-file');
  mkdirSync(join(out, 'questions'), { recursive: true });
  symlinkSync(victim, join(out, 'questions', 'question-2.json'));
  let result = run('split', clean, '--out', out);
  assert.equal(result.status, 1);
  assert.match(result.stderr, notOurs);
  assert.doesNotMatch(result.stderr, STACK);
  assert.equal(readFileSync(victim, 'utf8'), 'keep me');
  assert.equal(existsSync(join(out, 'index.json')), false, 'nothing is written once a link is found');

  // The same from pages: the message names no other command.
  const pagesOut = join(dir, 'linked-page');
  mkdirSync(join(pagesOut, 'question-2'), { recursive: true });
  symlinkSync(victim, join(pagesOut, 'question-2', 'index.html'));
  result = run('pages', clean, '--out', pagesOut, '--base-url', 'https://clinic.example/qa/');
  assert.equal(result.status, 1);
  assert.match(result.stderr, notOurs);
  assert.doesNotMatch(result.stderr, /split/);
  assert.equal(readFileSync(victim, 'utf8'), 'keep me');

  // A link where index.json goes.
  const out2 = join(dir, 'linked-index');
  mkdirSync(out2);
  symlinkSync(victim, join(out2, 'index.json'));
  result = run('split', clean, '--out', out2);
  assert.equal(result.status, 1);
  assert.equal(readFileSync(victim, 'utf8'), 'keep me');

  // The questions folder itself a link to a folder elsewhere.
  const elsewhere = join(dir, 'elsewhere');
  mkdirSync(elsewhere);
  const out3 = join(dir, 'linked-folder');
  mkdirSync(out3);
  symlinkSync(elsewhere, join(out3, 'questions'));
  result = run('split', clean, '--out', out3);
  assert.equal(result.status, 1);
  assert.match(result.stderr, notOurs);
  assert.deepEqual(readdirSync(elsewhere), []);

  // Links planted in split's own earlier output: replaced with that output, never written through.
  const own = join(dir, 'linked-own');
  assert.equal(run('split', clean, '--out', own).status, 0);
  const ownQuestion = join(own, 'questions', 'question-2.json');
  rmSync(ownQuestion);
  symlinkSync(victim, ownQuestion);
  rmSync(join(own, 'search'), { recursive: true });
  symlinkSync(elsewhere, join(own, 'search'));
  result = run('split', clean, '--out', own);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(readFileSync(victim, 'utf8'), 'keep me');
  assert.deepEqual(readdirSync(elsewhere), []);
  assert.ok(lstatSync(ownQuestion).isFile() && lstatSync(join(own, 'search')).isDirectory());
});

test('Windows device names are refused as question ids, by validate and so by split', () => {
  const feed = generateFeed(8);
  const reserved = ['con', 'nul', 'aux', 'prn', 'com1', 'lpt9'];
  reserved.forEach((id, index) => (feed.questions[index].id = id));
  const file = write('reserved.json', feed);
  const result = run('validate', file);
  assert.equal(result.status, 1);
  for (const [index, id] of reserved.entries()) {
    assert.match(result.stderr, new RegExp(`question "${id}": questions\\[${index}\\]\\.id: "${id}" is a device name Windows reserves`));
  }
  const out = join(dir, 'reserved-out');
  assert.equal(run('split', file, '--out', out, '--allow-invalid').status, 0);
  assert.deepEqual(readdirSync(join(out, 'questions')).sort(), ['question-7.json', 'question-8.json']);
  // Not every id that starts like one: "console" and "com10" are fine.
  feed.questions[0].id = 'console';
  feed.questions[1].id = 'com10';
  feed.questions.splice(2, 4);
  assert.equal(run('validate', write('almost.json', feed)).status, 0);
});

test('wrong input gets an explanation, never a stack trace', () => {
  const out = join(dir, 'index-split');
  assert.equal(run('split', clean, '--out', out).status, 0);
  const index = run('split', join(out, 'index.json'), '--out', join(dir, 'again'));
  assert.equal(index.status, 1);
  assert.match(index.stderr, /index\.json: is the index of a split feed, not a full feed: split reads the full feed/);

  const deep = write('deep.json', `{"version":1,"featured":${'['.repeat(20_000)}${']'.repeat(20_000)},"experts":[],"questions":[]}`);
  const cases = [
    ['validate', join(dir, 'no-such.json')],
    ['validate', dir],
    ['validate', write('array.json', '[1,2]')],
    ['validate', write('string.json', '"feed"')],
    ['validate', deep],
    ['split', clean, '--out', clean], // --out is a file
  ];
  for (const args of cases) {
    const result = run(...args);
    assert.equal(result.status, 1, `${args.join(' ')}: ${result.stderr}`);
    assert.doesNotMatch(result.stderr, STACK, `${args.join(' ')}: ${result.stderr}`);
    assert.match(result.stderr, /\S/);
  }
});
