import {
  FEED_FORMAT_VERSION,
  type Answer,
  type Category,
  type Expert,
  type Feed,
  type FeedProblem,
  type Question,
  type Reference,
  type Video,
} from './types.js';
import { isYouTubeId, safeHttpUrl } from './safe-url.js';
import { answerAnchor } from '../shared/deep-link.js';

/** A feed that cannot be read at all (not an object, wrong version, …). */
export class FeedFormatError extends Error {
  constructor(
    message: string,
    /** Machine-readable reason. */
    readonly reason: 'not-object' | 'version' | 'structure',
  ) {
    super(message);
    this.name = 'FeedFormatError';
  }
}

export interface ValidationResult {
  feed: Feed;
  /** Everything that was dropped or repaired, one entry per field. */
  problems: FeedProblem[];
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Device names Windows reserves (any case, with or without an extension): no file can be called that. */
const WINDOWS_DEVICE = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])(?:\.[^.]*)?$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_STRING = 100_000;
const MAX_ID = 100;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A short description of any JSON value for a message. It never walks into a
 * list or object, so a value nested 100,000 deep cannot overflow the stack.
 */
const describe = (value: unknown): string =>
  typeof value === 'string'
    ? JSON.stringify(value.slice(0, 60))
    : Array.isArray(value)
      ? 'a list'
      : value === null
        ? 'null'
        : typeof value === 'object'
          ? 'an object'
          : String(value);

/** Own, enumerable data only: `__proto__` or inherited keys never count as fields. */
const field = (object: Json, key: string): unknown =>
  Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;

