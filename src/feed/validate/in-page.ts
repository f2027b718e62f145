import type { ValidationResult } from './feed.js';
import { readCleanFeed } from './clean.js';

/**
 * How a page reads a feed (issue 25): the clean reader first (clean.ts, in the core), which
 * builds the feed when the validator would find no problem in it. Anything else (a problem,
 * or a part it does not read) loads the full validator (full.ts, a chunk of its own) to read
 * the feed again, so the warnings and `problems` are word for word those of `validateFeed`
 * (and of the CLI). Throws `FeedFormatError` as `validateFeed` does.
 */
export async function checkFeed(data: unknown, options: { baseUrl?: string } = {}): Promise<ValidationResult> {
  const feed = readCleanFeed(data, options.baseUrl);
  if (feed) return { feed, problems: [] };
  const full = await import('./full.js');
  return full.validateFeed(data, options);
}
