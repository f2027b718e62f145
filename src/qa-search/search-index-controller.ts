import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { warn } from '../feed/load.js';
import type { Feed } from '../feed/types.js';
import type { SearchOptions, SearchResult } from '../search/search-index.js';
import type { Searcher } from './questions-to-show.js';

/**
 * What searches run on: a feed's whole index (`SearchIndex`), or a split
 * feed's sharded one (`ShardedSearch`), whose results arrive once the pieces a
 * query needs are fetched (`busy` until then; `idle()` settles then).
 */
export interface FeedSearch {
  readonly feed: Feed;
  search(query: string, options: SearchOptions & { shown?: number }): SearchResult[];
  readonly busy?: boolean;
  /** Whether a query asks anything (see `SearchIndex.hasContent`); a sharded index does not tell. */
  hasContent?(query: string): boolean;
  /** The last query's results could not be had (a sharded index's file failed). */
  readonly failed?: boolean;
  idle?(): Promise<void>;
}

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
const openShards = (feed: Feed, changed: () => void): Promise<FeedSearch> =>
  import('../search/sharded-index.js')
    .then(({ shardedSearchFor }) => shardedSearchFor(feed, changed))
    .catch((error: unknown) => {
      warn('<qa-search>', `the sharded search index could not be opened (${error instanceof Error ? error.message : String(error)}); searching the index itself.`);
      return buildIndex(feed);
    });

/**
 * The search index of the element's feed, in one place: the search code and
 * index load once the reader shows intent to search (`want()`: focus, input,
 * a `?q=` in the address), and again when the feed changes; until then
 * `ready` is false. Every search goes through `search()`, so an index that
 * fetches its pieces on demand changes this file only. A failure to load
 * stays in `error` until the next `want()`, which tries again; the first
 * gives one console warning.
 */
export class SearchIndexController implements ReactiveController, Searcher {
  /** Why the index could not be made, if it could not. */
  error?: unknown;
  /** Makes a feed's index: by default the search chunk's, shared by every `<qa-search>` on the page, or a split feed's shards. */
  build: (feed: Feed) => Promise<FeedSearch> = (feed) => (feed.searchIndexUrl ? openShards(feed, () => this.#resultsIn()) : buildIndex(feed));
  /** Changes whenever results already returned may have changed (a sharded search's came in). */
  revision = 0;
  readonly #host: ReactiveControllerHost;
  readonly #feed: () => Feed | undefined;
  /** The reader showed intent to search. */
  #wanted = false;
  #index?: FeedSearch;
  /** The feed whose index is being made, and when it is done. */
  #loading?: Feed;
  #done = Promise.resolve();
  /** A failure was warned about (once: the reader's next inputs try again). */
  #warned = false;

  /** `feed` gives the feed to search, once it is ready (and the reader's language with it). */
  constructor(host: ReactiveControllerHost, feed: () => Feed | undefined) {
    this.#host = host;
    this.#feed = feed;
    host.addController(this);
  }

  /** Whether searches answer from the index of the current feed. */
  get ready(): boolean {
    const feed = this.#feed();
    return !!feed && this.#index?.feed === feed;
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

  /** The matches for a query, best first (none until `ready`; a sharded index's previous results while `busy`). */
  search(query: string, options: SearchOptions & { shown?: number }): SearchResult[] {
    return this.ready ? this.#index!.search(query, options) : [];
  }

  /** Whether a query asks anything: false only once the index can tell that it holds filler words alone. */
  hasContent(query: string): boolean {
    return !this.ready || this.#index!.hasContent?.(query) !== false;
  }

  /** Whether the last query's results are still on their way (a sharded index fetching its pieces). */
  get busy(): boolean {
    return !this.ready || Boolean(this.#index!.busy);
  }

  /** Whether the last query's results could not be had (a sharded index's file failed): not the same as no match. */
  get failed(): boolean {
    return this.ready && Boolean(this.#index!.failed);
  }

  /** Settles once the last query's results are in. */
  async idle(): Promise<void> {
    await this.#done;
    await this.#index?.idle?.();
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
            if (this.#loading === feed) this.#index = index;
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
