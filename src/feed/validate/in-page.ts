import { validateFeed, type ValidationResult } from './feed.js';

/**
 * How a page checks a feed (issue 16): fast first, in detail only when needed.
 *
 * In the built script, `validateFeed` here is a light copy of the validator, the same
 * readers with every problem message left out (vite.config.ts, `lightValidator`):
 * a clean feed, the usual case, is read with it alone. At the first problem, the full
 * validator (its own chunk, `full.ts`) is loaded and reads the feed again, so the
 * warnings and `problems` are word for word those of `validateFeed` (and of the CLI).
 * Outside the built script (tests, the demo server, `dist/lib`) both are the full one.
 * Throws `FeedFormatError` as `validateFeed` does.
 */
export async function checkFeed(data: unknown, options: { baseUrl?: string } = {}): Promise<ValidationResult> {
  const result = validateFeed(data, options);
  if (result.problems.length === 0) return result;
  const full = await import('./full.js');
  return full.validateFeed(data, options);
}
