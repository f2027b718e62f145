// Property-based fuzzing of the command-line tool (bin/fertility-qa.mjs), run as a
// user would: a real process on real generated files. Needs `npm run build` first.
// Every run asserts: exit code 0, 1 or 2 (never a crash or a hang), no stack trace,
// no raw control character in stdout or stderr, and no write outside --out. The
// output properties (split and pages) count bytes and files: output at most 20 ×
// the feed + 16 KiB a question + 1 MiB (or nothing written), no file outside --out,
// no disk path or http://local in any output, relative addresses rebased right.
//   FUZZ_RUNS=300 FUZZ_SEED=1 node --test test/cli/fuzz-cli.test.mjs   (npm run fuzz does this)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import fc from 'fast-check';

const cli = new URL('../../bin/fertility-qa.mjs', import.meta.url).pathname;
const RUNS = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : undefined;
// A fixed seed in npm test; with FUZZ_RUNS (npm run fuzz) a new one each time, unless FUZZ_SEED is given.
const SEED = Number(process.env.FUZZ_SEED ?? (RUNS ? Math.floor(Math.random() * 2 ** 31) : 20261125));
if (RUNS) console.log(`fuzz (CLI): ${RUNS} runs per property, seed ${SEED}`);
const PATH = process.env.FUZZ_PATH || undefined;
/** Seconds a run may take before it counts as a hang (a tiny feed takes well under one). */
const HANG_SECONDS = 15;

/** Control characters a terminal acts on (C0 but tab and line feed, DEL, C1). */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
/** A line of a JavaScript stack trace. */
const STACK = /^\s+at .+(:\d+:\d+\)?|<anonymous>\)?)$/m;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

const NAUGHTY = ['<script>alert(1)</script>', '"; rm -rf / #', '$(touch /tmp/fqa-pwned)', '`id`', '__proto__', 'constructor', 'toString', '\u202Eevil', '\u200B', '\u2028', '👩‍👩‍👧‍👦', 'ما هو', '\uD800', '%', '../../etc/passwd', '..', '.', '/', 'C:\\Windows', '', ' ', 'null', '1e309', '[x](javascript:alert(1))'];
const ESCAPES = ['\u001b]0;pwned\u0007', '\u001b[2J\u001b[H', '\u001b]8;;https://evil.example\u001b\\link\u001b]8;;\u001b\\', '\u009b31m', '\r', '\u0007', '\u0000', '\u007f'];
const RESERVED_IDS = ['con', 'nul', 'aux', 'prn', 'com1', 'lpt9', 'con-1'];

/** Text with no control character (that property has its own test, for hole 8). */
const plainText = fc.oneof(fc.constantFrom(...NAUGHTY), fc.string().filter((value) => !CONTROL.test(value)), fc.lorem({ maxCount: 8 }));
/** Any text, control characters and terminal escape sequences included. */
const anyText = fc.oneof(plainText, fc.constantFrom(...ESCAPES), fc.tuple(fc.constantFrom(...ESCAPES), plainText).map(([escape, value]) => `${value}${escape}`), fc.string({ unit: 'binary' }));
const slug = fc.oneof({ weight: 5, arbitrary: fc.stringMatching(/^[a-z0-9]{1,10}(-[a-z0-9]{1,6}){0,2}$/) }, { weight: 1, arbitrary: fc.constantFrom(...NAUGHTY) });

