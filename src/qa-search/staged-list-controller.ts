import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How a staged list renders: how many items come with a keystroke, how long typing must pause for the rest, and what tells items apart. */
export interface StagedListOptions<T> {
  first: number;
  restAfterMs: number;
  key: (item: T) => unknown;
}

/** An item to render, and whether it is one the place showed before, kept until the rest of the list renders. */
export interface StagedItem<T> {
  item: T;
  kept: boolean;
}

/**
 * Renders a list in two steps while the reader types: with each keystroke
 * its first items (what the reader sees under the field, above a desktop's
 * fold or a phone's keyboard), and the rest once typing pauses
 * (`restAfterMs` without a keystroke). Until then the places after the first
 * items keep the items they showed (`kept`: the element makes them inert, out
 * of reach of clicks, keys and screen readers), out of sight on most screens,
 * so the rest updates them rather than making them anew; an item among the
 * new first ones is not kept twice. On the MedQuAD feed, in Chromium with
 * real keystrokes 60 or 200 ms apart, a keystroke's layout took 40-50% less
 * (see bench/relevance/browser-latency.md). `whole` resolves once the
 * whole list is rendered: the element waits for it in `updateComplete`, so
 * its users (and tests) see one update, as before.
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
    private readonly options: StagedListOptions<T>,
  ) {
    host.addController(this);
  }

  /** The reader typed: the next update renders the first items only, and the rest waits for a pause. */
  stage(): void {
    this.#limit = this.options.first;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.host.requestUpdate(); // a keystroke that changes nothing still puts the rest off, and brings it back
  }

  /** The next update, which this asks for, renders the whole list (the reader went to the list, cleared the field, chose a category, asked for more). */
  renderWhole(): void {
    this.#limit = Infinity;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.host.requestUpdate();
  }

  /**
   * What to render of `list` now (called once per update, from `render()`): its first items, at least
   * `atLeast` of them (an opened one stays), then what the following places showed before.
   */
  items(list: readonly T[], atLeast = 0): Array<StagedItem<T>> {
    const { key } = this.options;
    const fresh = list.slice(0, Math.min(list.length, Math.max(this.#limit, atLeast)));
    const shown = new Set(fresh.map(key));
    const kept = this.#rendered.slice(fresh.length, list.length).filter((item) => !shown.has(key(item)));
    this.#rendered = [...fresh, ...kept];
    this.#partial = fresh.length < list.length;
    this.#listed = true;
    return [...fresh.map((item) => ({ item, kept: false })), ...kept.map((item) => ({ item, kept: true }))];
  }

  /** Resolves once the whole list is rendered (at once when nothing waits). */
  get whole(): Promise<void> {
    return this.#whole;
  }

  hostConnected(): void {
    if (this.#partial) this.host.requestUpdate(); // disconnected before the rest rendered: render it now
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
