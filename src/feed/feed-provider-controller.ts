import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FeedState } from './feed-state.js';
import type { provideFeed } from './feed-context.js';

/**
 * Shares a feed with the elements inside the host (`<qa-feed>`, `<qa-search>`):
 * `@lit/context`'s provider, loaded with its chunk (feed-context.ts) when the host
 * first connects. Until then the value waits here; requests made meanwhile wait at
 * the document's root and are answered when the provider arrives.
 */
export class FeedProviderController implements ReactiveController {
  #provider?: ReturnType<typeof provideFeed>;
  #loading = false;
  #value: FeedState | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.#provider || this.#loading) return;
    this.#loading = true;
    import('./feed-context.js').then(
      ({ provideFeed }) => {
        this.#provider = provideFeed(this.host);
        this.#provider.setValue(this.#value);
      },
      (error: unknown) => console.warn(`fertility-qa: <${this.host.localName}> could not share its feed (${error}).`),
    );
  }

  /** The feed to share; the elements inside are told only when it changed. */
  setValue(state: FeedState | undefined): void {
    this.#value = state;
    this.#provider?.setValue(state);
  }
}