/** A feed that follows the format, then up to 4 fields set to other values (often of the wrong type) or deleted. */
function feed(text, ids = slug) {
  const optional = (arbitrary) => fc.option(arbitrary, { nil: undefined });
  const base = fc.record({
    experts: fc.array(fc.record({ id: ids, name: text, role: optional(text), organisation: optional(text), profileUrl: optional(fc.oneof(fc.webUrl(), text)) }), { minLength: 1, maxLength: 3 }),
    questions: fc.array(
      fc.record({ id: ids, title: text, category: text, summary: optional(text), tags: optional(fc.array(text, { maxLength: 3 })), reviewedBy: optional(text), answers: fc.array(fc.record({ expert: fc.nat(), text: text }), { minLength: 1, maxLength: 3 }) }),
      { minLength: 1, maxLength: 4 },
    ),
    categories: optional(fc.array(fc.record({ id: ids, name: text }), { maxLength: 2 })),
    featured: optional(fc.array(fc.oneof(ids, text), { maxLength: 3 })),
  });
  const value = fc.oneof(text, fc.jsonValue({ maxDepth: 3 }), fc.constantFrom(null, 0, -1, [], {}, 1e308));
  const mutation = fc.record({ at: fc.nat(), kind: fc.constantFrom('set', 'delete'), value });
  return fc.tuple(base, fc.array(mutation, { maxLength: 4 })).map(([data, changes]) => {
    const document = JSON.parse(JSON.stringify({ version: 1, ...data }));
    for (const question of document.questions) for (const answer of question.answers) answer.expert = document.experts[answer.expert % document.experts.length].id;
    for (const change of changes) {
      const slots = [];
      const walk = (node) => {
        if (node && typeof node === 'object') for (const key of Object.keys(node)) slots.push([node, key]), walk(node[key]);
      };
      walk(document);
      const [parent, key] = slots[change.at % slots.length];
      if (change.kind === 'set') parent[key] = change.value;
      else delete parent[key];
    }
    return JSON.stringify(document);
  });
}

/** Every path under `dir`, with what it is (file content or link target), for a before/after comparison. */
function tree(dir, skip) {
  const found = {};
  const walk = (path) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      if (full === skip) continue;
      const stat = lstatSync(full);
      if (stat.isSymbolicLink()) found[full] = `link to ${readlinkSync(full)}`;
      else if (stat.isDirectory()) walk(full);
      else found[full] = readFileSync(full, 'utf8');
    }
  };
  walk(dir);
  return found;
}

/**
 * Runs `validate` and `split` on one generated feed in a fresh temp dir, with a
 * file outside --out that nothing may touch, and checks every promise.
 * `prepareOut(out, outside)` may fill --out beforehand (e.g. with symlinks).
 */
function runCase(json, prepareOut) {
  const root = mkdtempSync(join(tmpdir(), 'fertility-qa-fuzz-'));
  try {
    const input = join(root, 'feed.json');
    const out = join(root, 'out');
    const outside = join(root, 'outside');
    mkdirSync(outside);
    writeFileSync(join(outside, 'keep.json'), 'must not change');
    writeFileSync(input, json);
    prepareOut?.(out, outside);
    const before = tree(root, out);
    const questions = join(out, 'questions');
    const listQuestions = () => {
      try {
        return readdirSync(questions);
      } catch {
        return []; // no folder (or split refused the feed): nothing written, which is fine
      }
    };
    // Files the case itself put there (e.g. a link named con.json) are not split's writing.
    const placed = new Set(listQuestions());
    const problems = [];
    for (const args of [['validate', input], ['split', input, '--out', out]]) {
      const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: HANG_SECONDS * 1000 });
      const name = args[0];
      if (result.error?.code === 'ETIMEDOUT' || result.signal) problems.push(`${name}: hung (killed after ${HANG_SECONDS} s)`);
      else if (![0, 1, 2].includes(result.status)) problems.push(`${name}: exit code ${result.status}`);
      const output = `${result.stdout}${result.stderr}`;
      if (STACK.test(output)) problems.push(`${name}: stack trace: ${output.slice(0, 600)}`);
      const control = output.match(CONTROL);
      if (control) problems.push(`${name}: raw control character U+${control[0].codePointAt(0).toString(16).padStart(4, '0')} in output: ${JSON.stringify(output.slice(Math.max(0, control.index - 60), control.index + 20))}`);
    }
    const after = tree(root, out);
    if (JSON.stringify(after) !== JSON.stringify(before)) problems.push(`wrote outside --out: ${JSON.stringify(Object.keys(after).filter((path) => after[path] !== before[path]))}`);
    const written = listQuestions().filter((file) => !placed.has(file));
    const reserved = written.filter((file) => RESERVED.test(basename(file)));
    if (reserved.length) problems.push(`split wrote files Windows cannot hold: ${reserved.join(', ')}`);
    if (problems.length) throw new Error(problems.join('\n'));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** fast-check with the family's seed; the failure message (seed, path, counterexample) reaches the terminal. */
