#!/usr/bin/env node
// fertility-qa command-line tool: check a feed, split a large one, or write a
// static page (with oEmbed) per question.
// Exit status: 0 clean, 1 problems found (or the input cannot be used), 2 usage error.
import { closeSync, constants, lstatSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { validateFeed, FeedFormatError } from '../dist/lib/feed/validate.js';
import { splitFeed, questionPath, defaultIndexQuestions } from '../dist/lib/feed/split.js';
import { searchShards } from '../dist/lib/search/shard-build.js';
import { MANIFEST_PATH } from '../dist/lib/search/shard-format.js';
import { questionPages } from '../dist/lib/snippet/pages.js';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const USAGE = `Usage:
  fertility-qa validate <feed.json> [--json]
      Check a feed; lists every problem (file, question id, field).
  fertility-qa split <feed.json> --out <dir> [--index-questions <n>] [--allow-invalid] [--json]
      Write <dir>/index.json, <dir>/questions/<id>.json and the search index in
      pieces (<dir>/search/: manifest.json, words.json, postings/<n>.json,
      titles/<n>.json), which <qa-search> fetches as a query needs them. Above
      1,000 questions index.json lists only the first 50 and the featured ones
      (<qa-search> lists the rest from the search index's titles files);
      --index-questions <n> lists the first n instead (n at least the number
      of questions: all). With problems in the feed nothing is written, unless
      --allow-invalid (then only what passed).
  fertility-qa pages <feed.json> --out <dir> --base-url <https://…/> [--script <url> [--integrity <sha384-…>]] [--json]
      Write a static, crawlable page per question (<dir>/<id>/index.html: the
      answers as text, JSON-LD, the widget) with oEmbed beside it (oembed.json,
      embed.html, feed.json), for CMSes where you paste a link. --base-url is
      where <dir> will be published. The script defaults to this version's
      one-file bundle on jsDelivr, with its integrity hash.
Options may come in any order, as --out dir or --out=dir.
  --json           One JSON object on stdout instead of text (for CI).
  --help, -h       This help.   --version, -v   The version.
Exit status: 0 clean, 1 problems found, 2 usage error.`;

/** A usage error: exit 2, with the usage. */
class UsageError extends Error {}
/** Input that cannot be used (unreadable, not a feed, unsafe output): exit 1, one message. */
class InputError extends Error {}

/**
 * Makes a value safe to print: control characters (C0, DEL, C1, so also ESC
 * sequences and OSC 8 links), line and paragraph separators and bidi controls
 * become visible `\u…` escapes, so nothing from a feed or a file name can act on
 * the terminal.
 */
const printable = (value) =>
  String(value).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** JSON whose strings carry no raw DEL, C1 or bidi control either (JSON.stringify escapes only C0). */
const printableJson = (value) => JSON.stringify(value, null, 2).replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Prints one line made from untrusted values: a newline inside a value is escaped too. */
const say = (line) => console.log(printable(line));
const warn = (line) => console.error(printable(line));

const OPTIONS = {
  out: { type: 'string', short: 'o' },
  json: { type: 'boolean' },
  'allow-invalid': { type: 'boolean' },
  'index-questions': { type: 'string' },
  'base-url': { type: 'string' },
  script: { type: 'string' },
  integrity: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
};

/** Reads and validates a feed file; returns `{ feed, problems }` or throws InputError. */
function check(file) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(`cannot be read (${error.code ?? error.message}).`);
  }
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(`not readable as JSON: ${error.message}`);
  }
  try {
    return validateFeed(data, { baseUrl: pathToFileURL(resolve(file)).href.replace(/^file:/, 'http://local') });
  } catch (error) {
    if (error instanceof FeedFormatError) throw new InputError(error.message);
    if (error instanceof RangeError) throw new InputError(`cannot be checked: ${error.message}`);
    throw error;
  }
}

/** `file: question "id": field: message`, as one line. */
const describe = (file, problem) => {
  const where = problem.questionId ? `question "${problem.questionId}": ` : problem.expertId ? `expert "${problem.expertId}": ` : '';
  return `${file}: ${where}${problem.field}: ${problem.message}`;
};

