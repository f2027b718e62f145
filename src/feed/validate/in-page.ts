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
  const full = await import('./full.js').catch((error: unknown) => {
    throw new ValidatorUnavailableError(`the feed has a problem, and its validator (full-*.js, beside fertility-qa.js) could not load: ${error}`);
  });
  return full.validateFeed(data, options);
}

/**
 * The full validator's chunk could not be loaded (offline, a flaky connection, or a site that copied
 * `fertility-qa.js` without the files beside it): a network problem, not the feed's, and trying
 * again may work.
 */
export class ValidatorUnavailableError extends Error {}
