/**
 * Search over a split feed's sharded index (`search/manifest.json`, written by
 * `fertility-qa split`; the files are described in shard-format.ts): the first
 * search fetches the manifest's word list, each search then fetches only the
 * postings files of the stems its words match, kept for the session, and the
 * titles files of the results it ranks, whose questions are kept within a
 * bound (kept-titles.ts). Ranking is `SearchIndex`'s own
 * (the same code scores both): the weights were computed at build time from
 * the full text, answers included, so a split feed ranks as the single file.
 */
import { checkFeed } from '../feed/validate/in-page.js'; // the page's clean reader: the full validator and its messages load only at a problem
import { warn } from '../feed/load.js';
import type { Category, Feed, Question } from '../feed/types.js';
import { SearchIndex, yieldToBrowser, type FeedSearch, type SearchRequest, type SearchResults } from './search-index.js';
import { KeptTitles, type TitlesHold } from './kept-titles.js';
import { WORDS_FILE, ShardFormatError, decodePostings, postingsFile, readManifest, readPostingsFile, readTitleLengths, readWords, shardOf, titlesFile, type ShardManifest } from './shard-format.js';

/** Fetches JSON, or throws an error that says which file and why. */
async function fetchJson(url: string, signal?: AbortSignal): Promise<unknown> {
  const response = await fetch(url, { signal, credentials: 'same-origin' });
  if (!response.ok) throw new ShardFormatError(`${url} answered HTTP ${response.status}.`);
  try {
    return await response.json();
  } catch {
    throw new ShardFormatError(`${url} is not JSON.`);
  }
}

/**
 * A split feed's sharded search index, searched through the contract of `SearchIndex` (`FeedSearch`).
 * @internal Not the package's API: `<qa-search>` reads it through `FeedSearch`.
 */
export class ShardedIndex implements FeedSearch {
  /** Each question: its category's stand-in (category only, one per category) until its titles file is read. */
  private readonly questions: Question[];
  /** The questions read from the titles files, kept within a bound. */
  readonly titles: KeptTitles;
  private readonly postingFiles = new Map<number, Promise<Map<string, unknown>>>();
  private readonly ready = new Set<string>();
  private indexPromise?: Promise<SearchIndex>;
  /** The feed the results' questions belong to (categories, language, synonyms). */
  readonly feed: Feed;

  private constructor(
    readonly url: string,
    private readonly manifest: ShardManifest,
    feed: Feed,
    known?: readonly Question[],
  ) {
    if (known && aligned(known, manifest)) {
      // The split feed's index is loaded already, question for question: no titles files needed.
      this.questions = [...known];
      this.titles = new KeptTitles(this.questions, manifest.titlesPerFile, () => Promise.resolve([]), true);
      this.feed = { ...feed, questions: this.questions, questionsById: new Map() };
      return;
    }
    const categories = new Map<string, Category>(feed.categories.map((category) => [category.id, category]));
    const standIns = new Map<string, Question>();
    this.questions = [];
    for (const [id, length] of manifest.categoryRuns) {
      // Only the category is known before the titles file is read (the ranking's category filter reads it).
      let standIn = standIns.get(id);
      if (!standIn) {
        const category = categories.get(id) ?? { id, name: id };
        standIns.set(id, (standIn = { id: '', title: '', category, tags: [], answers: [], expertNames: [] } as unknown as Question));
      }
      for (let i = 0; i < length; i++) this.questions.push(standIn);
    }
    this.titles = new KeptTitles(this.questions, manifest.titlesPerFile, (n) => this.readTitlesFile(n));
    this.feed = { ...feed, questions: this.questions, questionsById: new Map() };
  }

  /**
   * Opens a sharded index by its manifest's URL (fetched and checked). `known`:
   * the split feed's index questions, when loaded already; used in place of the
   * titles files when they are the manifest's questions, in its order.
   */
  static async open(url: string, signal?: AbortSignal, known?: readonly Question[]): Promise<ShardedIndex> {
    const manifest = readManifest(await fetchJson(url, signal));
    const { feed } = await checkFeed(manifest.feed, { baseUrl: url });
    return new ShardedIndex(url, manifest, feed, known);
  }

  /** Questions in the feed. */
  get count(): number {
    return this.manifest.count;
  }

  /** The category of each question, in document order, as runs: [category id, how many in a row]. */
  get categoryRuns(): ReadonlyArray<readonly [string, number]> {
    return this.manifest.categoryRuns;
  }

  /** The question of a document: undefined until read (`holdTitles`), null when its entry was refused. */
  questionAt(doc: number): Question | null | undefined {
    return this.titles.questionAt(doc);
  }

  /** Reads these documents' questions from their titles files (shared with searches) and holds them until `release` (see kept-titles.ts). */
  holdTitles(docs: Iterable<number>): TitlesHold {
    return this.titles.hold(docs);
  }

  private file(path: string): string {
    return new URL(path, this.url).href;
  }

