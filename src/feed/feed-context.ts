import { ContextConsumer, ContextProvider, ContextRoot } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';
import { feedContext } from './feed-state.js';

/**
 * `@lit/context`'s provider and consumer for a shared feed (`<qa-feed>`, `<qa-search>`):
 * a chunk of its own, loaded only where a feed is shared, so that a question with its
 * own `src` never waits for it. Both sides load it, in either order, so a request made
 * before its provider is there waits at the document's root (`ContextRoot`) and is
 * answered when the provider arrives.
 */

let rooted = false;
function attachRoot(): void {
  if (rooted) return;
  rooted = true;
  new ContextRoot().attach(document.documentElement);
}

type Host = ReactiveControllerHost & HTMLElement;

/** Subscribes `host` to the feed of the nearest provider around it; `changed` runs on each new value. */
export function consumeFeed(host: Host, changed: () => void): ContextConsumer<typeof feedContext, Host> {
  attachRoot();
  return new ContextConsumer(host, { context: feedContext, subscribe: true, callback: changed });
}

/** Makes `host` the provider of a feed for the elements inside it. */
export function provideFeed(host: Host): ContextProvider<typeof feedContext, Host> {
  attachRoot();
  return new ContextProvider(host, { context: feedContext });
}
