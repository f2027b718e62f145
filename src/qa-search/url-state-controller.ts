import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { warn } from '../feed/load.js';
import { capQuery } from '../search/query-cap.js';
import { decodeFragment, pageOwnsAnchor, questionOfFragment } from '../shared/deep-link.js';

/** What a search shows, as the page's address keeps it. */
export interface UrlState {
  /** `?q=`: the query. */
  query: string;
  /** `?category=`: the chosen category id. */
  category: string | null;
  /**
   * `#question-id`: the opened question. As read from the address: `null` on
   * Back/Forward to a step without a fragment (close it); `undefined` when the
   * address names none otherwise (on connect, or a malformed fragment): keep the element's own.
   */
  question: string | null | undefined;
}

/** Steps of a `burst` closer together than this are one step of the address's history. */
const BURST_MS = 1000;

/** What the reader does inside the element that ends a pending scroll to a question from the address. */
const READER_ACTIONS = ['input', 'keydown', 'pointerdown'] as const;

/** The element: whether it keeps its state in the address (`sync-url`). */
type UrlStateHost = ReactiveControllerHost & HTMLElement & { syncUrl: boolean };

/**
 * Keeps a search's state in the page's address: `?q=`, `?category=` and
 * `#question-id` (or `#question-id--expert-id`, an answer's link, which opens
 * its question; the anchor format is `src/shared/deep-link.ts`'s). With
 * `sync-url`, reads it on connect and on Back/Forward (`popstate`) and hands it
 * to `restore`; `write()` pushes a step the reader can go Back to, or replaces
 * (typing). Everything in the address is untrusted: the query is capped, and
 * a malformed fragment gives one warning and is ignored. A fragment the page
 * owns (`pageOwnsAnchor`: its skip link's `#main`) names no question, and a
 * step to it that keeps `?q=` and `?category=` (the reader followed the page's
 * own link) restores nothing. A question opened from the address (a shared
 * link, Back or Forward) is scrolled to once its result is shown
 * (`resultOf`), unless the reader has done something first (typed, pressed a
 * key, pointed: the page never moves under them); one the reader opens is
 * where they are.
 */
export class UrlStateController implements ReactiveController {
  readonly #host: UrlStateHost;
  readonly #restore: (state: UrlState) => void;
  readonly #resultOf: (question: string) => Element | null | undefined;
  /** The address's query string as last read or written. */
  #search?: string;
  /** A question opened from the address, to scroll to once its result is shown. */
  #reveal?: string;
  /** When the last step of a run (`burst`) was written. */
  #burstAt = -Infinity;

  constructor(host: UrlStateHost, restore: (state: UrlState) => void, resultOf: (question: string) => Element | null | undefined) {
    this.#host = host;
    this.#restore = restore;
    this.#resultOf = resultOf;
    host.addController(this);
  }

  hostUpdated(): void {
    const question = this.#reveal;
    if (question)
      void this.#host.updateComplete.then(() => {
        const result = this.#reveal === question && this.#resultOf(question);
        if (result) result.scrollIntoView({ block: 'start' });
        if (result) this.#reveal = undefined;
      });
  }

  hostConnected(): void {
    this.#read();
    window.addEventListener('popstate', this.#read);
    for (const type of READER_ACTIONS) this.#host.addEventListener(type, this.#forgetReveal);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.#read);
    for (const type of READER_ACTIONS) this.#host.removeEventListener(type, this.#forgetReveal);
  }

  /** The reader acts inside the element: a question restored from the address is no longer scrolled to. */
  readonly #forgetReveal = () => (this.#reveal = undefined);

  /**
   * Puts `state` into the address: `push` for a step, `replace` for typing, `burst` for a step that may come
   * in a run (a closed select changes at each arrow key): the run's first is pushed, the rest replace it.
   */
  write({ query, category, question }: UrlState, mode: 'push' | 'replace' | 'burst'): void {
    if (!this.#host.syncUrl) return;
    this.#reveal = undefined; // the reader has moved on
    if (mode === 'burst') {
      const inRun = performance.now() - this.#burstAt < BURST_MS;
      this.#burstAt = performance.now();
      mode = inRun ? 'replace' : 'push';
    } else if (mode === 'push') this.#burstAt = -Infinity; // another kind of step ends a run
    const url = new URL(location.href);
    query = query.trim();
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    if (category) url.searchParams.set('category', category);
    else url.searchParams.delete('category');
    url.hash = question ? encodeURIComponent(question) : ''; // the anchor is the question's id
    this.#search = url.search;
    if (url.href === location.href) return;
    if (mode === 'push') history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
  }

  readonly #read = (popped?: PopStateEvent) => {
    if (!this.#host.syncUrl) return;
    const url = new URL(location.href);
    const fragment = decodeFragment(url.hash);
    if (fragment === undefined) warn('<qa-search>', 'malformed #fragment in the address, ignored.');
    const pageOwns = Boolean(fragment) && pageOwnsAnchor(fragment!, this.#host);
    if (pageOwns && popped && url.search === this.#search) return;
    this.#search = url.search;
    const question = url.hash ? (!pageOwns && fragment && questionOfFragment(fragment)) || undefined : popped && null;
    this.#reveal = question || undefined;
    this.#restore({ query: capQuery(url.searchParams.get('q') ?? ''), category: url.searchParams.get('category'), question });
  };
}
