import type { ReactiveControllerHost } from 'lit';
import { warn } from '../feed/load.js';
import { questionFromItsFile } from '../feed/paged-index.js';
import type { Feed, Question } from '../feed/types.js';
import { pagedList, type PagedList, type TitlesSource } from './paged-list.js';
import type { TitlesHold } from '../search/kept-titles.js';

/** What `questionsToShow` asks of a partial index's list. */
export interface PagedLister {
  /** The first `limit` questions of the browse list in the categories `ids` (none: all), as far as they are loaded. */
  list(ids: readonly string[], limit: number): PagedList;
  /** A question by id: listed by the index, or (once loaded) from its own file; undefined meanwhile. */
  find(id: string): Question | undefined;
}

/**
 * The browse list of a large split feed's partial index (`paged`): the index's
 * own first questions, then the rest from the sharded index's titles files
 * (`ShardedIndex`, shared with the search, so each file loads once), fetched
 * only when the list reaches them ("Show more", a category). A question opened
 * by id that the index does not list is read from its own file. Each answer in
 * asks the host to update (`revision` changes); `busy` until the list asked for
 * is in. A failure gives one warning; the list keeps what it has, and the next
 * request tries again.
 */
export class PagedListController implements PagedLister {
  /** Changes whenever lists already returned may have grown. */
  revision = 0;
  readonly #host: ReactiveControllerHost;
  readonly #feed: () => Feed | undefined;
  /** The titles source of the feed's sharded index (by manifest URL), once open. */
  #source?: { url: string; index: TitlesSource & { holdTitles(docs: number[]): TitlesHold } };
  /** The questions past the index's first the list last shown reads, held so that searches do not let them go; and for which request. */
  #held?: { request: string; titles: TitlesHold };
  #opening?: string;
  /** Loads under way (opening the source, titles files, question files). */
  #pending = new Set<Promise<unknown>>();
  /** The last request that failed, not tried again until another comes. */
  #failed?: string;
  /** Questions read from their own files (null: not there, or could not be read). */
  #found = new Map<string, Question | null>();

  constructor(host: ReactiveControllerHost, feed: () => Feed | undefined) {
    this.#host = host;
    this.#feed = feed;
  }

  /** The list last asked for. */
  #lastRequest?: string;

  /** Whether the list last asked for could not be loaded (its titles files failed): it stops short of its count. */
  get failed(): boolean {
    return this.#failed !== undefined && this.#failed === this.#lastRequest;
  }

  /** Whether anything asked for is still loading. */
  get busy(): boolean {
    return this.#pending.size > 0;
  }

  /** Settles once everything asked for so far is in (or failed). */
  async idle(): Promise<void> {
    while (this.#pending.size) await Promise.allSettled([...this.#pending]);
  }

  list(ids: readonly string[], limit: number): PagedList {
    const feed = this.#feed()!;
    const url = feed.searchIndexUrl!;
    const source = this.#source?.url === url ? this.#source.index : undefined;
    const list = pagedList(feed, ids, limit, source);
    const request = JSON.stringify([url, ids, limit]);
    this.#lastRequest = request;
    if (this.#failed === request) return list;
    this.#failed = undefined;
    if (list.needsSource && this.#opening !== url) this.#open(url, request);
    else if (source && (list.missing.length || this.#held?.request !== request)) {
      // The new hold first, then the old one let go: files in both stay.
      const titles = source.holdTitles(list.docs);
      this.releaseTitles();
      this.#held = { request, titles };
      if (list.missing.length) this.#track(titles.loaded, request);
    }
    return list;
  }

  /** Lets the questions the list holds go (the element left the page). */
  releaseTitles(): void {
    this.#held?.titles.release();
    this.#held = undefined;
  }

  find(id: string): Question | undefined {
    const feed = this.#feed()!;
    const listed = feed.questionsById.get(id);
    if (listed || !feed.paged) return listed;
    const key = `${feed.paged.indexUrl} ${id}`;
    if (!this.#found.has(key)) {
      this.#found.set(key, null);
      // A file that cannot be read was warned about by the loader: the question is not listed.
      this.#track(questionFromItsFile(feed, id).then((question) => void this.#found.set(key, question ?? null), () => undefined));
    }
    return this.#found.get(key) ?? undefined;
  }

  #open(url: string, request: string) {
    this.#opening = url;
    this.#track(
      import('../search/sharded-index.js')
        .then(({ shardedIndexFor }) => shardedIndexFor(url, this.#feed()?.questions))
        .then((index) => void (this.#source = { url, index })),
      request,
    ).finally(() => {
      if (this.#opening === url) this.#opening = undefined;
    });
  }

  /** Keeps a load as pending; once it settles, the host updates (a failure warns once and is not retried for the same request). */
  #track(load: Promise<void>, request = ''): Promise<void> {
    const tracked = load.then(
      () => undefined,
      (error: unknown) => {
        this.#failed = request;
        warn('<qa-search>', `the rest of the list could not be loaded (${error instanceof Error ? error.message : String(error)}).`);
      },
    );
    this.#pending.add(tracked);
    void tracked.then(() => {
      this.#pending.delete(tracked);
      this.revision++;
      this.#host.requestUpdate();
    });
    return tracked;
  }
}
