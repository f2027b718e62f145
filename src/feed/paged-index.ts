/**
 * A large split feed's partial index (`paged`): it lists only the first
 * questions, so a question it does not list is read from its own file, at the
 * fixed path `questions/<id>.json` beside the index.
 */
import { loadFeed } from './load.js';
import type { Feed, Question } from './types.js';
import { isSlug } from './slug.js';

/** Where a question's own file goes, relative to the index. */
export const questionPath = (id: string) => `questions/${id}.json`;


/** The absolute URL of a question's own file, for a partial index and an id that is a slug; undefined otherwise. */
export function questionFileUrl(feed: Feed, id: string): string | undefined {
  if (!feed.paged || !isSlug(id)) return undefined; // only a slug names a question file: nothing else reaches the path
  return new URL(questionPath(id), feed.paged.indexUrl).href;
}

/**
 * A question of a split feed's index, whole, from its own file (loaded and
 * validated as any feed, shared with every element that asks for it), with
 * `feedUrl` set to that file: the file the index names for it, or for a
 * question a partial index does not list, `questions/<id>.json`. Undefined
 * when there is no such file to read, or it does not hold that question.
 * Rejects when the file cannot be loaded.
 */
export async function questionFromItsFile(feed: Feed, id: string): Promise<Question | undefined> {
  // A question the index lists names its file (`feedUrl`); one a partial index does not list is at the fixed path.
  const url = feed.questionsById.get(id)?.feedUrl ?? questionFileUrl(feed, id);
  if (!url) return undefined;
  const question = (await loadFeed(url)).feed.questionsById.get(id);
  return question && { ...question, feedUrl: url };
}
