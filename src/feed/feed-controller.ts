import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FeedState } from './feed-state.js';
import type { consumeFeed } from './feed-context.js';
import { DEFAULT_TIMEOUT_MS, FeedLoadError, loadFeed, readFeedText, warn, type LoadedFeed } from './load.js';

/** What an element that reads a feed offers the controller. */
export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  /** The feed URL, from the element's `src` attribute. */
  src?: string | undefined;
  /** Seconds to wait for the feed before giving up, from the `timeout` attribute. */
  timeout?: number | undefined;
  /** `"session"` keeps the last good copy for the browser tab, from the `cache` attribute. */
  cache?: string | undefined;
}

/** Returns the text of an inline `<script type="application/json">` child, if there is one. */
export function inlineFeedText(element: Element): string | undefined {
  for (const child of element.children) {
    if (child.localName === 'script' && (child as HTMLScriptElement).type === 'application/json') {
      return child.textContent ?? '';
    }
  }
  return undefined;
}

/** The `timeout` attribute (seconds) as milliseconds; anything unusable gives the default. */
function timeoutMs(seconds: number | undefined): number {
  return typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : DEFAULT_TIMEOUT_MS;
}

/**
 * Gives an element its feed: from its own `src`, else from an inline JSON
 * child, else from the nearest `<qa-feed>` provider (through `@lit/context`'s
 * consumer, loaded then with its chunk: `loading` until it is here). Keeps `state` current and
 * asks the host to re-render when it changes. Results of an older request that
 * arrive after a newer one started are dropped. After an `offline` failure it
 * tries again by itself when the browser is back online.
 */
export class FeedController implements ReactiveController {
  /** The feed from the element's own source (src or inline JSON). */
  private ownState?: FeedState;
  private ownKey?: string;
  /** The feed of the nearest provider, once the element has no source of its own. */
  private provided?: ReturnType<typeof consumeFeed>;
  /** While the consumer's chunk loads (the element's `updateComplete` waits for it). */
  providedLoading?: Promise<void>;

  constructor(private readonly host: FeedHost) {
    host.addController(this);
  }

  /** The feed this element shows, or `undefined` when it has no source at all. */
  get state(): FeedState | undefined {
    return this.ownState ?? (this.provided ? this.provided.value : this.providedLoading && { status: 'loading', source: '<qa-feed>' });
  }

  /** Asks the nearest `<qa-feed>` (or `<qa-search>`) for its feed: once, with the consumer's chunk. */
  private consumeProvided(): void {
    this.providedLoading ??= import('./feed-context.js').then(
      ({ consumeFeed }) => {
        this.provided = consumeFeed(this.host, () => this.host.requestUpdate());
        this.host.requestUpdate();
      },
      (error: unknown) => {
        warn(`<${this.host.localName}>`, `could not ask a <qa-feed> around it for its feed (${error}).`);
        this.providedLoading = undefined;
        this.host.requestUpdate();
      },
    );
  }

  hostConnected(): void {
    this.sync();
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.onOnline);
  }

  /** Call from the host's `willUpdate`: starts a load when the source changed. */
  sync(): void {
    const src = this.host.src?.trim();
    if (src) {
      const options = { timeoutMs: timeoutMs(this.host.timeout), ...(this.host.cache === 'session' && { cache: 'session' as const }) };
      this.load(`src:${src}`, src, () => loadFeed(src, options));
      return;
    }
    const inline = inlineFeedText(this.host);
    if (inline !== undefined) {
      this.load(`inline:${inline}`, 'inline JSON', async () => readFeedText(inline, 'inline JSON'));
      return;
    }
    this.ownKey = undefined;
    this.ownState = undefined;
    this.consumeProvided();
  }

  /** Loads the current source again (after an error, for instance). */
  retry(): void {
    this.ownKey = undefined;
    this.sync();
    this.host.requestUpdate();
  }

  private readonly onOnline = () => {
    window.removeEventListener('online', this.onOnline);
    if (this.state?.status === 'error') this.retry();
  };

  private load(key: string, source: string, read: () => Promise<LoadedFeed>): void {
    if (key === this.ownKey) return;
    this.ownKey = key;
    this.ownState = { status: 'loading', source };
    read().then(
      (loaded) => this.settle(key, { status: 'ready', ...loaded }),
      (error: unknown) => {
        const loadError = error instanceof FeedLoadError ? error : new FeedLoadError('format', String(error));
        if (loadError.reason === 'offline') window.addEventListener('online', this.onOnline);
        this.settle(key, { status: 'error', source, error: loadError });
      },
    );
  }

  private settle(key: string, state: FeedState): void {
    if (key !== this.ownKey) return;
    this.ownState = state;
    this.host.requestUpdate();
  }
}
