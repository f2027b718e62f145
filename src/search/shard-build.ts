/**
 * Builds the sharded search index of a full feed (the files are described in
 * shard-format.ts): the same index a single-file feed builds in the browser,
 * made once at build time and written in pieces, so `<qa-search>` on a large
 * split feed fetches only the pieces a query needs.
 */
import type { Feed } from '../feed/types.js';
import { FEED_FORMAT_VERSION } from '../feed/types.js';
import { indexEntryOf } from '../feed/split.js';
import { SearchIndex } from './search-index.js';
import { SHARD_FORMAT, WORDS_FILE, encodePostings, encodeWords, postingsFile, titlesFile, type ShardManifest } from './shard-format.js';

/** Aim for postings files of about this many characters (before gzip). */
const POSTINGS_FILE_CHARS = 16 * 1024;
/** Titles per titles file: small enough that the results shown fetch little. */
export const TITLES_PER_FILE = 128;

/**
 * The files of a full feed's sharded index: path (relative to the manifest's
 * folder, `search/`) → JSON text. Deterministic: the same feed gives the same
 * bytes.
 */
export async function searchShards(feed: Feed): Promise<Map<string, string>> {
  if (feed.kind !== 'full') throw new Error('Only a full feed has the text to index; this one is already an index.');
  const index = await SearchIndex.build(feed);
  const { words, stems, titleLengths } = index.pieces();
  // Postings files hold sorted ranges of stems, each about POSTINGS_FILE_CHARS long (a longer stem alone).
  const sorted = stems.map(({ stem, docs, weights, titleDocs }) => ({ stem, postings: encodePostings(docs, weights, titleDocs) })).sort((a, b) => (a.stem < b.stem ? -1 : 1));
  const groups: Array<Record<string, string[]>> = [];
  const firstStems: string[] = [];
  let chars = Infinity;
  for (const { stem, postings } of sorted) {
    const size = stem.length + postings.join().length + 10;
    if (chars + size > POSTINGS_FILE_CHARS && firstStems.length < 4096) {
      groups.push({});
      firstStems.push(firstStems.length ? stem : '');
      chars = 0;
    }
    groups[groups.length - 1]![stem] = postings;
    chars += size;
  }
  if (!groups.length) [groups[0], firstStems[0]] = [{}, ''];
  const files = new Map<string, string>();
  groups.forEach((group, n) => files.set(postingsFile(n), JSON.stringify(group)));

  const entries = feed.questions.map(indexEntryOf);
  for (let n = 0; n * TITLES_PER_FILE < Math.max(1, entries.length); n++) {
    files.set(titlesFile(n), JSON.stringify(entries.slice(n * TITLES_PER_FILE, (n + 1) * TITLES_PER_FILE)));
  }
  files.set(WORDS_FILE, JSON.stringify(encodeWords(words)));

  const categoryRuns: Array<[string, number]> = [];
  for (const question of feed.questions) {
    const last = categoryRuns[categoryRuns.length - 1];
    if (last && last[0] === question.category.id) last[1]++;
    else categoryRuns.push([question.category.id, 1]);
  }
  const manifest: ShardManifest = {
    format: SHARD_FORMAT,
    count: feed.questions.length,
    firstStems,
    titlesPerFile: TITLES_PER_FILE,
    categoryRuns,
    titleLengths: titleLengths.map((length) => length.toString(36)).join(','),
    feed: {
      version: FEED_FORMAT_VERSION,
      kind: 'index',
      ...(feed.title && { title: feed.title }),
      ...(feed.language && { language: feed.language }),
      ...(feed.categories.length && { categories: feed.categories }),
      ...(feed.synonyms.length && { synonyms: feed.synonyms }),
      ...(feed.layTerms && { layTerms: true }),
      experts: [],
      questions: [],
    },
  };
  files.set('manifest.json', JSON.stringify(manifest));
  return files;
}
