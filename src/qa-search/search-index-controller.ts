import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { warn } from '../feed/load.js';
import type { Feed } from '../feed/types.js';
import type { FeedSearch, SearchOptions, SearchResult, SearchResults } from '../search/search-index.js';
import type { Searcher } from './questions-to-show.js';

export type { FeedSearch };

/** The search code arrives in its own chunk, loaded once per page (again after a failure). */
let searchModule: Promise<typeof import('../search/search-index.js')> | undefined;
const buildIndex = (feed: Feed) =>
  (searchModule ??= import('../search/search-index.js').catch((error: unknown) => {
    searchModule = undefined;
    throw error;
  })).then(({ searchIndexFor }) => searchIndexFor(feed));

/**
 * A split feed whose index names a sharded index (`"search"`) searches that,
 * answers included, fetching what each query needs; if it cannot be opened,
 * the index itself is searched (one warning says why).
 */
const openShards = (feed: Feed): Promise<FeedSearch> =>
  import('../search/sharded-index.js')
    .then(({ shardedIndexFor }) => shardedIndexFor(feed.searchIndexUrl!, feed.questions))
    .catch((error: unknown) => {
      warn('<qa-search>', `the sharded search index could not be opened (${error instanceof Error ? error.message : String(error)}); searching the index itself.`);
      return buildIndex(feed);
    });

/** How many answers (query, categories, results shown) are kept for the reader's Backspace and "Show more". */
const ANSWERS_KEPT = 50;
const NO_RESULTS: SearchResults = { total: 0, results: [] };

/**
 * The search index of the element's feed, in one place: the search code and
 * index load once the reader shows intent to search (`want()`: focus, input,
 * a `?q=` in the address), and again when the feed changes; until then
 * `ready` is false. A failure to load stays in `error` until the next
 * `want()`, which tries again; the first gives one console warning.
 *
 * Every index, single-file or sharded, is read through one contract
 * (`FeedSearch`: `search(query, { signal })` → a promise of `{ total, results }`),
 * and `search()` here gives the element its answer synchronously: a request
 * answered before returns its answer, and so does one the index answers at
 * once (a single-file index's promise comes settled, with its answer on it);
 * another starts its search (the one before stops at its next step) and
 * returns the previous answer meanwhile (`busy`), so the list stays as it was
 * while typing (no flash of "no results"); once the answer is in, `revision`
 * changes and the host updates.
 */
export class SearchIndexController implements ReactiveController, Searcher {
  /** Why the index could not be made, if it could not. */
  error?: unknown;
  /** Makes a feed's index: by default the search chunk's, shared by every `<qa-search>` on the page, or a split feed's shards. */
  build: (feed: Feed) => Promise<FeedSearch> = (feed) => (feed.searchIndexUrl ? openShards(feed) : buildIndex(feed));
  /** Changes whenever the answer to a request may have changed (a search's came in). */
  revision = 0;
  readonly #host: ReactiveControllerHost;
  readonly #feed: () => Feed | undefined;
  /** The reader showed intent to search. */
  #wanted = false;
  #index?: FeedSearch;
  /** The feed the index searches (a sharded index's questions stand for this feed's). */
  #indexFeed?: Feed;
  /** The feed whose index is being made, and when it is done. */
  #loading?: Feed;
  #done = Promise.resolve();
  /** A failure was warned about (once: the reader's next inputs try again). */
  #warned = false;
  /** Answers by request, the last one given, and the request being searched. */
  readonly #answers = new Map<string, SearchResults>();
  #last = NO_RESULTS;
  #pending?: string;
  #abort?: AbortController;
  /** The latest search started, settled (fulfilled or not). */
  #latest: Promise<void> = Promise.resolve();
  /** The latest request asked, and the one whose search failed last (not tried again until asked anew). */
  #lastKey?: string;
  #failedKey?: string;
  /** Messages already warned about: one warning per failing file, however often the reader types. */
  readonly #warnedSearch = new Set<string>();

  /** `feed` gives the feed to search, once it is ready (and the reader's language with it). */
  constructor(host: ReactiveControllerHost, feed: () => Feed | undefined) {
    this.#host = host;
    this.#feed = feed;
    host.addController(this);
  }

  /** Whether searches answer from the index of the current feed. */
  get ready(): boolean {
    const feed = this.#feed();
    return !!feed && this.#indexFeed === feed && !!this.#index;
  }

