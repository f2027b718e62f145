// `fertility-qa pages`: what a site needs besides its pages: the feed split for its
// search, the clinic's template, the core chunk's name, and files read from the
// author's disk: pictures the feed names by a relative address (a video's
// poster), and the clinic template's own files (its stylesheet, logo, fonts).
// Each is copied to the same relative place in the output, so the addresses that
// named it stay right once published. Only files inside the feed's (or the
// template's) own folder, reached without a link out of it, of a picture, style,
// script or font type, are ever read: a feed cannot make `pages` publish
// `../../.ssh/id_rsa`, whatever it writes (`..`, `%2e%2e`, `%2f`, a link).
import { lstatSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join, posix, sep } from 'node:path';
import { splitFeed, defaultIndexQuestions } from '../dist/lib/feed/split.js';
import { searchShards } from '../dist/lib/search/shard-build.js';
import { MANIFEST_PATH } from '../dist/lib/search/shard-format.js';
import { questionPageUrl, SITE_DATA } from '../dist/lib/snippet/site-parts.js';
import { CSS_ADDRESS, isRelativeAddress, readTemplate, templateAddresses, TemplateError } from '../dist/lib/snippet/site-shell.js';

/** The types a feed's relative address may name (pictures). */
const PICTURES = /\.(svg|png|jpe?g|gif|webp|avif)$/i;
/** The types a template's relative address may name (its look, its script, its fonts, its icons). */
const TEMPLATE_FILES = /\.(css|js|mjs|svg|png|jpe?g|gif|webp|avif|ico|woff2?|ttf|otf)$/i;
/** The most one copied file may weigh (a poster or a font is far smaller). */
const MAX_FILE = 10 * 1024 * 1024;

/**
 * The relative path (`img/poster.svg`) of an address as written, or undefined for one that
 * is not a plain path inside its folder (a scheme, `/root`, `//host`, `..`, an encoded slash).
 */
