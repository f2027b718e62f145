#!/usr/bin/env node
// fertility-qa command-line tool: check a feed, split a large one, or write a
// static site from it (an index, a page per category and per question with oEmbed,
// a sitemap), in the clinic's own template.
// Exit status: 0 clean, 1 problems found (or the input cannot be used), 2 usage error.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { validateFeed, FeedFormatError } from '../dist/lib/feed/validate.js';
import { splitFeed, questionPath, defaultIndexQuestions } from '../dist/lib/feed/split.js';
import { searchShards } from '../dist/lib/search/shard-build.js';
import { MANIFEST_PATH } from '../dist/lib/search/shard-format.js';
import { isSitePath, siteFiles } from '../dist/lib/snippet/site.js';
import { SITE_DATA } from '../dist/lib/snippet/site-parts.js';
import { clinicTemplate, coreImports, feedAssets, searchFiles } from './site-assets.mjs';
import { InputError, MARKER, megabytes, writeOutput } from './write-output.mjs';

/** The file split and pages write at the top of --out, naming what they wrote there: a later run replaces only such a folder. */

/**
 * The most a run of split or pages may write, in bytes: 20 per byte of the
 * feed (a question's text is in its feed, page, embed page and JSON-LD; an
 * expert in every question they answer), 16 KiB per question (a page's own
 * template) and 1 MiB. Honest feeds write 2–3 (split) and 8–11 (pages' question files) times their size
 * (demo, MedQuAD); the demo's whole site (index, categories, the split feed for search) is 16.8 times.
 */
const outputLimit = (feedBytes, questions) => 20 * feedBytes + 16 * 1024 * questions + 1024 * 1024;

/**
 * Where a feed's relative addresses are read from when nothing says where it is
 * published: a placeholder that no output carries (split writes each address
 * relative again), deep enough that no `../` in a feed climbs past its top.
 */
const FEED_PLACE = `https://feed.invalid/${'_/'.repeat(32)}feed.json`;

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
      --allow-invalid (then only what passed). A relative address in the feed
      (a video poster) stays relative, to where the feed is: publish <dir>
      in the feed's place.
  fertility-qa pages <feed.json> --out <dir> --base-url <https://…/> [--site-name <name>] [--template <page.html>] [--script <url> [--integrity <sha384-…>]] [--json]
      Write a static site to publish at --base-url: index.html (the feed's
      title, search over it, every question linked, the categories), a page
      per category (category/<id>/) and per question (<id>/index.html: the
      answers as text, JSON-LD, canonical, Open Graph and Twitter tags, the
      widget; with oEmbed beside it: oembed.json, embed.html, feed.json),
      sitemap.xml, robots.txt, and the feed split for search (${SITE_DATA}/).
      --site-name: the site's public name (page titles, the header, the
      breadcrumb's first step, og:site_name, oEmbed's provider); default the
      feed's title.
      Pictures the feed names by a relative address (a video poster) are
      copied from beside the feed. --template: an HTML page of your site with
      <!-- fertility-qa:content --> where the content goes; every page wears
      it, its own files (stylesheet, logo, fonts) copied from beside it and
      its relative addresses rebased for each page. The script defaults to
      this version's one-file bundle on jsDelivr, with its integrity hash (not
      served until the package is on npm: meanwhile, --script your own copy).
  fertility-qa edit <feed.json>
      Open the feed editor for <feed.json> (made when you first save, if it does
      not exist): serves it on 127.0.0.1 at an address with a private token,
      prints that address, and saves back to the file. Ctrl+C stops it.
split and pages write <dir> whole: into a new folder beside it, moved into
  place at the end. An existing <dir> is replaced only if it is empty or
  fertility-qa wrote it (it holds ${MARKER}). A run writes at most 20 bytes
  per byte of the feed, plus 16 KB per question and 1 MB (pages: plus the
  template once per page, and the files copied); past that it stops, and
  writes nothing.
Options may come in any order, as --out dir or --out=dir.
  --json           One JSON object on stdout instead of text (for CI).
  --help, -h       This help.   --version, -v, -V   The version.