  hostUpdate(): void {
    if (this.#wanted && !this.error) void this.#load();
  }

  /** The reader showed intent to search: loads the index (again after a failure), resolving once it is ready or failed. */
  want(): Promise<void> {
    this.#wanted = true;
    this.error = undefined;
    return this.#load();
  }

  /**
   * How many questions match a query, and the first `limit`, best first: none
   * until `ready`; while the answer is on its way (`busy`), the previous one.
   */
  search(query: string, options: SearchOptions = {}): SearchResults {
    if (!this.ready) return NO_RESULTS;
    const key = JSON.stringify([query, options.categories ?? [], options.limit ?? 20]);
    const askedAnew = this.#lastKey !== key;
    this.#lastKey = key;
    // A failed search stays failed (the element says so) until the reader asks something else, then this again.
    if (this.#failedKey === key && !askedAnew) return this.#last;
    if (this.#pending !== key) {
      // Only the latest request is worked on: the one before stops at its next step.
      this.#abort?.abort();
      this.#abort = undefined;
      this.#pending = key;
    }
    const found = this.#answers.get(key);
    if (found) return (this.#last = found);
    const now = this.#abort ? undefined : this.#start(this.#index!, this.#indexFeed!, key, query, options);
    return (this.#last = now ?? this.#last);
  }

  /** Starts a request's search; returns its answer when the index gave it at once (a single-file index does). */
  #start(index: FeedSearch, feed: Feed, key: string, query: string, options: SearchOptions): SearchResults | undefined {
    const abort = (this.#abort = new AbortController());
    const asked = index.search(query, { categories: options.categories, limit: options.limit ?? 20, signal: abort.signal });
    const keep = ({ total, results }: SearchResults) => {
      // The feed's own questions (a sharded index reads its own copies), so the opened question is the list's.
      const own = results.map((result) => {
        const question = feed.questionsById.get(result.question.id);
        return question && question !== result.question ? (Object.assign(Object.create(result), { question }) as SearchResult) : result;
      });
      if (this.#answers.size >= ANSWERS_KEPT) this.#answers.delete(this.#answers.keys().next().value!);
      const answer = { total, results: own };
      this.#answers.set(key, answer);
      if (this.#failedKey === key) this.#failedKey = undefined;
      return answer;
    };
    if (asked.answer) {
      this.#latest = Promise.resolve();
      return keep(asked.answer);
    }
    this.#latest = asked.then(
      (answer) => {
        if (this.#index !== index) return;
        keep(answer);
        if (this.#pending === key) this.#resultsIn();
      },
      (error: unknown) => {
        if (abort.signal.aborted || this.#index !== index) return;
        if (this.#pending === key) this.#pending = undefined;
        this.#abort = undefined;
        this.#failedKey = key;
        const message = `the search index could not be read (${error instanceof Error ? error.message : String(error)}).`;
        if (!this.#warnedSearch.has(message)) warn((index as { url?: string }).url ?? '<qa-search>', message);
        this.#warnedSearch.add(message);
        this.#resultsIn(); // the element says the search failed (not "no match")
      },
    );
    return undefined;
  }

  /** Whether a query asks anything: false only once the index can tell that it holds filler words alone. */
  hasContent(query: string): boolean {
    return !this.ready || this.#index!.hasContent?.(query) !== false;
  }

  /** Whether the last request's answer is still on its way. */
  get busy(): boolean {
    return !this.ready || (this.#pending !== undefined && !this.#answers.has(this.#pending));
  }

  /** Whether the last request's answer could not be had (a sharded index's file failed): not the same as no match. */
  get failed(): boolean {
    return this.ready && this.#failedKey !== undefined && this.#failedKey === this.#lastKey;
  }

  /** Settles once the last request's answer is in (or could not be had). */
  async idle(): Promise<void> {
    await this.#done;
    await this.#latest;
  }

  #resultsIn() {
    this.revision++;
    this.#host.requestUpdate();
  }

  #load(): Promise<void> {
    const feed = this.#feed();
    if (!feed || this.ready) return Promise.resolve();
    if (this.#loading !== feed) {
      this.#loading = feed;
      this.#done = this.build(feed)
        .then(
          (index) => {
            if (this.#loading !== feed) return;
            this.#abort?.abort();
            this.#abort = this.#pending = this.#lastKey = this.#failedKey = undefined;
            this.#answers.clear();
            this.#last = NO_RESULTS;
            [this.#index, this.#indexFeed] = [index, feed];
          },
          (error: unknown) => {
            if (this.#loading !== feed) return;
            if (!this.#warned) warn('<qa-search>', `could not prepare the search: ${String(error)}`);
            this.#warned = true;
            this.error = error;
            this.#loading = undefined;
          },
        )
        .then(() => this.#host.requestUpdate());
    }
    return this.#done;
  }
}
