/**
 * Types for the fertility-qa feed.
 *
 * Two shapes live here:
 * - `Feed*Document` types describe the JSON a clinic publishes (format version 1,
 *   documented in docs/feed.md and schema/feed.schema.json). Everything in them is
 *   untrusted input until `validateFeed` has checked it.
 * - `Feed`, `Question`, `Answer`, `Expert` are what validation returns: checked,
 *   normalised, with each answer's expert resolved. Elements only ever see these.
 */

/** The feed format version this library reads. */
export const FEED_FORMAT_VERSION = 1;

/** An expert as written in the feed's `experts` list. */
export interface FeedExpertDocument {
  /** Stable id, referenced by answers. Slug: lower-case letters, digits, hyphens. */
  id: string;
  /** Display name, e.g. "Dr Sam Example". Required. */
  name: string;
  /** Role, e.g. "Consultant gynaecologist". */
  role?: string;
  /** Credentials, e.g. "MD, FRCOG". */
  credentials?: string;
  /** Clinic or organisation. */
  organisation?: string;
  /** Profile page (http or https only). */
  profileUrl?: string;
  /** Photo (http or https only). Loaded lazily, without a referrer. */
  photoUrl?: string;
  /**
   * Professional registration, e.g. "GMC 1234567" or "Registered with the
   * Nursing and Midwifery Council". Shown with the credentials.
   */
  registration?: string;
  /** A conflict-of-interest statement, shown under the expert's details when given. */
  conflictOfInterest?: string;
}

/** A video in an answer. */
export interface FeedVideoDocument {
  /** The 11-character YouTube video id (not a URL). */
  youtubeId: string;
  /** A short title of the video, shown on it and used in its accessible name. */
  title?: string;
  /** Its length as an ISO 8601 duration, e.g. "PT2M30S": shown on the video as "2:30". */
  duration?: string;
  /**
   * A still from the video on the clinic's own site (http or https), shown before
   * the reader presses play. Images from YouTube's hosts are refused: they would tell
   * YouTube about the visit before the press.
   */
  poster?: string;
  /** A transcript (or, failing that, a summary) of what is said: the text alternative. Same markup as answer text. */
  transcript?: string;
}

/** One expert's answer to a question. */
export interface FeedAnswerDocument {
  /** The `id` of an expert in the feed's `experts` list. */
  expert: string;
  /** Answer text: plain text with the small safe markup subset of docs/feed.md. */
  text?: string;
  /** A video answer. An answer has `text`, `video`, or both. */
  video?: FeedVideoDocument;
}

/** A question as written in the feed. */
export interface FeedQuestionDocument {
  /** Stable slug, used in links and in the `question` attribute. */
  id: string;
  title: string;
  /** A category id from `categories`, or a category name when the feed lists none. */
  category: string;
  summary?: string;
  tags?: string[];
  /** ISO 8601 date (YYYY-MM-DD) the question was first published. */
  published?: string;
  /** ISO 8601 date (YYYY-MM-DD) the answers were last reviewed. */
  reviewed?: string;
  /** A page of the clinic's own site for this question (http or https). */
  url?: string;
  /** ISO 8601 date (YYYY-MM-DD) by which the answers are due to be reviewed again. */
  nextReview?: string;
  /** The `id` of the expert (in `experts`) who last reviewed the answers. */
  reviewedBy?: string;
  /** A notice shown first and announced to screen readers, e.g. "Seek urgent care if you have heavy bleeding…". */
  urgent?: string;
  /** Sources, shown as a numbered list under the answers; answer text cites them as [1], [2]… */
  references?: FeedReferenceDocument[];
  answers: FeedAnswerDocument[];
}

/** A source behind the answers. */
export interface FeedReferenceDocument {
  title: string;
  /** A link to it (http or https). */
  url?: string;
  /** PubMed id, digits only. */
  pmid?: string;
  /** DOI, e.g. "10.1093/humrep/deab000". */
  doi?: string;
}

/** A category as written in the feed. */
export interface FeedCategoryDocument {
  id: string;
  name: string;
  description?: string;
  /** The name in other languages, by BCP 47 tag, e.g. `{ "ar": "البداية" }`: a widget in that language shows it. */
  names?: Record<string, string>;
}

/**
 * A question as listed in a split feed's index: what search needs, and where
 * the question's own feed file is.
 */
export interface FeedIndexQuestionDocument {
  id: string;
  title: string;
  category: string;
  summary?: string;
  tags?: string[];
  url?: string;
  /** The question's own feed file (a complete feed with this one question), relative to the index. */
  feed: string;
  /** How many experts answered. */
  answerCount: number;
  /** The names of the experts who answered. */
  experts?: string[];
  /** The start of the answers' text, for search. */
  excerpt?: string;
}

/**
 * What a partial index (a large split feed's `index.json`) says about the
 * questions it does not list.
 */
