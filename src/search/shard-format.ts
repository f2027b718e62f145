/**
 * The files of a sharded search index, which `fertility-qa split` writes beside
 * a split feed's index (in `search/`), and how their text is read back.
 *
 * - `manifest.json`: the format, the number of questions, how many postings
 *   files there are, how many titles a titles file holds, the category of each
 *   question (as runs), each title's length in content words (base 36, comma-separated),
 *   and a small index feed with the categories, synonyms
 *   and language (read by the feed validator like any feed).
 * - `words.json`: every word of the feed (stop words excepted), sorted and
 *   front-coded in one string (`encodeWords`). The browser stems them itself, and matches typing
 *   errors and unfinished words against them as a single-file feed does.
 * - `postings/<n>.json`: the stems from the manifest's `firstStems[n]` (in
 *   sorted order, up to the next file's first stem), each with the questions
 *   that hold it (ascending, as base-36 gaps) and its BM25F weight in each
 *   (precomputed at build time, base-36 millionths), and the questions whose
 *   title holds it (base-36 gaps; left out when none). Sorted ranges keep the
 *   words an unfinished word begins ("emb" → embryo, embryos, embolism) in one
 *   or two files.
 * - `titles/<n>.json`: questions n × `titlesPerFile` onwards, as index entries
 *   (title, category, experts, where their own feed is), for the results shown.
 *
 * Everything read back is checked: a value of the wrong shape is refused with
 * one precise message (`ShardFormatError`), never trusted.
 */

/** The version of these files; a reader refuses others. */
export const SHARD_FORMAT = 1;
/** Where the manifest goes, relative to the split feed's index. */
export const MANIFEST_PATH = 'search/manifest.json';
/** The files beside the manifest, relative to it. */
export const WORDS_FILE = 'words.json';
export const postingsFile = (n: number) => `postings/${n}.json`;
export const titlesFile = (n: number) => `titles/${n}.json`;
/** BM25F weights (0–1) are stored as whole millionths. */
export const WEIGHT_SCALE = 1e6;

/** Reading limits: a file past them is refused rather than read. */
const MAX_QUESTIONS = 1_000_000;
const MAX_SHARDS = 4096;
const MAX_WORDS = 2_000_000;
const MAX_WORD_LENGTH = 200;

/** The manifest, as written. */
export interface ShardManifest {
  format: number;
  /** Questions in the feed (document ids 0 … count − 1, in the feed's order). */
  count: number;
  /** The first stem of each `postings/<n>.json` file, ascending. */
  firstStems: string[];
  /** How many questions each `titles/<n>.json` holds (the last one the rest). */
  titlesPerFile: number;
  /** The category id of each question, as runs: [category id, how many questions in a row]. */
  categoryRuns: Array<[string, number]>;
  /** Each question's title length in content words, base 36, comma-separated (as `titleLengths`, read back). */
  titleLengths: string;
  /** An index feed without questions: version, language, categories, synonyms, layTerms. */
  feed: Record<string, unknown>;
}

/** A sharded index's file that is not what the format says. */
export class ShardFormatError extends Error {
  override name = 'ShardFormatError';
}

const isWhole = (value: unknown, max: number): value is number => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= max;

