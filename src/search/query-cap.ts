/**
 * The cap on a search query, from typing or from a link (`?q=`): a query costs
 * work per word, so a pasted essay or a crafted 5,000-word link must not
 * freeze the page. Real questions fit easily.
 */

/** The most characters of a query that are searched (and kept in the field and the URL). */
export const MAX_QUERY_LENGTH = 200;
/** The most words of a query that are searched. */
export const MAX_QUERY_WORDS = 12;

const WORD = /[\p{L}\p{N}]+/gu;

/** The query cut to `MAX_QUERY_LENGTH` characters and `MAX_QUERY_WORDS` words. */
export function capQuery(query: string): string {
  const capped = query.slice(0, MAX_QUERY_LENGTH);
  let words = 0;
  for (const match of capped.matchAll(WORD)) {
    if (++words > MAX_QUERY_WORDS) return capped.slice(0, match.index).trimEnd();
  }
  return capped;
}
