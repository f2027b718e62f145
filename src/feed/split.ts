import {
  FEED_FORMAT_VERSION,
  type Feed,
  type FeedDocument,
  type FeedIndexQuestionDocument,
  type FeedQuestionDocument,
  type Question,
  type Category,
} from './types.js';
import { firstTextAnswers, plainText } from './plain-text.js';
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

/** How many answers an excerpt reads at most: never all of a question with thousands. */
export const EXCERPT_ANSWERS = 3;
/** How much of each answer's text an excerpt reads, in characters: never the whole of a long answer. */
export const EXCERPT_SOURCE_LENGTH = 2_000;

/** The start of the answers' plain text, from a bounded prefix of a bounded number of answers (the work is the same for 100,000-character answers). */
function excerptOf(question: Question): string {
  let text = '';
  for (const answer of firstTextAnswers(question.answers, EXCERPT_ANSWERS)) {
    text = `${text} ${plainText((answer.text ?? '').slice(0, EXCERPT_SOURCE_LENGTH))}`.replace(/\s+/g, ' ').trim();
    if (text.length > EXCERPT_LENGTH) break;
  }
  if (text.length <= EXCERPT_LENGTH) return text;
  const cut = text.slice(0, EXCERPT_LENGTH);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), EXCERPT_LENGTH - 20))}…`;
}

/**
 * `url` relative to the document at `from` when both are on one origin (`../poster.svg`),
 * otherwise `url` itself. Never a form a browser reads as another host or scheme
 * (`//host`, `/path`, `a:b`): those get `./` before them.
 */
export function relativeUrl(url: string, from: string): string {
  const target = new URL(url);
  const base = new URL(from);
  if (target.origin !== base.origin) return url;
  const to = target.pathname.split('/');
  const folders = base.pathname.split('/').slice(0, -1);
  let common = 0;
  while (common < folders.length && common < to.length - 1 && folders[common] === to[common]) common++;
  const path = '../'.repeat(folders.length - common) + to.slice(common).join('/');
  return `${path === '' || /^(\/|[^/]*:)/.test(path) ? `./${path}` : path}${target.search}${target.hash}`;
}

/** The document form of a validated question, with its answers; `address` writes each URL a feed may give relative (a video's poster). */
function questionDocument(question: Question, address: (url: string) => string = (url) => url): FeedQuestionDocument {
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
      ...(answer.video && { video: answer.video.poster ? { ...answer.video, poster: address(answer.video.poster) } : answer.video }),
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

/** Options for {@link questionFeed} and {@link splitFeed}. */
export interface SplitOptions {
  /**
   * The feed's own URL, as it was validated: addresses on its origin (a relative
   * poster, resolved by validation) are written relative to each question's file,
   * so they stay relative, and right, wherever the split feed is published.
   */
  feedUrl?: string;
}

const categoriesOf = new WeakMap<Feed, Map<string, Category>>();
/** The feed's listed categories by id, made once per feed. */
function listedCategories(feed: Feed): Map<string, Category> {
  let byId = categoriesOf.get(feed);
  if (!byId) categoriesOf.set(feed, (byId = new Map(feed.categories.map((category) => [category.id, category]))));
  return byId;
}

/**
 * One question's own feed, to be written at `questionPath(question.id)`: the
 * question, only the experts its answers and review name, and its category
 * without the description (no question shows it). Nothing else of the feed is
 * copied, so the file grows with the question, not with the feed.
 */
export function questionFeed(feed: Feed, question: Question, { feedUrl }: SplitOptions = {}): FeedDocument {
  const people = [...question.answers.map((answer) => answer.expert), ...(question.reviewedBy ? [question.reviewedBy] : [])];
  const experts = [...new Map(people.map((expert) => [expert.id, expert])).values()];
  const category = listedCategories(feed).get(question.category.id);
  const file = feedUrl && new URL(questionPath(question.id), feedUrl).href;
  return {
    version: FEED_FORMAT_VERSION,
    ...(feed.language && { language: feed.language }),
    ...(category && { categories: [{ id: category.id, name: category.name, ...(category.names && { names: category.names }) }] }),
    experts,
    questions: [questionDocument(question, file ? (url) => relativeUrl(url, file) : undefined)],
  };
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
export function splitFeed(feed: Feed, { indexQuestions = feed.questions.length, ...options }: { indexQuestions?: number } & SplitOptions = {}): SplitFeed {
  if (feed.kind !== 'full') throw new Error('Only a full feed can be split; this one is already an index.');
  const head = {
    version: FEED_FORMAT_VERSION,
    ...(feed.title && { title: feed.title }),
    ...(feed.language && { language: feed.language }),
  };

  const questions = new Map(feed.questions.map((question) => [question.id, questionFeed(feed, question, options)]));

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