/** Which postings file holds a stem: the last whose first stem is not after it. */
export function shardOf(stem: string, firstStems: readonly string[]): number {
  let low = 0;
  let high = firstStems.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (firstStems[middle]! <= stem) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Ascending documents as base-36 gaps. */
const gapsOf = (docs: readonly number[]) => docs.map((doc, i) => (doc - (i ? docs[i - 1]! : 0)).toString(36)).join(',');

/** Reads base-36 gaps back into ascending documents under `count`, or undefined when they are not that. */
function docsOf(text: string, count: number): number[] | undefined {
  const docs: number[] = [];
  let doc = 0;
  for (const [i, part] of (text ? text.split(',') : []).entries()) {
    const gap = parseInt(part, 36);
    doc += gap;
    if (!(gap > 0 || (i === 0 && gap === 0)) || doc >= count) return undefined;
    docs.push(doc);
  }
  return docs;
}

/** Writes one stem's postings: [gaps between ascending documents, weights in millionths, gaps of the documents whose title holds it], base 36. */
export function encodePostings(docs: readonly number[], weights: readonly number[], titleDocs: readonly number[] = []): string[] {
  const postings = [gapsOf(docs), weights.map((weight) => Math.round(weight * WEIGHT_SCALE).toString(36)).join(',')];
  return titleDocs.length ? [...postings, gapsOf(titleDocs)] : postings;
}

/** Reads one stem's postings back; throws `ShardFormatError` on anything but ascending documents under `count` with weights 0–1. */
export function decodePostings(value: unknown, count: number): { docs: number[]; weights: number[]; titleDocs: number[] } {
  if (!Array.isArray(value) || value.length < 2 || value.length > 3 || value.some((part) => typeof part !== 'string')) {
    throw new ShardFormatError('a stem\'s postings are not ["gaps", "weights"] or ["gaps", "weights", "title gaps"].');
  }
  const docs = docsOf(value[0], count);
  const titleDocs = docsOf(value[2] ?? '', count);
  const weights = (value[1] ? (value[1] as string).split(',') : []).map((part) => parseInt(part, 36) / WEIGHT_SCALE);
  if (!docs || !titleDocs) throw new ShardFormatError(`a stem's documents are out of range (they must ascend below ${count}).`);
  if (docs.length !== weights.length) throw new ShardFormatError(`a stem has ${docs.length} documents but ${weights.length} weights.`);
  if (!weights.every((weight) => weight >= 0 && weight <= 1)) throw new ShardFormatError(`a stem's weights must be 0–${WEIGHT_SCALE}.`);
  return { docs, weights, titleDocs };
}

/** Checks a parsed manifest. */
export function readManifest(value: unknown): ShardManifest {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ShardFormatError('the manifest is not a JSON object.');
  const manifest = value as Record<string, unknown>;
  if (manifest.format !== SHARD_FORMAT) throw new ShardFormatError(`the manifest's format is ${JSON.stringify(manifest.format)}; this version reads ${SHARD_FORMAT}.`);
  const { count, firstStems, titlesPerFile, categoryRuns, titleLengths, feed } = manifest;
  if (!isWhole(count, MAX_QUESTIONS)) throw new ShardFormatError(`"count" must be a whole number up to ${MAX_QUESTIONS}.`);
  if (
    !Array.isArray(firstStems) ||
    firstStems.length < 1 ||
    firstStems.length > MAX_SHARDS ||
    firstStems.some((stem, i) => typeof stem !== 'string' || stem.length > MAX_WORD_LENGTH || (i > 0 && !(stem > firstStems[i - 1])))
  ) {
    throw new ShardFormatError(`"firstStems" must be 1 to ${MAX_SHARDS} ascending stems.`);
  }
  if (!isWhole(titlesPerFile, MAX_QUESTIONS) || titlesPerFile < 1) throw new ShardFormatError('"titlesPerFile" must be a whole number from 1.');
  if (typeof feed !== 'object' || feed === null || Array.isArray(feed)) throw new ShardFormatError('"feed" must be an object (an index feed without questions).');
  if (!Array.isArray(categoryRuns)) throw new ShardFormatError('"categoryRuns" must be a list of [category, length].');
  let covered = 0;
  for (const run of categoryRuns) {
    if (!Array.isArray(run) || run.length !== 2 || typeof run[0] !== 'string' || run[0].length > MAX_WORD_LENGTH || !isWhole(run[1], MAX_QUESTIONS)) {
      throw new ShardFormatError('"categoryRuns" must be a list of [category id, length] pairs.');
    }
    covered += run[1];
  }
  if (covered !== count) throw new ShardFormatError(`"categoryRuns" cover ${covered} questions, not "count" (${count}).`);
  if (typeof titleLengths !== 'string' || !readTitleLengths(titleLengths, count)) {
    throw new ShardFormatError(`"titleLengths" must be ${count} whole numbers (base 36, comma-separated).`);
  }
  return { format: SHARD_FORMAT, count, firstStems: firstStems as string[], titlesPerFile, categoryRuns: categoryRuns as Array<[string, number]>, titleLengths, feed: feed as Record<string, unknown> };
}

/** Reads `titleLengths` back: `count` whole numbers, or undefined when it is not that. */
export function readTitleLengths(text: string, count: number): number[] | undefined {
  const parts = text ? text.split(',') : [];
  if (parts.length !== count || !parts.every((part) => /^[0-9a-z]{1,4}$/.test(part))) return undefined;
  return parts.map((part) => parseInt(part, 36));
}

/**
 * Writes the word list: sorted, each word as how many characters it shares with
 * the one before (one base-36 digit, at most 35) and the rest, separated by
 * spaces (words never hold spaces). "ovary ovaries" → "ovary 4ies".
 */
export function encodeWords(words: readonly string[]): string {
  const sorted = [...words].sort();
  let previous = '';
  return sorted
    .map((word) => {
      let shared = 0;
      while (shared < 35 && shared < previous.length && shared < word.length - 1 && previous[shared] === word[shared]) shared++;
      previous = word;
      return shared.toString(36) + word.slice(shared);
    })
    .join(' ');
}

/** Reads `words.json` back: distinct, non-empty words in ascending order. */
export function readWords(value: unknown): string[] {
  if (typeof value !== 'string') throw new ShardFormatError('the word list is not a string of words.');
  const parts = value ? value.split(' ') : [];
  if (parts.length > MAX_WORDS) throw new ShardFormatError(`the word list holds more than ${MAX_WORDS} words.`);
  const words: string[] = [];
  let previous = '';
  for (const part of parts) {
    const shared = parseInt(part[0] ?? '', 36);
    const word = previous.slice(0, shared) + part.slice(1);
    if (!(shared <= previous.length) || word.length <= shared || word.length > MAX_WORD_LENGTH || word <= previous) {
      throw new ShardFormatError(`the word list is not sorted, distinct, non-empty words of at most ${MAX_WORD_LENGTH} characters (at word ${words.length + 1}).`);
    }
    words.push(word);
    previous = word;
  }
  return words;
}

/** Checks a parsed postings file: an object of stem → postings (each read when a query needs it). */
export function readPostingsFile(value: unknown): Map<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ShardFormatError('a postings file is not a JSON object.');
  return new Map(Object.entries(value));
}