const check = (arbitrary, runs, predicate) => fc.assert(fc.property(arbitrary, predicate), { seed: SEED, numRuns: RUNS ?? runs, ...(PATH && { path: PATH }) });

test('fuzz validate + split: mutated feeds (naughty strings, wrong types): exit 0/1/2, no stack trace, no write outside --out', () => {
  check(feed(plainText), 10, (json) => runCase(json));
});

test('fuzz validate + split: any JSON or text as the feed file', () => {
  const anyFile = fc.oneof(fc.jsonValue({ maxDepth: 5 }).map((value) => JSON.stringify(value)), plainText, fc.constantFrom('', '{', '\uFEFF{"version":1,"experts":[],"questions":[]}', '{"version":1}'));
  check(anyFile, 6, (json) => runCase(json));
});

test('fuzz validate + split: control characters and escape sequences in any field never reach the terminal raw', () => {
  check(feed(anyText), 20, (json) => runCase(json));
});

test('fuzz validate + split: deep nesting (500 to 20,000 levels) in featured or any field', () => {
  const deep = fc.tuple(feed(plainText), fc.constantFrom(500, 2_000, 10_000, 20_000), fc.constantFrom('featured', 'synonyms', 'title', 'extra'), fc.constantFrom('[', '{"a":')).map(([json, depth, field, open]) => {
    const nested = open === '[' ? `${'['.repeat(depth)}${']'.repeat(depth)}` : `${open.repeat(depth)}1${'}'.repeat(depth)}`;
    const document = JSON.parse(json);
    return document && typeof document === 'object' && !Array.isArray(document) ? JSON.stringify({ ...document, [field]: 0 }).replace(`"${field}":0`, `"${field}":${nested}`) : json;
  });
  check(deep, 10, (json) => runCase(json));
});

test('fuzz split: symlinks already in --out, reserved device names as ids, an index feed as input', () => {
  const ids = fc.oneof(slug, fc.constantFrom(...RESERVED_IDS));
  const input = fc.oneof(
    feed(plainText, ids),
    feed(plainText).map((json) => {
      const document = JSON.parse(json);
      return document && typeof document === 'object' && !Array.isArray(document) ? JSON.stringify({ ...document, kind: 'index' }) : json;
    }),
  );
  const links = fc.array(fc.constantFrom('questions/{id}.json', 'index.json', 'questions'), { maxLength: 2 });
  check(fc.tuple(input, links), 20, ([json, linked]) =>
    runCase(json, (out, outside) => {
      mkdirSync(join(out, 'questions'), { recursive: true });
      let document;
      try {
        document = JSON.parse(json);
      } catch {
        document = undefined;
      }
      const id = typeof document?.questions?.[0]?.id === 'string' ? document.questions[0].id : 'a';
      for (const path of linked) {
        const target = join(out, path.replace('{id}', id));
        if (path === 'questions') {
          if (lstatSync(target).isSymbolicLink()) continue;
          rmSync(target, { recursive: true, force: true });
          symlinkSync(outside, target);
        } else if (!/[/\\]|^\.\.?$/.test(id) && !lstatExists(target)) symlinkSync(join(outside, 'keep.json'), target);
      }
    }),
  );
});

test('fuzz validate + split: one question with 20,000 to 200,000 answers finishes in time', () => {
  const many = fc.integer({ min: 20_000, max: 200_000 }).map((count) =>
    JSON.stringify({ version: 1, experts: [{ id: 'e', name: 'E' }], questions: [{ id: 'q', title: 'Q?', category: 'C', answers: Array.from({ length: count }, (_, index) => ({ expert: 'e', text: `Answer ${index}` })) }] }),
  );
  check(many, 3, (json) => runCase(json));
});

