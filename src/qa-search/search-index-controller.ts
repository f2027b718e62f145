import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { warn } from '../feed/load.js';
import type { Feed } from '../feed/types.js';
import type { FeedSearch, SearchAnswers, SearchOptions, SearchResults } from '../search/search-index.js';
import type { Searcher } from './questions-to-show.js';

export type { FeedSearch };

/** The search code arrives in its own chunk, loaded once per page (again after a failure). */
let searchModule: Promise<typeof import('../search/search-index.js')> | undefined;
const searchCode = () =>
  (searchModule ??= import('../search/search-index.js').catch((error: unknown) => {
    searchModule = undefined;
    throw error;
  }));
const buildIndex = (feed: Feed) => searchCode().then(({ searchIndexFor }) => searchIndexFor(feed));

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
 * and `search()` here answers the element synchronously through
 * `SearchAnswers` (which comes with the search code): the answer when the
 * index has it (a single-file index's comes at once), else the previous one
 * while `busy`; once it is in, `revision` changes and the host updates.
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
  #answers?: SearchAnswers;
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
    return !!feed && this.#answers?.feed === feed;
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

  /** How many questions match a query, and the first `limit`, best first: none until `ready`; the previous answer while `busy`. */
  search(query: string, options: SearchOptions = {}): SearchResults {
    return this.ready ? this.#answers!.search(query, options) : NO_RESULTS;
  }

  /** Whether a query asks anything: false only once the index can tell that it holds filler words alone. */
  hasContent(query: string): boolean {
    return !this.ready || this.#answers!.hasContent(query);
  }

  /** Whether the last request's answer is still on its way (a sharded index fetching its pieces). */
  get busy(): boolean {
    return !this.ready || this.#answers!.busy;
  }

  /** Whether the last request's answer could not be had (a sharded index's file failed): not the same as no match. */
  get failed(): boolean {
    return this.ready && this.#answers!.failed;
  }

  /** Settles once the last request's answer is in. */
  async idle(): Promise<void> {
    await this.#done;
    await this.#answers?.idle();
  }

  #load(): Promise<void> {
    const feed = this.#feed();
    if (!feed || this.ready) return Promise.resolve();
    if (this.#loading !== feed) {
      this.#loading = feed;
      this.#done = Promise.all([this.build(feed), searchCode()])
        .then(
          ([index, { SearchAnswers }]) => {
            if (this.#loading !== feed) return;
            this.#answers?.close();
            this.#answers = new SearchAnswers(index, feed, () => {
              this.revision++;
              this.#host.requestUpdate();
            });
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
