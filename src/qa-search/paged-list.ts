import type { Feed, Question } from '../feed/types.js';

/** Where the questions a partial index does not list come from: the sharded index's titles files (`ShardedIndex`). */
export interface TitlesSource {
  /** The category of each question, in document order, as runs: [category id, how many in a row]. */
  readonly categoryRuns: ReadonlyArray<readonly [string, number]>;
  /** A document's question: undefined until its titles file has loaded, null when its entry was refused. */
  questionAt(doc: number): Question | null | undefined;
}

/** The start of a partial index's browse list, as far as it is known. */
export interface PagedList {
  /** The first questions of the list, in order (fewer than asked while `missing` or `needsSource`). */
  questions: Question[];
  /** How many questions the list holds in all (from the index's category counts). */
  total: number;
  /** Documents whose titles files must load before the list can go on. */
  missing: number[];
  /** The documents past the index's first the list reads, loaded or not: the titles files it holds (`PagedListController`). */
  docs: number[];
  /** The list goes on past the index's first questions, and the titles source is not open yet. */
  needsSource: boolean;
}

/**
 * The first `limit` questions a partial index (`feed.paged`) lists in the
 * categories `ids` (none: all): the featured ones first, then the rest in the
 * feed's order, as `questionsToShow` lists a full index. The index's own first
 * questions come first; past them, the titles `source` gives each document's
 * question, and the documents not loaded yet are returned as `missing`.
 */
export function pagedList(feed: Feed, ids: readonly string[], limit: number, source?: TitlesSource): PagedList {
  const paged = feed.paged!;
  const wanted = new Set(ids);
  const inIds = (category: string) => wanted.size === 0 || wanted.has(category);
  const total = paged.categories.reduce((sum, [id, count]) => sum + (inIds(id) ? count : 0), 0);
  const featured = new Set(feed.featured);
  const questions = feed.featured.map((id) => feed.questionsById.get(id)!).filter((question) => inIds(question.category.id)).slice(0, limit);
  let seen = 0; // documents of the list met so far, featured or not
  for (const question of feed.questions.slice(0, paged.first)) {
    if (!inIds(question.category.id)) continue;
    seen++;
    if (questions.length < limit && !featured.has(question.id)) questions.push(question);
  }
  const missing: number[] = [];
  const docs: number[] = [];
  if (questions.length >= limit || seen >= total) return { questions, total, missing, docs, needsSource: false };
  if (!source) return { questions, total, missing, docs, needsSource: true };
  // Past the index's first questions: each document from the titles files; the list stops at the first not loaded.
  let slots = questions.length; // questions listed, and places held for documents not loaded yet
  let doc = 0;
  for (const [category, length] of source.categoryRuns) {
    const end = doc + length;
    for (let d = Math.max(doc, paged.first); inIds(category) && d < end && slots < limit; d++) {
      const question = source.questionAt(d);
      docs.push(d);
      if (question === undefined) missing.push(d);
      if (question === null || (question && featured.has(question.id))) continue; // refused, or listed first already
      slots++;
      if (question && !missing.length) questions.push(question);
    }
    if (slots >= limit) break;
    doc = end;
  }
  return { questions, total, missing, docs, needsSource: false };
}