  /** The index made from the word list, on the first search. */
  private index(): Promise<SearchIndex> {
    this.indexPromise ??= fetchJson(this.file(WORDS_FILE)).then((words) => SearchIndex.fromWords(this.feed, readWords(words), readTitleLengths(this.manifest.titleLengths, this.manifest.count)!));
    this.indexPromise.catch(() => (this.indexPromise = undefined));
    return this.indexPromise;
  }

  private postings(n: number): Promise<Map<string, unknown>> {
    let file = this.postingFiles.get(n);
    if (!file) {
      file = fetchJson(this.file(postingsFile(n))).then(readPostingsFile);
      this.postingFiles.set(n, file);
      file.catch(() => this.postingFiles.delete(n));
    }
    return file;
  }

  /** Titles file `n`'s questions, checked, in document order (undefined for an entry refused, which its warning names). */
  private async readTitlesFile(n: number): Promise<Array<Question | undefined>> {
    const url = this.file(titlesFile(n));
    const entries = await fetchJson(url);
    if (!Array.isArray(entries)) throw new ShardFormatError(`${url} is not a list of questions.`);
    const from = n * this.manifest.titlesPerFile;
    const count = Math.min(this.manifest.titlesPerFile, this.manifest.count - from);
    if (entries.length !== count) throw new ShardFormatError(`${url} holds ${entries.length} questions; the manifest says ${count}.`);
    // The entries are checked as an index feed's, question feeds resolved against the split feed's index.
    const { feed, problems } = await checkFeed({ ...this.manifest.feed, questions: entries }, { baseUrl: new URL('..', this.url).href });
    for (const problem of problems) warn(url, `${problem.field}: ${problem.message}`);
    return entries.map((entry: unknown) => {
      const id = (entry as { id?: unknown } | null)?.id;
      return typeof id === 'string' ? feed.questionsById.get(id) : undefined;
    });
  }

  /**
   * Searches (the contract of `SearchIndex.search`): fetches the postings of
   * the stems the query's words match, ranks once, fetches the titles the
   * ranking's tie-break reads and those of the results returned, then breaks
   * the ties. Rejects (with a `ShardFormatError` naming the file) when a file
   * cannot be fetched or is not in the format; a later search tries that file
   * again. Results whose titles file held no valid entry for them are left out
   * (the file's warning says why), and counted.
   */
  async search(query: string, options: SearchRequest = {}): Promise<SearchResults> {
    const limit = options.limit ?? 20;
    // Between steps: let the browser paint and take input, and stop here if a newer search replaced this one.
    const step = async () => {
      await yieldToBrowser();
      options.signal?.throwIfAborted();
    };
    options.signal?.throwIfAborted();
    const index = await this.index();
    await step();
    const stems = index.stemsFor(query).filter((stem) => !this.ready.has(stem));
    if (stems.length) {
      const files = [...new Set(stems.map((stem) => shardOf(stem, this.manifest.firstStems)))];
      const loaded = await Promise.all(files.map((n) => this.postings(n)));
      await step();
      const byFile = new Map(files.map((n, i) => [n, loaded[i]!]));
      for (const stem of stems) {
        const raw = byFile.get(shardOf(stem, this.manifest.firstStems))!.get(stem);
        if (raw !== undefined) {
          const { docs, weights, titleDocs } = decodePostings(raw, this.manifest.count);
          index.setPostings(stem, docs, weights, titleDocs);
        }
        this.ready.add(stem);
      }
    }
    const ranked = index.ranking(query, options);
    // The tie-break reads the titles of the order's head (kept once read); the results returned are among
    // the first `limit`, whose questions are held until the results hold them.
    const untitled = Array.from(index.tieBreakDocs(ranked)).filter((doc) => !this.titles.hasTitle(doc));
    const holds = [this.titles.hold([...untitled, ...ranked.order.subarray(0, limit)])];
    try {
      await holds[0]!.loaded;
      await step();
      index.breakTies(ranked);
      // A question of the head known by its title alone may have moved up.
      holds.push(this.titles.hold(ranked.order.subarray(0, limit)));
      await holds[1]!.loaded;
      const { total, results } = index.resultsOf(ranked, limit);
      return { total, results: results.filter((result) => result.question.id) };
    } finally {
      for (const hold of holds) hold.release();
    }
  }
}

/** Whether a loaded index's questions are the manifest's: as many, with the same categories in the same order. */
function aligned(questions: readonly Question[], manifest: ShardManifest): boolean {
  if (questions.length !== manifest.count) return false;
  let doc = 0;
  for (const [id, length] of manifest.categoryRuns) {
    for (let i = 0; i < length; i++) if (questions[doc++]!.category.id !== id) return false;
  }
  return true;
}

const opened = new Map<string, Promise<ShardedIndex>>();

/** The sharded index at a manifest's URL: opened on first use, then shared for the session. */
export function shardedIndexFor(url: string, known?: readonly Question[]): Promise<ShardedIndex> {
  url = new URL(url, document.baseURI).href;
  let index = opened.get(url);
  if (!index) {
    index = ShardedIndex.open(url, undefined, known);
    opened.set(url, index);
    index.catch(() => opened.delete(url));
  }
  return index;
}