Exit status: 0 clean, 1 problems found, 2 usage error.`;

/** A usage error: exit 2, with the usage. */
class UsageError extends Error {}
/** Input that cannot be used (unreadable, not a feed, unsafe output): exit 1, one message. */
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
  template: { type: 'string' },
  'site-name': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  // -V, as many tools spell it
  V: { type: 'boolean' },
};

/** JSON.parse's message with "at position N" told as the line and column an editor shows ("at line 3, column 9"). */
function jsonErrorAt(message, text) {
  return message.replace(/ in JSON at position (\d+)(?: \(line \d+ column \d+\))?/, (_, offset) => {
    const before = text.slice(0, Number(offset));
    const line = before.split('\n').length;
    const column = Number(offset) - before.lastIndexOf('\n');
    return ` at line ${line}, column ${column}`;
  });
}

/** Reads and validates a feed file, its relative addresses read against `baseUrl`; returns `{ feed, problems, bytes }` or throws InputError. */
function check(file, baseUrl) {
  let text;
  let bytes;
  try {
    const buffer = readFileSync(file);
    bytes = buffer.length;
    text = buffer.toString('utf8');
  } catch (error) {
    throw new InputError(`cannot be read (${error.code ?? error.message}).`);
  }
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(`not readable as JSON: ${jsonErrorAt(error.message, text)}`);
  }
  try {
    return { ...validateFeed(data, { baseUrl }), bytes, data };
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

/** `pages`: the whole site, written one file at a time into --out. */
async function writePages(values, { feed, data }, problems, bytes, report, finish) {
  try {
    const baseUrl = folderUrl(values['base-url']);
    const script = values.script ? { src: values.script, integrity: values.integrity, imports: coreImports(values.script) } : defaultScript();
    const clinic = clinicTemplate(values.template, InputError, { isSitePath: (path) => isSitePath(feed, path), baseUrl });
    const assets = feedAssets(data, feed, report.file, baseUrl);
    const warnings = [...assets.warnings, ...clinic.warnings];
    report.warnings = warnings;
    if (!values.json) for (const warning of warnings) warn(`${report.file}: ${warning}`);
    for (const [path, bytes] of assets.files) {
      if (clinic.files.has(path) && !clinic.files.get(path).equals(bytes)) throw new InputError(`${path}: the template's file and the feed's picture of that name differ, and both would be published there: nothing written. Rename one.`);
    }
    const copied = new Map([...clinic.files, ...assets.files]);
    const search = [];
    for await (const file of searchFiles(feed, baseUrl, splitFiles)) search.push(file);
    const categories = new Set(feed.questions.map((question) => question.category.id)).size;
    const pages = feed.questions.length + categories + 1;
    let copiedBytes = 0;
    for (const file of copied.values()) copiedBytes += file.length;
    const limit = outputLimit(bytes, feed.questions.length) + clinic.bytes * pages + copiedBytes;
    const files = function* () {
      yield* siteFiles(feed, { baseUrl, script, template: clinic.template, ...(values['site-name'] !== undefined && { siteName: values['site-name'].trim() }) });
      yield* search;
      yield* copied;
    };
    writeOutput(values.out, files(), limit, clinic.template || copied.size ? '20 × its size, 16 KB per question and 1 MB, the template once per page and the files copied' : undefined);
    report.ok = true;
    report.written = { pages, questions: feed.questions.length, categories, copied: [...copied.keys()], folder: values.out, index: join(values.out, 'index.html'), sitemap: join(values.out, 'sitemap.xml') };
    const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
    const lines = [
      `${report.file}: wrote a site of ${plural(pages, 'page')} in ${values.out}/: index.html, ${plural(categories, 'category page')}, ${plural(feed.questions.length, 'question page')} (each with embed.html, oembed.json, feed.json), sitemap.xml, robots.txt, the feed split for search (${SITE_DATA}/)${copied.size ? ` and ${plural(copied.size, 'copied file')}` : ''}${problems.length ? ` (${plural(problems.length, 'problem')} left out, listed above)` : ''}.`,
    ];
    if (new URL(baseUrl).pathname !== '/') lines.push(`Crawlers read robots.txt only at the top of a host: add "Sitemap: ${new URL('sitemap.xml', baseUrl).href}" to ${new URL('/robots.txt', baseUrl).href}.`);
    return finish(0, lines);
  } catch (error) {
    return failed(error, values, report, finish);
  }
}

/** A write that failed: InputError's message, or the system's (`EACCES`…), as one line and exit 1; anything else is a bug and goes on up. */
function failed(error, values, report, finish) {
  if (!(error instanceof InputError) && !error.code) throw error;
  report.error = error instanceof InputError ? error.message : `cannot write to ${values.out} (${error.code}: ${error.message}).`;
  if (!values.json) warn(`${report.file}: ${report.error}`);
  return finish(1);
}

/** The directory URL of --base-url (a trailing `/` added), which the feed's relative addresses are read against for pages. */
function folderUrl(value) {
  const url = new URL(value);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

/** `split`'s files: the index, each question's own feed, the search index's pieces. */
function* splitFiles(index, questions, search, folder = '') {
  const at = (path) => (folder ? `${folder}/${path}` : path);
  yield [at('index.json'), JSON.stringify(index)];
  for (const [id, document] of questions) yield [at(questionPath(id)), JSON.stringify(document)];
  for (const [path, text] of search) yield [at(`${dirname(MANIFEST_PATH)}/${path}`), text];
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
  if (values.version || values.V) {
    say(version);
    return 0;
  }
  const [command, file, ...extra] = positionals;
  if (!command && !args.length) {
    console.log(USAGE);
    return 2;
  }
  if (!command) throw new UsageError('No command given.');
  if (command === 'edit' && file && !extra.length) return (await import('./edit.mjs')).edit(file, { say, warn });
  if (!['validate', 'split', 'pages', 'edit'].includes(command)) throw new UsageError(`Unknown command "${command}".`);
  if (!file) throw new UsageError(`${command} needs a feed file.`);
  if (extra.length) throw new UsageError(`Unexpected argument "${extra[0]}".`);
  if (command === 'validate' && (values.out !== undefined || values['allow-invalid'])) throw new UsageError('--out and --allow-invalid are for split.');
  if (values['index-questions'] !== undefined && (command !== 'split' || !/^\d{1,7}$/.test(values['index-questions']))) throw new UsageError('--index-questions <n> is for split, with a whole number.');
  if (command !== 'validate' && !values.out) throw new UsageError(`${command} needs --out <dir>.`);
  if (command !== 'pages' && (values['base-url'] ?? values.script ?? values.integrity ?? values.template ?? values['site-name']) !== undefined) throw new UsageError('--base-url, --site-name, --template, --script and --integrity are for pages.');
  if (command === 'pages') {
    if (!httpUrl(values['base-url'])) throw new UsageError('pages needs --base-url <http(s) URL>: where the output folder will be published.');
    if (values.script !== undefined && !httpUrl(values.script)) throw new UsageError('--script must be an http(s) URL.');
    if (values.integrity !== undefined && !/^sha(256|384|512)-[A-Za-z0-9+/]+={0,2}$/.test(values.integrity)) throw new UsageError('--integrity must look like sha384-… (base64).');
    if (values.integrity !== undefined && values.script === undefined) throw new UsageError('--integrity goes with --script.');
    if (values['site-name'] !== undefined && !values['site-name'].trim()) throw new UsageError('--site-name needs a name (the site\'s public name).');
  }

  const report = { command, file, ok: false };
  const finish = (status, lines = []) => {
    if (values.json) console.log(printableJson(report));
    else for (const line of lines) say(line);
    return status;
  };
  let result;
  try {
    result = check(file, command === 'pages' ? folderUrl(values['base-url']) : FEED_PLACE);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    report.error = error.message;
    if (!values.json) warn(`${file}: ${error.message}`);
    return finish(1);
  }
  const { feed, problems, bytes, data } = result;
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
  if (command === 'pages') return writePages(values, { feed, data }, problems, bytes, report, finish);
  const indexQuestions = values['index-questions'] !== undefined ? Number(values['index-questions']) : defaultIndexQuestions(feed.questions.length);
  const { index, questions } = splitFeed(feed, { indexQuestions, feedUrl: FEED_PLACE });
  const search = await searchShards(feed);
  index.search = MANIFEST_PATH; // <qa-search> searches the pieces
  const folder = join(values.out, 'questions');
  try {
    writeOutput(values.out, splitFiles(index, questions, search), outputLimit(bytes, feed.questions.length));
  } catch (error) {
    return failed(error, values, report, finish);
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
    console.error('Run "fertility-qa --help" for the commands and options.');
    process.exitCode = 2;
  } else {
    // Never a stack trace: one line that says what went wrong.
    warn(`fertility-qa: unexpected error: ${error?.message ?? error}`);
    process.exitCode = 1;
  }
}
