import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { warn } from '../feed/load.js';
import type { Feed } from '../feed/types.js';
import type { SearchIndex, SearchOptions, SearchResult } from '../search/search-index.js';
import type { Searcher } from './questions-to-show.js';

/** The search code arrives in its own chunk, loaded once per page (again after a failure). */
let searchModule: Promise<typeof import('../search/search-index.js')> | undefined;
const buildIndex = (feed: Feed) =>
  (searchModule ??= import('../search/search-index.js').catch((error: unknown) => {
    searchModule = undefined;
    throw error;
  })).then(({ searchIndexFor }) => searchIndexFor(feed));

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
  /** Makes a feed's index: by default the search chunk's, shared by every `<qa-search>` on the page. */
  build: (feed: Feed) => Promise<SearchIndex> = buildIndex;
  readonly #host: ReactiveControllerHost;
  readonly #feed: () => Feed | undefined;
  /** The reader showed intent to search. */
  #wanted = false;
  #index?: SearchIndex;
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

  /** The matches for a query, best first (none until `ready`). */
  search(query: string, options: SearchOptions): SearchResult[] {
    return this.ready ? this.#index!.search(query, options) : [];
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