/** Throws InputError if `path` exists and is a symbolic link (or, with `directory`, not a directory). */
function refuseLink(path, directory = false) {
  let stat;
  try {
    stat = lstatSync(path);
  } catch (error) {
    if (error.code === 'ENOENT') return;
    throw error;
  }
  if (stat.isSymbolicLink()) throw new InputError(`${path} is a symbolic link; fertility-qa never writes through links. Remove it, or choose another --out.`);
  if (directory && !stat.isDirectory()) throw new InputError(`${path} exists and is not a directory.`);
  if (!directory && !stat.isFile()) throw new InputError(`${path} exists and is not a regular file.`);
}

/** Writes a file without following a link at its name (O_NOFOLLOW where the system has it). */
function writeNoFollow(path, text) {
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | (constants.O_NOFOLLOW ?? 0);
  let fd;
  try {
    fd = openSync(path, flags, 0o644);
  } catch (error) {
    if (error.code === 'ELOOP') throw new InputError(`${path} is a symbolic link; fertility-qa never writes through links.`);
    throw error;
  }
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
}

/** Writes a split feed (and its sharded search index) under `out`, refusing every link in the way before writing anything. */
function writeSplit(out, index, questions, search) {
  const folder = join(out, 'questions');
  const searchFolder = join(out, dirname(MANIFEST_PATH));
  const searchFiles = [...search.keys()].map((path) => join(searchFolder, path));
  const folders = [folder, searchFolder, ...new Set(searchFiles.map((path) => dirname(path)))];
  const targets = [join(out, 'index.json'), ...[...questions.keys()].map((id) => join(out, questionPath(id))), ...searchFiles];
  refuseLink(out, true);
  for (const each of folders) refuseLink(each, true);
  for (const target of targets) refuseLink(target);
  for (const each of folders) {
    mkdirSync(each, { recursive: true });
    refuseLink(each, true); // Still a real directory after creating it.
  }
  writeNoFollow(targets[0], JSON.stringify(index));
  for (const [id, document] of questions) writeNoFollow(join(out, questionPath(id)), JSON.stringify(document));
  for (const [path, text] of search) writeNoFollow(join(searchFolder, path), text);
  return folder;
}