export interface FeedPagedDocument {
  /** How many of the index's `questions` are the feed's first, in order (the rest are featured questions further down). */
  first: number;
  /** Every category of the feed with its number of questions, in the order each first appears: [category id, count]. Their sum is the feed's number of questions. */
  categories: Array<[string, number]>;
}

/** The whole feed document. */
export interface FeedDocument {
  /** Always 1 for this format. */
  version: number;
  /** `"index"` for the index of a split feed (its questions are `FeedIndexQuestionDocument`s); absent for a full feed. */
  kind?: 'index';
  /** Optional: a title for the whole feed, e.g. the clinic's Q&A name. */
  title?: string;
  /** Optional: the feed's language as a BCP 47 tag, e.g. "en-GB". */
  language?: string;
  categories?: FeedCategoryDocument[];
  /**
   * Optional: groups of words or phrases that mean the same to a reader, e.g.
   * `[["IVF", "in vitro fertilisation"], ["NK cells", "natural killer cells"]]`.
   * A search for one also finds the others.
   */
  synonyms?: string[][];
  /** Optional: `true` adds the built-in lay-term synonyms of the feed's language to search ("tubes" → "fallopian tubes"). */
  layTerms?: boolean;
  /** Optional: question ids that `<qa-search>` lists first, before anything is typed. */
  featured?: string[];
  /** A split feed's index only: its sharded search index's manifest, relative to the index (`fertility-qa split` writes `search/manifest.json`). */
  search?: string;
  /**
   * A split feed's index only, with `search`: the index lists only the first
   * questions (and the featured ones); the rest are listed from the sharded
   * index's titles files, and a question is opened from its own file
   * (`questions/<id>.json`).
   */
  paged?: FeedPagedDocument;
  experts: FeedExpertDocument[];
  questions: FeedQuestionDocument[] | FeedIndexQuestionDocument[];
}

/** A validated expert: as in the feed, with only http(s) URLs kept. */
export type Expert = FeedExpertDocument;

/** A validated video: the id is a well-formed YouTube id. */
export type Video = FeedVideoDocument;

/** A validated answer, with its expert resolved. */
export interface Answer {
  /** Stable anchor id: `<question-id>--<expert-id>`. */
  id: string;
  expert: Expert;
  text?: string;
  video?: Video;
}

/** A validated category. */
export type Category = FeedCategoryDocument;

/** A validated question. */
export interface Question {
  id: string;
  title: string;
  category: Category;
  summary?: string;
  tags: string[];
  published?: string;
  reviewed?: string;
  url?: string;
  /** The answers; empty for a question listed in a split feed's index (see `feedUrl`). */
  answers: Answer[];
  /** How many experts answered (`answers.length` in a full feed). */
  answerCount: number;
  /** The names of the experts who answered, in order. */
  expertNames: string[];
  /** In a split feed's index: the start of the answers' text, for search. */
  excerpt?: string;
  /** In a split feed's index: the absolute URL of the question's own feed file. */
  feedUrl?: string;
  nextReview?: string;
  /** The expert who last reviewed the answers. */
  reviewedBy?: Expert;
  urgent?: string;
  references: Reference[];
}

/** A validated reference: URLs checked, PMID and DOI well-formed. */
export type Reference = FeedReferenceDocument;

/** A validated feed: only the parts that passed validation. */
export interface Feed {
  version: number;
  /** `'index'` for the index of a split feed: questions without answers, each with a `feedUrl`. */
  kind: 'full' | 'index';
  title?: string;
  language?: string;
  categories: Category[];
  synonyms: string[][];
  /** The built-in lay-term synonyms are switched on. */
  layTerms?: boolean;
  /** A split feed's index: the absolute URL of its sharded search index's manifest, when it names one. */
  searchIndexUrl?: string;
  /** A partial index (`paged`): the index lists only the first questions; the rest come from the sharded index. */
  paged?: PagedIndex;
  /** Ids of featured questions that are in the feed, in the feed's order of `featured`. */
  featured: string[];
  experts: Map<string, Expert>;
  questions: Question[];
  questionsById: Map<string, Question>;
}

/** A validated `paged`: what a partial index says about the questions it does not list. */
export interface PagedIndex {
  /** How many of `questions` are the feed's first questions, in order (none was dropped by validation). */
  first: number;
  /** Each category id with its number of questions, in the order each first appears. */
  categories: Array<[string, number]>;
  /** How many questions the whole feed holds (the sum of `categories`). */
  total: number;
  /** The index's own URL: question files (`questions/<id>.json`) resolve against it. */
  indexUrl: string;
}

/** One thing wrong with a feed, precise enough to fix: where, which field, what. */
export interface FeedProblem {
  /** The question id, when the problem is inside a question. */
  questionId?: string;
  /** The expert id, when the problem is inside an expert. */
  expertId?: string;
  /** JSON path of the field, e.g. `questions[3].answers[1].expert`. */
  field: string;
  /** What is wrong and what the widget did about it. */
  message: string;
}
