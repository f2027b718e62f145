import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long typing must pause before the result count is announced and `qa-search` fires. */
export const SETTLE_MS = 600;

/** What a settle reads from `<qa-search>` and what it asks it to do. */
export interface SettleSource {
  /** The query as typed (trimmed) and the chosen category, now. */
  asked(): { query: string; category: string | null };
  /** Waits until the query's results are rendered; false when there is nothing to speak for (no feed yet, the search failed). */
  searched(query: string): Promise<boolean>;
  /** Whether the query holds more than filler words ("is it my"). */
  hasContent(query: string): boolean;
  /** How many questions the list holds. */
  total(): number;
  /** What the live region says for `total` results of `query`. */
  announce(query: string, total: number): string;
  /** Puts the settled query into the address (with `sync-url`). */
  writeAddress(): void;
  /** Fires `qa-search`. */
  fire(detail: { query: string; category: string | null; resultCount: number }): void;
}

/**
 * Once typing pauses: the result count is announced in the live region and `qa-search` fires, once per query and
 * category; the address is updated. A settle overtaken by typing (or another category) says nothing: the next one
 * speaks for what is asked then. The host's `updateComplete` waits for settles under way (`pending`, `done`).
 */
export class SettleController implements ReactiveController {
  /** What the live region says: the result count once typing pauses, or "Preparing search…". */
  announcement = '';
  #timer?: ReturnType<typeof setTimeout>;
  /** The settles under way, once their pause is over. */
  readonly #running = new Set<Promise<void>>();
  /** The query and category last announced (and fired as `qa-search`). */
  #settled?: string;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: SettleSource,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  /** Settles after `delay` ms without another call. */
  schedule(delay = SETTLE_MS): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      const running = this.#settle().finally(() => this.#running.delete(running));
      this.#running.add(running);
    }, delay);
  }

  /** Whether a settle is under way (its pause over). */
  get pending(): boolean {
    return this.#running.size > 0;
  }

  /** Once the settles under way are over. */
  get done(): Promise<unknown> {
    return Promise.all(this.#running);
  }

  /** A query and category shown without being announced (restored from the address): not announced again. */
  remember(query: string, category: string | null): void {
    this.#settled = `${query}|${category}`;
  }

  #say(text: string): void {
    this.announcement = text;
    this.host.requestUpdate();
  }

  async #settle(): Promise<void> {
    const { query, category } = this.source.asked();
    const searched = await this.source.searched(query);
    const now = this.source.asked();
    if (!searched || now.query !== query || now.category !== category) return; // overtaken: the next settle speaks
    this.source.writeAddress();
    if (query && !this.source.hasContent(query)) {
      // Filler words alone: nothing asked yet ("Preparing search…" is over); the list changed, so the next query is announced even if it was the last.
      this.#settled = undefined;
      return this.#say('');
    }
    const key = `${query}|${category}`;
    if (key === this.#settled) return;
    this.#settled = key;
    const total = this.source.total();
    this.#say(this.source.announce(query, total));
    this.source.fire({ query, category, resultCount: total });
  }
}