/** A real calendar date in YYYY-MM-DD form (2026-02-30 is not). */
const isValidDate = (value: string) => {
  if (!ISO_DATE.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
};

/**
 * Checks an untrusted, already-parsed feed document and returns the parts that
 * are usable. A broken question, answer or expert is dropped and reported; it
 * never stops the rest of the feed from rendering. Throws `FeedFormatError`
 * only when nothing in the document can be trusted (not an object, unknown
 * format version, `questions` not a list). `baseUrl` is the feed's own URL:
 * a split feed's index names its question files relative to it.
 */
export function validateFeed(data: unknown, options: { baseUrl?: string } = {}): ValidationResult {
  const problems: FeedProblem[] = [];
  /** Where a field is: its JSON path, and the question or expert it belongs to. */
  interface Where {
    path: string;
    questionId?: string;
    expertId?: string;
  }
  const report = (where: Where, key: string | undefined, message: string) =>
    problems.push({
      field: key === undefined ? where.path : `${where.path}.${key}`,
      message,
      ...(where.questionId !== undefined && { questionId: where.questionId }),
      ...(where.expertId !== undefined && { expertId: where.expertId }),
    });

  if (!isObject(data)) {
    throw new FeedFormatError('The feed is not a JSON object.', 'not-object');
  }
  const version = field(data, 'version');
  if (version !== FEED_FORMAT_VERSION) {
    throw new FeedFormatError(
      version === undefined
        ? `The feed has no "version"; this widget reads version ${FEED_FORMAT_VERSION}.`
        : `The feed is format version ${describe(version)}; this widget reads version ${FEED_FORMAT_VERSION}.`,
      'version',
    );
  }
  const rawQuestions = field(data, 'questions');
  if (!Array.isArray(rawQuestions)) {
    throw new FeedFormatError('The feed has no "questions" list.', 'structure');
  }
  const kindValue = field(data, 'kind');
  if (kindValue !== undefined && kindValue !== 'index') {
    throw new FeedFormatError(`The feed is of kind ${describe(kindValue)}; this widget reads full feeds and "index" feeds.`, 'structure');
  }
  const isIndex = kindValue === 'index';

  // Field readers. Each reports at most one problem per field. `required` says
  // what is skipped when the field is unusable; without it, the field is ignored.

  /** A string field: trimmed, non-empty and not absurdly long, or undefined. */
  const text = (object: Json, key: string, where: Where, required?: string): string | undefined => {
    const value = field(object, key);
    const consequence = required ?? 'it is ignored.';
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
      if (required) report(where, key, `is missing; ${required}`);
      return undefined;
    }
    if (typeof value !== 'string') {
      report(where, key, `must be a string, not ${Array.isArray(value) ? 'a list' : typeof value}; ${consequence}`);
      return undefined;
    }
    if (value.length > MAX_STRING) {
      report(where, key, `is longer than ${MAX_STRING} characters; ${consequence}`);
      return undefined;
    }
    return value.trim();
  };
  const slug = (object: Json, key: string, where: Where, required?: string): string | undefined => {
    const value = text(object, key, where, required);
    if (value === undefined) return undefined;
    if (value.length > MAX_ID || !SLUG.test(value)) {
      report(where, key, `${JSON.stringify(value.slice(0, 60))} is not a slug (lower-case letters, digits and hyphens); ${required ?? 'it is ignored.'}`);
      return undefined;
    }
    return value;
  };
  const url = (object: Json, key: string, where: Where): string | undefined => {
    const value = text(object, key, where);
    if (value === undefined) return undefined;
    const safe = safeHttpUrl(value);
    if (safe === undefined) report(where, key, 'is not an absolute http(s) URL; it is ignored.');
    return safe;
  };
  /** A video's poster: absolute http(s), or a path relative to the feed (the clinic's own site); not protocol-relative. */
  const posterUrl = (object: Json, where: Where): string | undefined => {
    const value = text(object, 'poster', where);
    if (value === undefined) return undefined;
    let safe: string | undefined;
    try {
      const base = options.baseUrl ?? (typeof document === 'undefined' ? 'https://feed.invalid/' : document.baseURI);
      if (!value.startsWith('//')) safe = safeHttpUrl(new URL(value, base).href);
    } catch {
      // not a URL: reported below
    }
    if (safe === undefined) report(where, 'poster', 'is not an http(s) URL or a path beside the feed; it is ignored.');
    return safe;
  };
  const date = (object: Json, key: string, where: Where): string | undefined => {
    const value = text(object, key, where);
    if (value !== undefined && !isValidDate(value)) {
      report(where, key, `${JSON.stringify(value.slice(0, 40))} is not a date (YYYY-MM-DD); it is ignored.`);
      return undefined;
    }
    return value;
  };

  /**
   * Reads the `id` and `name` every listed entry (category, expert) must have,
   * reporting and skipping an entry without them or with an id already used.
   */
  const namedEntry = (raw: unknown, where: Where, kind: string, seen: Map<string, unknown>) => {
    if (!isObject(raw)) return void report(where, undefined, `is not an object; it is skipped.`);
    const id = slug(raw, 'id', where, `this ${kind} is skipped.`);
    if (id === undefined) return undefined;
    const name = text(raw, 'name', where, `${kind} "${id}" is skipped.`);
    if (name === undefined) return undefined;
    if (seen.has(id)) return void report(where, 'id', `"${id}" is used twice; the later one is skipped.`);
    return { raw, id, name };
  };

  /** A category's `names`: own keys that are language tags, string values; in an object with no prototype. */
  const languageNames = (raw: Json, where: Where): Record<string, string> | undefined => {
    const value = field(raw, 'names');
    if (value === undefined) return undefined;
    if (!isObject(value)) return void report(where, 'names', 'must be an object of names by language tag; it is ignored.');
    const names: Record<string, string> = Object.create(null);
    for (const tag of Object.keys(value)) {
      if (!LANGUAGE_TAG.test(tag)) report(where, `names`, `${JSON.stringify(tag.slice(0, 20))} is not a language tag such as "ar" or "fr-CA"; it is ignored.`);
      else {
        const name = text(value, tag, { ...where, path: `${where.path}.names` });
        if (name) names[tag.toLowerCase()] = name;
      }
    }
    return Object.keys(names).length ? names : undefined;
  };

  // Categories
  const categories = new Map<string, Category>();
  const rawCategories = field(data, 'categories');
  const listsCategories = Array.isArray(rawCategories);
  if (rawCategories !== undefined && !listsCategories) report({ path: 'categories' }, undefined, 'must be a list; it is ignored.');
  (listsCategories ? (rawCategories as unknown[]) : []).forEach((item, index) => {
    const where: Where = { path: `categories[${index}]` };
    const entry = namedEntry(item, where, 'category', categories);
    if (!entry) return;
    const { raw, id, name } = entry;
    const description = text(raw, 'description', where);
    const names = languageNames(raw, where);
    categories.set(id, { id, name, ...(description && { description }), ...(names && { names }) });
  });

  // Experts
  const experts = new Map<string, Expert>();
  const rawExperts = field(data, 'experts');
  if (!Array.isArray(rawExperts) && !isIndex) report({ path: 'experts' }, undefined, 'is missing or not a list; answers cannot name their experts.');
  (Array.isArray(rawExperts) ? rawExperts : []).forEach((item: unknown, index) => {
    const entry = namedEntry(item, { path: `experts[${index}]` }, 'expert', experts);
    if (!entry) return;
    const { raw, id, name } = entry;
    const where: Where = { path: `experts[${index}]`, expertId: id };
    const expert: Expert = { id, name };
    for (const key of ['role', 'credentials', 'organisation', 'registration', 'conflictOfInterest'] as const) {
      const value = text(raw, key, where);
      if (value) expert[key] = value;
    }
    for (const key of ['profileUrl', 'photoUrl'] as const) {
      const value = url(raw, key, where);
      if (value) expert[key] = value;
    }
    experts.set(id, expert);
  });

  // Questions
  const questions: Question[] = [];
  const questionsById = new Map<string, Question>();
  rawQuestions.forEach((raw: unknown, index) => {
    const path = `questions[${index}]`;
    if (!isObject(raw)) return report({ path }, undefined, 'is not an object; it is skipped.');
    const id = slug(raw, 'id', { path }, 'this question is skipped.');
    if (id === undefined) return;
    const where: Where = { path, questionId: id };
    // A question's id names its file in a split feed (`questions/<id>.json`).
    if (WINDOWS_DEVICE.test(id)) return report(where, 'id', `"${id}" is a device name Windows reserves, so a split feed cannot hold its file; this question is skipped.`);
    if (questionsById.has(id)) return report(where, 'id', 'is used by an earlier question; this one is skipped.');
    const title = text(raw, 'title', where, 'this question is skipped.');
    if (title === undefined) return;
    const categoryValue = text(raw, 'category', where, 'this question is skipped.');
    if (categoryValue === undefined) return;
    let category = categories.get(categoryValue);
    if (!category) {
      if (listsCategories) report(where, 'category', `"${categoryValue.slice(0, 60)}" is not in categories; it is shown as written.`);
      category = { id: categoryValue, name: categoryValue };
    }

    const question = isIndex ? readIndexEntry(raw, where, id, title, category) : readAnswers(raw, where, id, title, category);
    if (!question) return;
    const summary = text(raw, 'summary', where);
    const published = date(raw, 'published', where);
    const reviewed = date(raw, 'reviewed', where);
    const questionUrl = url(raw, 'url', where);
    const nextReview = date(raw, 'nextReview', where);
    const urgent = text(raw, 'urgent', where);
    const reviewerId = text(raw, 'reviewedBy', where);
    if (reviewerId !== undefined) {
      const reviewer = experts.get(reviewerId);
      if (reviewer) question.reviewedBy = reviewer;
      else report(where, 'reviewedBy', `"${reviewerId.slice(0, 60)}" is not in experts; it is ignored.`);
    }
    if (nextReview) question.nextReview = nextReview;
    if (urgent) question.urgent = urgent;
    question.references = readReferences(field(raw, 'references'), where);
    if (summary) question.summary = summary;
    if (published) question.published = published;
    if (reviewed) question.reviewed = reviewed;
    if (questionUrl) question.url = questionUrl;
    const tags = field(raw, 'tags');
    if (Array.isArray(tags)) {
      question.tags = tags.filter((tag): tag is string => typeof tag === 'string' && tag.trim() !== '' && tag.length <= 200);
      if (question.tags.length !== tags.length) report(where, 'tags', 'holds entries that are not short strings; they are ignored.');
    } else if (tags !== undefined) {
      report(where, 'tags', 'must be a list of strings; it is ignored.');
    }
    questions.push(question);
    questionsById.set(id, question);
  });

  /** A full feed's question: its answers, each with its expert resolved. */
  function readAnswers(raw: Json, where: Where, id: string, title: string, category: Category): Question | undefined {
    const path = where.path;
    const answers: Answer[] = [];
    /** How many answers each expert already has here: one look-up per answer, never a scan. */
    const perExpert = new Map<Expert, number>();
    const rawAnswers = field(raw, 'answers');
    if (!Array.isArray(rawAnswers)) return void report(where, 'answers', 'is missing or not a list; this question is skipped.');
    rawAnswers.forEach((rawAnswer: unknown, answerIndex) => {
      const answerWhere: Where = { path: `${path}.answers[${answerIndex}]`, questionId: id };
      if (!isObject(rawAnswer)) return report(answerWhere, undefined, 'is not an object; this answer is skipped.');
      const expertId = text(rawAnswer, 'expert', answerWhere, 'this answer is skipped.');
      if (expertId === undefined) return;
      const expert = experts.get(expertId);
      if (!expert) return report(answerWhere, 'expert', `"${expertId.slice(0, 60)}" is not in experts; this answer is skipped.`);
      const answerText = text(rawAnswer, 'text', answerWhere);
      const video = readVideo(field(rawAnswer, 'video'), { path: `${answerWhere.path}.video`, questionId: id });
      if (answerText === undefined && video === undefined) {
        return report(answerWhere, undefined, 'has neither text nor a valid video; this answer is skipped.');
      }
      if (answerText === undefined && video && !video.transcript) {
        report(answerWhere, 'video.transcript', 'is missing, and the answer has no text: readers who cannot watch the video get nothing. Add a transcript or a summary.');
      }
      // Anchor ids: answerAnchor(question, expert); a second answer by the same expert gets `-2`, `-3`…
      const sameExpert = perExpert.get(expert) ?? 0;
      perExpert.set(expert, sameExpert + 1);
      const answer: Answer = { id: `${answerAnchor(id, expert.id)}${sameExpert ? `-${sameExpert + 1}` : ''}`, expert };
      if (answerText !== undefined) answer.text = answerText;
      if (video) answer.video = video;
      answers.push(answer);
    });
    if (answers.length === 0) return void report(where, 'answers', 'has no valid answer; this question is skipped.');
    return {
      id,
      title,
      category,
      tags: [],
      answers,
      answerCount: answers.length,
      expertNames: answers.map((answer) => answer.expert.name),
      references: [],
    };
  }

  /** A split feed's index entry: where the question's own file is, and what search needs. */
  function readIndexEntry(raw: Json, where: Where, id: string, title: string, category: Category): Question | undefined {
    const feedPath = text(raw, 'feed', where, 'this question is skipped.');
    if (feedPath === undefined) return undefined;
    let feedUrl: string | undefined;
    try {
      feedUrl = safeHttpUrl(new URL(feedPath, options.baseUrl ?? document.baseURI).href);
    } catch {
      feedUrl = undefined;
    }
    if (feedUrl === undefined) return void report(where, 'feed', 'is not a relative or http(s) URL; this question is skipped.');
    const count = field(raw, 'answerCount');
    const answerCount = Number.isInteger(count) && (count as number) >= 0 ? (count as number) : 0;
    if (count !== undefined && answerCount !== count) report(where, 'answerCount', 'must be a whole number; it is ignored.');
    const names = field(raw, 'experts');
    const expertNames = Array.isArray(names) ? names.filter((name): name is string => typeof name === 'string' && name.length <= 200) : [];
    const excerpt = text(raw, 'excerpt', where);
    return { id, title, category, tags: [], answers: [], answerCount, expertNames, feedUrl, references: [], ...(excerpt && { excerpt }) };
  }

  /** References: each needs a title; URL, PMID and DOI are checked. Their order is their number. */
  function readReferences(raw: unknown, where: Where): Reference[] {
    if (raw === undefined || raw === null) return [];
    if (!Array.isArray(raw)) {
      report(where, 'references', 'must be a list; it is ignored.');
      return [];
    }
    const references: Reference[] = [];
    raw.forEach((item: unknown, index) => {
      const at: Where = { ...where, path: `${where.path}.references[${index}]` };
      if (!isObject(item)) return report(at, undefined, 'is not an object; this reference is skipped.');
      const title = text(item, 'title', at, 'this reference is skipped, and the numbers after it move up.');
      if (title === undefined) return;
      const reference: Reference = { title };
      const link = url(item, 'url', at);
      const pmid = text(item, 'pmid', at);
      const doi = text(item, 'doi', at);
      if (link) reference.url = link;
      if (pmid !== undefined) {
        if (/^\d{1,9}$/.test(pmid)) reference.pmid = pmid;
        else report(at, 'pmid', 'is not a PubMed id (digits only); it is ignored.');
      }
      if (doi !== undefined) {
        if (/^10\.\d{4,9}\/\S+$/.test(doi)) reference.doi = doi;
        else report(at, 'doi', 'is not a DOI (10.xxxx/…); it is ignored.');
      }
      references.push(reference);
    });
    return references;
  }

  function readVideo(raw: unknown, where: Where): Video | undefined {
    if (raw === undefined || raw === null) return undefined;
    if (!isObject(raw)) {
      report(where, undefined, 'must be an object with a "youtubeId"; the video is ignored.');
      return undefined;
    }
    const youtubeId = field(raw, 'youtubeId');
    if (!isYouTubeId(youtubeId)) {
      report(where, 'youtubeId', 'is not an 11-character YouTube video id; the video is ignored.');
      return undefined;
    }
    const video: Video = { youtubeId };
    const title = text(raw, 'title', where);
    const transcript = text(raw, 'transcript', where);
    const duration = text(raw, 'duration', where);
    const poster = posterUrl(raw, where);
    if (title) video.title = title;
    if (transcript) video.transcript = transcript;
    if (duration && durationSeconds(duration) === undefined) {
      report(where, 'duration', `${JSON.stringify(duration.slice(0, 40))} is not an ISO 8601 duration such as "PT2M30S"; it is ignored.`);
    } else if (duration) video.duration = duration;
    if (poster && /(^|\.)(youtube|youtube-nocookie|ytimg|ggpht|googleusercontent)\.com$/.test(new URL(poster).hostname)) {
      report(where, 'poster', 'is on a YouTube host: it would tell YouTube about the visit before play is pressed; host the image on your own site. It is ignored.');
    } else if (poster) video.poster = poster;
    return video;
  }

  // Synonyms: a list of groups, each a list of two or more phrases.
  const synonyms: string[][] = [];
  const rawSynonyms = field(data, 'synonyms');
  if (rawSynonyms !== undefined && !Array.isArray(rawSynonyms)) report({ path: 'synonyms' }, undefined, 'must be a list of lists of phrases; it is ignored.');
  (Array.isArray(rawSynonyms) ? rawSynonyms : []).forEach((group: unknown, index) => {
    const phrases = Array.isArray(group)
      ? group.filter((phrase): phrase is string => typeof phrase === 'string' && phrase.trim() !== '' && phrase.length <= 200)
      : [];
    if (phrases.length < 2 || phrases.length !== (group as unknown[]).length) {
      return report({ path: `synonyms[${index}]` }, undefined, 'must be a list of two or more short phrases; it is ignored.');
    }
    synonyms.push(phrases.map((phrase) => phrase.trim()));
  });

  // Featured: question ids to list first.
  const featured: string[] = [];
  const rawFeatured = field(data, 'featured');
  if (rawFeatured !== undefined && !Array.isArray(rawFeatured)) report({ path: 'featured' }, undefined, 'must be a list of question ids; it is ignored.');
  (Array.isArray(rawFeatured) ? rawFeatured : []).forEach((id: unknown, index) => {
    if (typeof id === 'string' && questionsById.has(id)) featured.push(id);
    else report({ path: `featured[${index}]` }, undefined, `${describe(id)} is not a question in this feed; it is ignored.`);
  });

  const feed: Feed = {
    version: FEED_FORMAT_VERSION,
    kind: isIndex ? 'index' : 'full',
    categories: [...categories.values()],
    synonyms,
    featured,
    experts,
    questions,
    questionsById,
  };
  const title = text(data, 'title', { path: '$' });
  const language = text(data, 'language', { path: '$' });
  if (title) feed.title = title;
  if (language) feed.language = language;
  const layTerms = field(data, 'layTerms');
  if (layTerms === true) feed.layTerms = true;
  else if (layTerms !== undefined && layTerms !== false) report({ path: 'layTerms' }, undefined, 'must be true or false; it is ignored.');
  return { feed, problems };
}

/** An ISO 8601 duration of a video ("PT3M20S") in seconds, or undefined. */
export function durationSeconds(value: string | undefined): number | undefined {
  const match = value?.match(/^PT(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$/);
  return match ? Number(match[1] ?? 0) * 3600 + Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0) : undefined;
}

const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;

/** A category's name in a language (`names` by exact tag, then primary language), else its `name`. */
export function categoryName(category: { name: string; names?: Record<string, string> }, language: string): string {
  const tag = language.toLowerCase();
  const { names } = category;
  if (!names) return category.name;
  for (const key of [tag, tag.split('-')[0]!]) if (Object.hasOwn(names, key)) return names[key]!;
  return category.name;
}
