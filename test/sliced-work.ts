import type { Feed } from '../src/feed/types.js';
import { slicedWork, type SearchIndex } from '../src/search/search-index.js';

/**
 * How to check that a search index build is cut small, by counting instead of
 * timing (issue 27): each loop of the build takes one step per item, and the
 * runner gives the browser the main thread between slices of steps. A loop
 * that stopped yielding takes fewer steps than the feed has items.
 */

/** The words of a feed's titles and answers, as the build reads them (letters and digits). */
export function wordsOfFeed(feed: Feed): number {
  let count = 0;
  for (const question of feed.questions) for (const text of [question.title, ...question.answers.map((answer) => answer.text ?? '')]) count += text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return count;
}

/**
 * The fewest steps a build of `feed` into `index` may take: every content word indexed
 * (`contentWords`: the feed's words less its stop words), every (stem, question) posting,
 * each stem's weights and relatives, each distinct word's lookups, each synonym group.
 */
export function leastBuildSteps(feed: Feed, index: SearchIndex, contentWords: number): number {
  const { words, stems } = index.pieces();
  const postings = stems.reduce((sum, stem) => sum + stem.docs.length, 0);
  return contentWords + postings + 2 * stems.length + words.length + feed.synonyms.length;
}

/** The steps and yields of the sliced work `work` does. */
export async function countSlicedWork<T>(work: () => Promise<T>): Promise<{ result: T; steps: number; yields: number }> {
  const before = { ...slicedWork };
  const result = await work();
  return { result, steps: slicedWork.steps - before.steps, yields: slicedWork.yields - before.yields };
}
