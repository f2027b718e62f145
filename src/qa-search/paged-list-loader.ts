import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { warn } from '../feed/load.js';
import type { Feed } from '../feed/types.js';
import type { PagedListController } from './paged-list-controller.js';

/**
 * Loads the browse list of a large split feed's partial index (`paged`,
 * `PagedListController`) with its chunk, only once the feed turns out to be
 * one: a feed that lists every question, the usual case, never downloads it.
 * `list` is undefined until then; `waiting` while the chunk is on its way. If
 * the chunk cannot load, one warning, and the index is listed as it is.
 */
export class PagedListLoader implements ReactiveController {
  /** The partial index's browse list, once its chunk is in. */
  list?: PagedListController;
  readonly #host: ReactiveControllerHost;
  readonly #feed: () => Feed | undefined;
  #loading = false;
  #failed = false;

  constructor(host: ReactiveControllerHost, feed: () => Feed | undefined) {
    this.#host = host;
    this.#feed = feed;
    host.addController(this);
  }

  /** Whether the feed is a partial index whose list has not loaded yet. */
  get waiting(): boolean {
    return !this.list && !this.#failed && Boolean(this.#feed()?.paged);
  }

  hostDisconnected(): void {
    this.list?.releaseTitles();
  }

  hostUpdate(): void {
    if (!this.waiting || this.#loading) return;
    this.#loading = true;
    import('./paged-list-controller.js')
      .then(
        ({ PagedListController }) => void (this.list = new PagedListController(this.#host, this.#feed)),
        (error: unknown) => {
          this.#failed = true;
          warn('<qa-search>', `the rest of the list could not be loaded (${error instanceof Error ? error.message : String(error)}); the questions the index lists are shown.`);
        },
      )
      .finally(() => {
        this.#loading = false;
        this.#host.requestUpdate();
      });
  }
}
