import type { Context } from '@lit/context';
import type { FeedLoadError, LoadedFeed } from './load.js';

/** The state of a feed as every element sees it. */
export type FeedState =
  | { status: 'loading'; source: string }
  | ({ status: 'ready' } & LoadedFeed)
  | { status: 'error'; source: string; error: FeedLoadError };

/**
 * The context through which `<qa-feed>` (and `<qa-search>`) share one feed with the
 * elements inside them (the community protocol, as `@lit/context` implements it;
 * feed-context.ts holds the provider and consumer, a chunk of their own). The key is
 * a string (not a Symbol) so that elements from a second copy of the script still
 * find the provider. (`createContext(key)` is the key itself, typed: written out here
 * so that the core does not need `@lit/context` before a feed is shared.)
 */
export const feedContext = 'fertility-qa-feed/v1' as Context<'fertility-qa-feed/v1', FeedState | undefined>;