/** True for an absolute http(s) URL. */
function httpUrl(value) {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** The default script: this version's one-file bundle on jsDelivr, with the hash of the built file (dist/integrity.json). */
function defaultScript() {
  try {
    const { cdn, integrity } = JSON.parse(readFileSync(new URL('../dist/integrity.json', import.meta.url), 'utf8'));
    return { src: cdn, integrity };
  } catch {
    throw new InputError('dist/integrity.json is missing (run npm run build), so the CDN script has no hash; or pass --script <url>.');
  }
}

/** `pages`: every question's files under --out, refusing links in the way, before writing anything. */
function writePages(values, feed, problems, report, finish) {
  try {
    const script = values.script ? { src: values.script, integrity: values.integrity } : defaultScript();
    const files = questionPages(feed, { baseUrl: values['base-url'], script });
    const out = values.out;
    refuseLink(out, true);
    const folders = new Set([...files.keys()].map((path) => join(out, path.split('/')[0])));
    for (const folder of folders) refuseLink(folder, true);
    for (const path of files.keys()) refuseLink(join(out, path));
    for (const folder of folders) {
      mkdirSync(folder, { recursive: true });
      refuseLink(folder, true);
    }
    for (const [path, text] of files) writeNoFollow(join(out, path), text);
    report.ok = true;
    report.written = { pages: folders.size, folder: out };
    return finish(0, [`${report.file}: wrote ${folders.size} question page${folders.size === 1 ? '' : 's'} (index.html, embed.html, oembed.json, feed.json each) in ${out}/${problems.length ? ` (${problems.length} problem(s) left out, listed above)` : ''}.`]);
  } catch (error) {
    if (!(error instanceof InputError) && !error.code) throw error;
    report.error = error instanceof InputError ? error.message : `cannot write to ${values.out} (${error.code}: ${error.message}).`;
    if (!values.json) warn(`${report.file}: ${report.error}`);
    return finish(1);
  }
}

async function run(args) {
  let parsed;
  try {
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error.message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values.version) {
    say(version);
    return 0;
  }
  const [command, file, ...extra] = positionals;
  if (!command && !args.length) {
    console.log(USAGE);
    return 2;
  }
  if (!command) throw new UsageError('No command given.');
  if (!['validate', 'split', 'pages'].includes(command)) throw new UsageError(`Unknown command "${command}".`);
  if (!file) throw new UsageError(`${command} needs a feed file.`);
  if (extra.length) throw new UsageError(`Unexpected argument "${extra[0]}".`);
  if (command === 'validate' && (values.out !== undefined || values['allow-invalid'])) throw new UsageError('--out and --allow-invalid are for split.');
  if (values['index-questions'] !== undefined && (command !== 'split' || !/^\d{1,7}$/.test(values['index-questions']))) throw new UsageError('--index-questions <n> is for split, with a whole number.');
  if (command !== 'validate' && !values.out) throw new UsageError(`${command} needs --out <dir>.`);
  if (command !== 'pages' && (values['base-url'] ?? values.script ?? values.integrity) !== undefined) throw new UsageError('--base-url, --script and --integrity are for pages.');
  if (command === 'pages') {
    if (!httpUrl(values['base-url'])) throw new UsageError('pages needs --base-url <http(s) URL>: where the output folder will be published.');
    if (values.script !== undefined && !httpUrl(values.script)) throw new UsageError('--script must be an http(s) URL.');
    if (values.integrity !== undefined && !/^sha(256|384|512)-[A-Za-z0-9+/]+={0,2}$/.test(values.integrity)) throw new UsageError('--integrity must look like sha384-… (base64).');
    if (values.integrity !== undefined && values.script === undefined) throw new UsageError('--integrity goes with --script.');
  }

  const report = { command, file, ok: false };
  const finish = (status, lines = []) => {
    if (values.json) console.log(printableJson(report));
    else for (const line of lines) say(line);
    return status;
  };
  let result;
  try {
    result = check(file);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    report.error = error.message;
    if (!values.json) warn(`${file}: ${error.message}`);
    return finish(1);
  }
  const { feed, problems } = result;
  Object.assign(report, { kind: feed.kind, questions: feed.questions.length, problems });
  if (!values.json) for (const problem of problems) warn(describe(file, problem));
  const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

  if (command === 'validate') {
    report.ok = problems.length === 0;
    return finish(report.ok ? 0 : 1, [`${file}: ${feed.questions.length} questions${feed.kind === 'index' ? ' (index of a split feed)' : ''}, ${plural(problems.length, 'problem')}.`]);
  }

  if (feed.kind !== 'full') {
    report.error = `is the index of a split feed, not a full feed: ${command} reads the full feed (every question with its answers) that the index was made from.`;
    if (!values.json) warn(`${file}: ${report.error}`);
    return finish(1);
  }
  if (problems.length && !values['allow-invalid']) {
    report.error = `${plural(problems.length, 'problem')} (listed above); nothing written. Fix them, or pass --allow-invalid to write only what passed.`;
    if (!values.json) warn(`${file}: ${report.error}`);
    return finish(1);
  }
  if (command === 'pages') return writePages(values, feed, problems, report, finish);
  const indexQuestions = values['index-questions'] !== undefined ? Number(values['index-questions']) : defaultIndexQuestions(feed.questions.length);
  const { index, questions } = splitFeed(feed, { indexQuestions });
  const search = await searchShards(feed);
  index.search = MANIFEST_PATH; // <qa-search> searches the pieces
  let folder;
  try {
    folder = writeSplit(values.out, index, questions, search);
  } catch (error) {
    if (!(error instanceof InputError) && !error.code) throw error;
    report.error = error instanceof InputError ? error.message : `cannot write to ${values.out} (${error.code}: ${error.message}).`;
    if (!values.json) warn(`${file}: ${report.error}`);
    return finish(1);
  }
  report.ok = true;
  report.written = { index: join(values.out, 'index.json'), questions: questions.size, folder, search: join(values.out, MANIFEST_PATH), searchFiles: search.size, indexQuestions: index.questions.length };
  return finish(0, [
    `${file}: wrote ${join(values.out, 'index.json')}, ${plural(questions.size, 'question file')} in ${folder}/ and the search index in ${plural(search.size, 'file')} in ${join(values.out, dirname(MANIFEST_PATH))}/${problems.length ? ` (${plural(problems.length, 'problem')} left out, listed above)` : ''}.`,
  ]);
}

try {
  process.exitCode = await run(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    warn(error.message);
    console.error(USAGE);
    process.exitCode = 2;
  } else {
    // Never a stack trace: one line that says what went wrong.
    warn(`fertility-qa: unexpected error: ${error?.message ?? error}`);
    process.exitCode = 1;
  }
}