export function insidePath(address) {
  const path = address.split(/[?#]/)[0];
  if (!isRelativeAddress(path)) return undefined;
  let decoded;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  if (decoded.includes('\\') || decoded.includes('\0')) return undefined;
  const segments = decoded.split('/');
  if (segments.some((segment) => segment === '..' || segment === '' || segment === '.')) return undefined;
  return segments.join('/');
}

/**
 * Reads `relative` from inside `folder` if it is a regular file there, of an allowed
 * type, not through a link out of the folder; returns its bytes, or the reason it is not copied.
 */
function readInside(folder, relative, types) {
  if (!types.test(relative)) return { reason: 'not a picture, style, script or font file' };
  const file = join(folder, ...relative.split('/'));
  let real;
  try {
    real = realpathSync(file);
  } catch {
    return { reason: 'no such file' };
  }
  const root = realpathSync(folder);
  if (!real.startsWith(root + sep)) return { reason: 'it leads out of the folder' };
  const stat = lstatSync(real);
  if (!stat.isFile()) return { reason: 'not a file' };
  if (stat.size > MAX_FILE) return { reason: `over ${MAX_FILE / 1024 / 1024} MB` };
  return { bytes: readFileSync(real) };
}

/** The video posters a feed document (as parsed, untrusted) writes as relative addresses: `[question id, address]`. */
function* relativePosters(data) {
  const questions = data && typeof data === 'object' && Array.isArray(data.questions) ? data.questions : [];
  for (const question of questions) {
    if (!question || typeof question !== 'object' || !Array.isArray(question.answers)) continue;
    for (const answer of question.answers) {
      const poster = answer && typeof answer === 'object' && answer.video && typeof answer.video === 'object' ? answer.video.poster : undefined;
      if (typeof poster === 'string' && !/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(poster.trim())) yield [String(question.id), poster.trim()];
    }
  }
}

/**
 * The pictures a feed names by a relative address (a video's poster, as written in
 * `data`, the parsed feed) that validation kept (`feed`, where each now reads
 * `<baseUrl><path>`): each read from beside the feed file, to be written at that path.
 * Returns `{ files: Map<path, Buffer>, warnings: string[] }`.
 */
export function feedAssets(data, feed, feedFile, baseUrl) {
  const files = new Map();
  const warnings = [];
  const folder = dirname(feedFile);
  const kept = new Set(feed.questions.flatMap((question) => question.answers.map((answer) => answer.video?.poster).filter(Boolean)));
  for (const [id, address] of relativePosters(data)) {
    let resolved;
    try {
      resolved = new URL(address, baseUrl).href;
    } catch {
      continue;
    }
    if (!kept.has(resolved)) continue; // refused by validation, which said why
    const path = insidePath(address.startsWith('./') ? address.slice(2) : address);
    if (path === undefined) {
      warnings.push(`question "${id}": video poster ${address} is outside the feed's folder: not copied. Publish it at ${resolved}.`);
      continue;
    }
    if (files.has(path)) continue;
    const read = readInside(folder, path, PICTURES);
    if (read.bytes) files.set(path, read.bytes);
    else warnings.push(`question "${id}": video poster ${path}: ${read.reason}; not copied. Publish it at ${resolved}.`);
  }
  return { files, warnings };
}

/** Relative addresses in a stylesheet (`url(…)`, `@import "…"`), read against the stylesheet's own path; `..` only while it stays inside. */
function stylesheetAddresses(css, cssPath) {
  const found = [];
  for (const match of css.matchAll(CSS_ADDRESS)) {
    const address = (match[2] ?? match[4] ?? '').trim().split(/[?#]/)[0];
    if (!isRelativeAddress(address)) continue;
    const joined = posix.normalize(posix.join(posix.dirname(cssPath), address));
    if (joined !== '..' && !joined.startsWith('../')) found.push(joined);
  }
  return found;
}

/** The path from the site's top a template's link names (`ivf/`, `about.html`, `` for `./`), or undefined when it leaves the folder. */
function linkPath(address) {
  const page = address.replace(/^(\.\/)+/, '');
  if (page === '') return '';
  if (!page.endsWith('/')) return insidePath(page);
  const folder = insidePath(page.slice(0, -1));
  return folder === undefined ? undefined : `${folder}/`;
}

/**
 * The template's own files, from its folder: every relative address its HTML names
 * (`addresses`, from templateAddresses: attributes and inline CSS) that is a style,
 * script, picture or font, and what its stylesheets name in turn. Any other relative
 * address (a link) must be a page of the site (`isSitePath`, from the site's top), or it
 * would be missing once published (`baseUrl`): one warning each, saying where it would lead.
 * Returns `{ files: Map<path, Buffer>, warnings }`.
 */
export function templateAssets(templateFile, addresses, { isSitePath = () => false, baseUrl = 'https://site.invalid/' } = {}) {
  const files = new Map();
  const warnings = [];
  const folder = dirname(templateFile);
  const said = (text) => warnings.push(`--template ${templateFile}: ${text}`);
  const queue = addresses.map((address) => ({ path: insidePath(address.startsWith('./') ? address.slice(2) : address), address, fromHtml: true }));
  while (queue.length) {
    const { path, address, fromHtml } = queue.shift();
    const bare = address.split(/[?#]/)[0];
    if (fromHtml && !TEMPLATE_FILES.test(bare)) {
      // A link: to a page (or file) the site writes, or nothing there once published.
      const inside = linkPath(bare);
      const url = new URL(address, baseUrl).href;
      if (inside === undefined) said(`${address} leads out of the site's folder, to ${url}: it works only where your site has that page. Write the address it has on your site (/contact/ or https://…).`);
      else if (!isSitePath(inside)) said(`${address} is neither a page of the site nor a file copied from beside the template: published, it would lead to ${url}, which this site does not have. Write the address it has on your site (/about/ or https://…).`);
      continue;
    }
    if (path === undefined) {
      if (TEMPLATE_FILES.test(bare)) said(`${address} is outside the template's folder: not copied.`);
      continue;
    }
    if (files.has(path) || !TEMPLATE_FILES.test(path)) continue;
    const read = readInside(folder, path, TEMPLATE_FILES);
    if (!read.bytes) {
      said(`${path}: ${read.reason}; not copied.`);
      continue;
    }
    files.set(path, read.bytes);
    if (/\.css$/i.test(path)) for (const next of stylesheetAddresses(read.bytes.toString('utf8'), path)) queue.push({ path: insidePath(next), address: next, fromHtml: false });
  }
  return { files, warnings };
}

/** The chunked build's core (`core-<hash>.js`, which `fertility-qa.js` imports at once) beside a script named fertility-qa.js: this version's name for it. */
export function coreImports(src) {
  const url = new URL(src);
  if (!url.pathname.endsWith('/fertility-qa.js')) return [];
  try {
    const core = readdirSync(new URL('../dist/', import.meta.url)).find((name) => /^core-[\w-]+\.js$/.test(name));
    return core ? [new URL(core, url).href] : [];
  } catch {
    return [];
  }
}

/** Why a tag of the template's head (SiteTemplate.dropped) is not on the pages. */
function droppedWhy(tag) {
  if (/^<base\b/i.test(tag)) return 'a <base> would make every relative link and file of the site lead elsewhere.';
  if (/^<script\b/i.test(tag)) return "it describes the template's page; each question page writes its own JSON-LD.";
  return "it describes the template's page; each page writes its own (canonical, description, robots, Open Graph and Twitter tags).";
}

/**
 * The template (`--template`), read: `{ template, files, warnings, bytes }`; throws the CLI's
 * InputError when it cannot be used. `site`: `{ isSitePath, baseUrl }`, to check its links.
 */
export function clinicTemplate(file, InputError, site) {
  if (file === undefined) return { files: new Map(), warnings: [], bytes: 0 };
  let html;
  try {
    html = readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(`--template ${file} cannot be read (${error.code ?? error.message}).`);
  }
  try {
    const template = readTemplate(html);
    const assets = templateAssets(file, templateAddresses(html), site);
    const left = template.dropped.map((tag) => `--template ${file}: ${tag} left out of every page: ${droppedWhy(tag)}`);
    return { template, files: assets.files, warnings: [...left, ...assets.warnings], bytes: Buffer.byteLength(html) };
  } catch (error) {
    if (error instanceof TemplateError) throw new InputError(`--template ${file}: ${error.message}`);
    throw error;
  }
}

/**
 * The feed as the site's search reads it (`<qa-search>` on the index and category
 * pages): split, with every question's `url` its page on this site, so a result opens that page.
 */
export async function* searchFiles(feed, baseUrl, splitFiles) {
  const questions = feed.questions.map((question) => ({ ...question, url: questionPageUrl(question.id, baseUrl) }));
  const linked = { ...feed, questions, questionsById: new Map(questions.map((question) => [question.id, question])) };
  const { index, questions: files } = splitFeed(linked, { indexQuestions: defaultIndexQuestions(questions.length), feedUrl: new URL(`${SITE_DATA}/index.json`, baseUrl).href });
  const search = await searchShards(linked);
  index.search = MANIFEST_PATH;
  yield* splitFiles(index, files, search, SITE_DATA);
}