function lstatExists(path) {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** The CLI's bound on what one run writes (bin/fertility-qa.mjs `outputLimit`): 20 × the feed, 16 KiB a question, 1 MiB. */
const outputLimit = (feedBytes, questions) => 20 * feedBytes + 16 * 1024 * questions + 1024 * 1024;
const BASE = 'https://faq.clinic.example/answers/';
/** Where a published split feed's question file and its feed would be, to resolve relative addresses as a browser would. */
const SITE = 'https://site.example/a/b/';

/** Every file under `folder`: path → bytes. */
function filesUnder(folder) {
  const found = new Map();
  const walk = (path) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      const stat = lstatSync(full);
      if (stat.isDirectory()) walk(full);
      else found.set(full, readFileSync(full));
    }
  };
  walk(folder);
  return found;
}

/**
 * Runs validate, split and pages on one feed in a fresh temp dir and checks the
 * output classes: no write outside --out (and no temporary folder left beside it),
 * output bytes within the bound or a refusal that wrote nothing, no disk path or
 * http://local in any output, and every relative poster resolving where the
 * feed's did.
 */
function runOutputCase(json) {
  const root = mkdtempSync(join(tmpdir(), 'fertility-qa-fuzz-out-'));
  try {
    const input = join(root, 'feed.json');
    writeFileSync(input, json);
    const outside = join(root, 'outside');
    mkdirSync(outside);
    writeFileSync(join(outside, 'keep.json'), 'must not change');
    const before = tree(root);
    const problems = [];
    const outs = { split: join(root, 'split'), pages: join(root, 'pages') };
    const printed = [];
    for (const args of [['validate', input, '--json'], ['split', input, '--out', outs.split, '--allow-invalid'], ['pages', input, '--out', outs.pages, '--allow-invalid', '--base-url', BASE, '--script', 'https://faq.clinic.example/f.js']]) {
      const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: HANG_SECONDS * 1000 });
      if (result.error?.code === 'ETIMEDOUT' || result.signal) problems.push(`${args[0]}: hung or killed (${result.signal})`);
      else if (![0, 1, 2].includes(result.status)) problems.push(`${args[0]}: exit code ${result.status}`);
      if (STACK.test(result.stderr)) problems.push(`${args[0]}: stack trace: ${result.stderr.slice(0, 600)}`);
      printed.push(result.stdout, result.stderr);
    }
    const after = tree(root);
    const changed = Object.keys({ ...before, ...after }).filter((path) => !Object.values(outs).some((out) => path.startsWith(out)) && after[path] !== before[path]);
    if (changed.length) problems.push(`wrote outside --out: ${changed.join(', ')}`);
    const left = readdirSync(root).filter((name) => name.startsWith('.fertility-qa-'));
    if (left.length) problems.push(`left a temporary folder: ${left}`);
    const feedBytes = Buffer.byteLength(json);
    const feed = JSON.parse(json);
    const list = (value) => (Array.isArray(value) ? value : []);
    const posters = (base) => new Set(list(feed?.questions).flatMap((question) => list(question?.answers).map((answer) => answer?.video?.poster).filter((poster) => typeof poster === 'string').map((poster) => { try { return new URL(poster, base).href; } catch { return undefined; } })));
    for (const [command, out] of Object.entries(outs)) {
      if (!existsSync(out)) continue;
      const files = filesUnder(out);
      const bytes = [...files.values()].reduce((sum, buffer) => sum + buffer.length, 0);
      const questions = [...files.keys()].filter((path) => (command === 'split' ? /\/questions\/[^/]+$/ : /\/feed\.json$/).test(path)).length;
      if (bytes > outputLimit(feedBytes, questions)) problems.push(`${command} wrote ${bytes} bytes for a ${feedBytes}-byte feed of ${questions} questions (bound ${outputLimit(feedBytes, questions)})`);
      const expected = posters(command === 'split' ? `${SITE}feed.json` : BASE);
      for (const [path, buffer] of files) {
        const text = buffer.toString('utf8');
        const leak = ['http://local', 'file:', 'feed.invalid', root].find((needle) => text.includes(needle));
        if (leak) problems.push(`${relative(root, path)} holds ${JSON.stringify(leak)}`);
        if (!path.endsWith('.json') || !/questions\/|feed\.json$/.test(path)) continue;
        const own = JSON.parse(text);
        const where = command === 'split' ? new URL(relative(out, path), SITE).href : new URL(relative(out, path), BASE).href;
        for (const answer of own.questions[0].answers) {
          if (answer.video?.poster === undefined) continue;
          const resolved = new URL(answer.video.poster, where).href;
          if (!expected.has(resolved)) problems.push(`${relative(root, path)}: poster ${answer.video.poster} resolves to ${resolved}, none of the feed's ${[...expected]}`);
        }
      }
    }
    const leak = printed.join('').includes('http://local');
    if (leak) problems.push('printed http://local');
    if (problems.length) throw new Error(problems.join('\n'));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** A relative address as a feed may write one: `..`, `.`, empty and odd segments, a query or a fragment. */
