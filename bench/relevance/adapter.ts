/**
 * The one place the relevance benchmark (bench/relevance/run.mjs) and its
 * regression test (test/relevance.test.ts) touch the search code. When the
 * search's API changes, change this function only: it must take a parsed feed
 * document and return a function from a query to the ids of the questions
 * `<qa-search>` would list, best first.
 */
import { validateFeed } from '../../src/feed/validate.js';
import { searchIndexFor } from '../../src/search/search-index.js';

/** Searches a feed and returns question ids, best first (all matches when `limit` is omitted). */
export type SearchFunction = (query: string, limit?: number) => string[];

/**
 * Builds the search of `<qa-search>` for a feed document, the way the element
 * does: the feed validated, then the shared index of the validated feed.
 */
export async function createOurSearch(feedDocument: unknown): Promise<SearchFunction> {
  const { feed } = validateFeed(feedDocument, { baseUrl: 'http://localhost/feed.json' });
  const index = await searchIndexFor(feed);
  // <qa-search> asks for every match (it shows the count) and lists the first page.
  return (query, limit = Number.MAX_SAFE_INTEGER) =>
    index
      .search(query, { limit: Number.MAX_SAFE_INTEGER })
      .slice(0, limit)
      .map((result) => result.question.id);
}
