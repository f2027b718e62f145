import { createContext } from '@lit/context';
import type { FeedLoadError, LoadedFeed } from './load.js';

/** The state of a feed as every element sees it. */
export type FeedState =
  | { status: 'loading'; source: string }
  | ({ status: 'ready' } & LoadedFeed)
  | { status: 'error'; source: string; error: FeedLoadError };

/**
 * The context through which `<qa-feed>` shares one feed with the elements inside
 * it. The key is a string (not a Symbol) so that elements from a second copy of
 * the script still find the provider.
 */
export const feedContext = createContext<FeedState | undefined>('fertility-qa-feed/v1');