const relativePoster = fc
  .tuple(fc.array(fc.constantFrom('..', '.', '', 'img', 'questions', 'a:b', '%2e%2e', 'é', 'p q'), { maxLength: 6 }), fc.constantFrom('p.svg', 'x.jpg?v=2', 'y.png#top', ''))
  .map(([segments, name]) => [...segments, name].join('/'));
/** Text that escapes differently in JSON, HTML and inline JSON, and is more than one byte in UTF-8. */
const unit = fc.constantFrom('a', '<', '&', 'é', '😀', '"', '\\');

/** A feed whose experts (and category) are long and named by many questions: what one question's files copy. */
const amplifier = fc
  .record({
    expertLength: fc.integer({ min: 100, max: 60_000 }),
    experts: fc.integer({ min: 1, max: 5 }),
    questions: fc.integer({ min: 1, max: 40 }),
    descriptionLength: fc.integer({ min: 0, max: 60_000 }),
    unit,
    picks: fc.array(fc.nat(), { minLength: 40, maxLength: 40 }),
    poster: relativePoster,
  })
  .map(({ expertLength, experts, questions, descriptionLength, unit: char, picks, poster }) => {
    const long = (length) => char.repeat(Math.ceil(length / char.length)).slice(0, length);
    const people = Array.from({ length: experts }, (_, i) => ({ id: `e${i}`, name: `E ${i}`, role: long(Math.min(expertLength, 1000)), conflictOfInterest: long(expertLength) }));
    return JSON.stringify({
      version: 1,
      title: long(900),
      categories: [{ id: 'c', name: 'C', description: long(descriptionLength) }],
      experts: people,
      questions: Array.from({ length: questions }, (_, i) => ({
        id: `q${i}`,
        title: `Q ${i}?`,
        category: 'c',
        answers: people.filter((_, e) => (picks[i] >> e) % 2 === 0 || e === 0).map((expert, e) => ({ expert: expert.id, text: `A ${i}.`, ...(e === 0 && { video: { youtubeId: 'dQw4w9WgXcQ', poster, transcript: 'T.' } }) })),
      })),
    });
  });

test('fuzz split + pages: output within 20 × the feed + 16 KiB a question + 1 MiB, or nothing written', () => {
  check(amplifier, 6, (json) => runOutputCase(json));
});

test('fuzz split + pages: no file outside --out, no disk path or http://local in any output, relative posters rebased right', () => {
  const withPosters = fc.tuple(feed(plainText), fc.array(relativePoster, { minLength: 1, maxLength: 4 })).map(([json, posters]) => {
    const document = JSON.parse(json);
    if (!Array.isArray(document?.questions)) return json;
    document.questions.forEach((question, i) => {
      if (Array.isArray(question?.answers) && question.answers[0] && typeof question.answers[0] === 'object') question.answers[0].video = { youtubeId: 'dQw4w9WgXcQ', poster: posters[i % posters.length], transcript: 'T.' };
    });
    return JSON.stringify(document);
  });
  check(withPosters, 10, (json) => runOutputCase(json));
});

