import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How a staged list renders: how many items come with a keystroke, and how long typing must pause for the rest. */
export interface StagedListOptions {
  first: number;
  restAfterMs: number;
}

/**
 * Renders a list in two steps while the reader types: with each keystroke
 * its first items (what the reader sees under the field, above a desktop's
 * fold or a phone's keyboard), and the rest once typing pauses
 * (`restAfterMs` without a keystroke). Until then the places after the first
 * items keep the items they showed, out of sight on most screens, so the
 * rest updates them rather than making them anew. On the MedQuAD feed, in
 * Chromium with real keystrokes 60 ms apart, a keystroke's layout and paint
 * took about 40% less (see bench/relevance/browser-latency.md). `whole`
 * resolves once the whole list is rendered: the element waits for it in
 * `updateComplete`, so its users (and tests) see one update, as before.
 */
export class StagedListController<T> implements ReactiveController {
  /** How many new items the next update renders (Infinity: all). */
  #limit = Infinity;
  /** What the last update rendered, in order. */
  #rendered: readonly T[] = [];
  /** Whether the last update left part of its list for later; whether it rendered a list at all. */
  #partial = false;
  #listed = false;
  #timer?: ReturnType<typeof setTimeout>;
  #whole = Promise.resolve();
  /** Resolves `whole`, while part of the list waits. */
  #done?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: StagedListOptions,
  ) {
    host.addController(this);
  }

  /** The next update renders the first items only (the reader typed): the rest waits for a pause. */
  stage(): void {
    this.#limit = this.options.first;
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /**
   * What to render of `list` now (called once per update, from `render()`): its first items, at least
   * `atLeast` of them (an opened one stays), then what the following places showed before.
   */
  items(list: readonly T[], atLeast = 0): T[] {
    const fresh = Math.min(list.length, Math.max(this.#limit, atLeast));
    this.#rendered = [...list.slice(0, fresh), ...this.#rendered.slice(fresh, list.length)];
    this.#partial = fresh < list.length;
    this.#listed = true;
    return [...this.#rendered];
  }

  /** Resolves once the whole list is rendered (at once when nothing waits). */
  get whole(): Promise<void> {
    return this.#whole;
  }

  hostUpdate(): void {
    this.#partial = this.#listed = false; // an update that renders no list leaves nothing for later
  }

  hostUpdated(): void {
    if (!this.#listed) this.#rendered = []; // a message took the list's place
    if (!this.#partial) return this.#finish();
    if (!this.#done) this.#whole = new Promise((resolve) => (this.#done = resolve));
    this.#timer ??= setTimeout(() => {
      this.#timer = undefined;
      this.#limit = Infinity;
      this.host.requestUpdate();
    }, this.options.restAfterMs);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#finish();
  }

  #finish(): void {
    this.#limit = Infinity;
    this.#done?.();
    this.#done = undefined;
  }
}
