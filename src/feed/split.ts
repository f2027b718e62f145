import {
  FEED_FORMAT_VERSION,
  type Feed,
  type FeedCategoryDocument,
  type FeedDocument,
  type FeedIndexQuestionDocument,
  type FeedQuestionDocument,
  type Question,
} from './types.js';
import { plainText } from './plain-text.js';
import { questionPath } from './paged-index.js';

/** The longest excerpt of the answers an index carries per question, in characters. */
export const EXCERPT_LENGTH = 160;

/** Above this many questions, `split` writes a partial index (the first `PARTIAL_INDEX_QUESTIONS` and the featured ones). */
export const PARTIAL_INDEX_ABOVE = 1000;
/** How many of the first questions a partial index lists: a first screen, and a second after "Show more". */
export const PARTIAL_INDEX_QUESTIONS = 50;

/** How many questions `split` lists in the index of a feed of `count` questions by default: all, or the first 50 above 1,000. */
export const defaultIndexQuestions = (count: number) => (count > PARTIAL_INDEX_ABOVE ? PARTIAL_INDEX_QUESTIONS : count);

/** A split feed: the index, and one complete feed per question. */
export interface SplitFeed {
  index: FeedDocument;
  /** Question id → that question's own feed, to be written at `questionPath(id)`. */
  questions: Map<string, FeedDocument>;
}

export { questionPath };

function excerptOf(question: Question): string {
  const text = plainText(question.answers.map((answer) => answer.text ?? '').join('\n')).replace(/\s+/g, ' ');
  if (text.length <= EXCERPT_LENGTH) return text;
  const cut = text.slice(0, EXCERPT_LENGTH);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), EXCERPT_LENGTH - 20))}…`;
}

/** The document form of a validated question, with its answers. */
function questionDocument(question: Question): FeedQuestionDocument {
  return {
    id: question.id,
    title: question.title,
    category: question.category.id,
    ...(question.summary && { summary: question.summary }),
    ...(question.tags.length && { tags: question.tags }),
    ...(question.published && { published: question.published }),
    ...(question.reviewed && { reviewed: question.reviewed }),
    ...(question.url && { url: question.url }),
    ...(question.nextReview && { nextReview: question.nextReview }),
    ...(question.reviewedBy && { reviewedBy: question.reviewedBy.id }),
    ...(question.urgent && { urgent: question.urgent }),
    ...(question.references.length && { references: question.references }),
    answers: question.answers.map((answer) => ({
      expert: answer.expert.id,
      ...(answer.text !== undefined && { text: answer.text }),
      ...(answer.video && { video: answer.video }),
    })),
  };
}

/** A question's entry in a split feed's index and in its search index's titles files: what a list of results shows, with an excerpt of the answers. */
export function indexEntryOf(question: Question): FeedIndexQuestionDocument {
  return {
    id: question.id,
    title: question.title,
    category: question.category.id,
    ...(question.summary && { summary: question.summary }),
    ...(question.tags.length && { tags: question.tags }),
    ...(question.url && { url: question.url }),
    feed: questionPath(question.id),
    answerCount: question.answerCount,
    experts: question.expertNames,
    excerpt: excerptOf(question),
  };
}

/** Each category of the questions with its number of questions, in the order each first appears. */
function categoryCounts(questions: readonly Question[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const question of questions) counts.set(question.category.id, (counts.get(question.category.id) ?? 0) + 1);
  return [...counts];
}

/**
 * Splits a validated full feed into an index (what `<qa-search>` needs) and one
 * small feed per question (what `<fertility-question>` needs). Only what passed
 * validation is written.
 *
 * `indexQuestions` below the number of questions writes a partial index: the
 * first `indexQuestions` questions, then the featured ones further down, and
 * `paged` (how many are the first, and every category's count). It needs the
 * sharded index beside it (`search`), whose titles files list the rest.
 */
export function splitFeed(feed: Feed, { indexQuestions = feed.questions.length }: { indexQuestions?: number } = {}): SplitFeed {
  if (feed.kind !== 'full') throw new Error('Only a full feed can be split; this one is already an index.');
  const listed = new Map(feed.categories.map((category) => [category.id, category]));
  const categoryOf = (question: Question): FeedCategoryDocument[] =>
    listed.has(question.category.id) ? [listed.get(question.category.id)!] : [];
  const head = {
    version: FEED_FORMAT_VERSION,
    ...(feed.title && { title: feed.title }),
    ...(feed.language && { language: feed.language }),
  };

  const questions = new Map<string, FeedDocument>();
  for (const question of feed.questions) {
    const people = [...question.answers.map((answer) => answer.expert), ...(question.reviewedBy ? [question.reviewedBy] : [])];
    const experts = [...new Map(people.map((expert) => [expert.id, expert])).values()];
    questions.set(question.id, {
      ...head,
      ...(categoryOf(question).length && { categories: categoryOf(question) }),
      experts,
      questions: [questionDocument(question)],
    });
  }

  const first = Math.max(0, Math.min(Math.trunc(indexQuestions), feed.questions.length));
  const partial = first < feed.questions.length;
  const leading = feed.questions.slice(0, first);
  const inIndex = partial ? [...new Set([...leading, ...feed.featured.map((id) => feed.questionsById.get(id)!)])] : feed.questions;
  const entries = inIndex.map(indexEntryOf);
  const index: FeedDocument = {
    ...head,
    kind: 'index',
    ...(feed.categories.length && { categories: feed.categories }),
    ...(feed.synonyms.length && { synonyms: feed.synonyms }),
    ...(feed.featured.length && { featured: feed.featured }),
    ...(partial && { paged: { first, categories: categoryCounts(feed.questions) } }),
    experts: [],
    questions: entries,
  };
  return { index, questions };
}
