import { FEED_FORMAT_VERSION, type Answer, type Category, type Expert, type Feed, type PagedIndex, type Question, type Reference, type Video } from '../types.js';
import { isYouTubeId, safeHttpUrl } from '../safe-url.js';
import { imageHostProblem } from '../image-host.js';
import { durationSeconds } from '../duration.js';
import { isSlug } from '../slug.js';
import { answerAnchor } from '../../shared/deep-link.js';
import { readFormat } from './format.js';
import { DOI, feedBase, field, isAbsent, isCount, isObject, isPhrase, isValidDate, LANGUAGE_TAG, MAX_LONG, MAX_QUESTIONS, MAX_SEARCH_URL, MAX_SHORT, PMID, WINDOWS_DEVICE, type Json } from './rules.js';

/**
 * The clean reader: the page's first reading of a feed, in the core. It builds the same
 * `Feed` as `validateFeed` (feed.ts) for a feed in which the validator finds no problem,
 * and gives up (undefined) at anything the validator would report: the page then loads
 * the full validator (its own chunk), whose warnings are those of the CLI, word for word.
 *
 * Both readers apply the rules in rules.ts; each field's reading here follows the
 * validator's reader of the same name. test/clean-feed.test.ts fuzzes feeds (seeded)
 * and holds them to it: every feed this reader accepts, the validator reads with no
 * problem into a deep-equal `Feed`; every feed with a problem, this reader declines; a
 * feed that cannot be read at all, both refuse with the same `FeedFormatError` (readFormat,
 * format.ts, is theirs in common).
 * A change to the format changes both readers, and that test says where they differ.
 */
export function readCleanFeed(data: unknown, baseUrl?: string): Feed | undefined {
  const format = readFormat(data); // a feed that cannot be read at all: FeedFormatError, as the validator throws
  try {
    return readFeed(format, baseUrl);
  } catch {
    return undefined; // something the validator would report: it reads the feed
  }
}

/** Gives up the clean reading. */
const decline = (): never => {
  throw 0;
};

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : decline());
const object = (value: unknown): Json => (isObject(value) ? value : decline());
/** An optional list: [] when absent (`nullable`: also when null). */
const optionalList = (value: unknown, nullable?: boolean): unknown[] => (value === undefined || (nullable && value === null) ? [] : list(value));

/** FieldReader.text: a string field, trimmed; undefined when absent; declines when it is unusable, or absent and `required`. */
function text(raw: Json, key: string, required?: boolean, max = MAX_SHORT): string | undefined {
  const value = field(raw, key);
  if (isAbsent(value)) return required ? decline() : undefined;
  return typeof value === 'string' && value.length <= max ? value.trim() : decline();
}
const prose = (raw: Json, key: string, required?: boolean) => text(raw, key, required, MAX_LONG);
const slug = (raw: Json, key: string) => {
  const value = text(raw, key, true)!;
  return isSlug(value) ? value : decline();
};
const url = (raw: Json, key: string) => {
  const value = prose(raw, key);
  return value === undefined ? value : (safeHttpUrl(value) ?? decline());
};
const date = (raw: Json, key: string) => {
  const value = text(raw, key);
  return value === undefined || isValidDate(value) ? value : decline();
};
/** `new URL(path, base)` as an http(s) address, or a decline. */
const resolved = (path: string, base: string | undefined) => safeHttpUrl(new URL(path, base).href) ?? decline();
/** An image that loads with the page: never from a video host. */
const image = (value: string | undefined) => (value && imageHostProblem(value) ? decline() : value);

/** Copies the fields of `from` that have a value into `to` (the validator's `if (value) x.key = value`). */
function assign<T extends object>(to: T, from: Record<string, unknown>): T {
  for (const key in from) if (from[key]) (to as Record<string, unknown>)[key] = from[key];
  return to;
}

/** A category's or expert's `id` and `name` (people.ts, namedEntry). */
function named(raw: unknown, seen: Map<string, unknown>): [Json, string, string] {
  const entry = object(raw);
  const id = slug(entry, 'id');
  const name = text(entry, 'name', true)!;
  return seen.has(id) ? decline() : [entry, id, name];
}

function readFeed({ json, questions: rawQuestions, isIndex }: ReturnType<typeof readFormat>, baseUrl: string | undefined): Feed {

  const categories = new Map<string, Category>();
  const rawCategories = field(json, 'categories');
  for (const item of optionalList(rawCategories)) {
    const [raw, id, name] = named(item, categories);
    const category: Category = { id, name };
    const names = field(raw, 'names');
    let byLanguage: Record<string, string> | undefined;
    if (names !== undefined) {
      byLanguage = Object.create(null) as Record<string, string>;
      for (const tag of Object.keys(object(names))) {
        const name = LANGUAGE_TAG.test(tag) ? text(names as Json, tag) : decline();
        if (name) byLanguage[tag.toLowerCase()] = name;
      }
    }
    categories.set(id, assign(category, { description: prose(raw, 'description'), names: byLanguage && Object.keys(byLanguage).length && byLanguage }));
  }

  const experts = new Map<string, Expert>();
  const rawExperts = field(json, 'experts');
  for (const item of Array.isArray(rawExperts) || !isIndex ? list(rawExperts) : []) {
    const [raw, id, name] = named(item, experts);
    const expert: Expert = assign(
      { id, name },
      {
        role: text(raw, 'role'),
        credentials: text(raw, 'credentials'),
        organisation: text(raw, 'organisation'),
        registration: text(raw, 'registration'),
        conflictOfInterest: prose(raw, 'conflictOfInterest'),
        profileUrl: url(raw, 'profileUrl'),
        photoUrl: image(url(raw, 'photoUrl')),
      },
    );
    experts.set(id, expert);
  }

  const questionsById = new Map<string, Question>();
  /** Categories the feed does not list, by id (not in the feed's `categories`). */
  const unlisted = new Map<string, Category>();
  const questions = rawQuestions.map((item) => {
    const question = readQuestion(object(item), isIndex, categories, unlisted, rawCategories !== undefined, experts, questionsById, baseUrl);
    questionsById.set(question.id, question);
    return question;
  });

  const synonyms = optionalList(field(json, 'synonyms')).map((group) => {
    const phrases = list(group);
    return phrases.length > 1 && phrases.every((phrase) => isPhrase(phrase)) ? (phrases as string[]).map((phrase) => phrase.trim()) : decline();
  });
  const featured = optionalList(field(json, 'featured')).map((id) => (typeof id === 'string' && questionsById.has(id) ? id : decline()));
  const layTerms = field(json, 'layTerms');
  if (layTerms !== undefined && typeof layTerms !== 'boolean') decline();
  const search = isIndex ? field(json, 'search') : undefined;
  const searchIndexUrl = search === undefined ? search : typeof search === 'string' && search.length <= MAX_SEARCH_URL ? resolved(search, feedBase(baseUrl)) : decline();
  const paged = isIndex ? field(json, 'paged') : undefined;
  return assign(
    { version: FEED_FORMAT_VERSION, kind: isIndex ? 'index' : 'full', categories: [...categories.values()], synonyms, featured, experts, questions, questionsById } as Feed,
    {
      title: text(json, 'title'),
      language: text(json, 'language'),
      layTerms,
      searchIndexUrl,
      paged: paged === undefined ? paged : readPaged(object(paged), rawQuestions.length, searchIndexUrl && feedBase(baseUrl)),
    },
  );
}

/** paged.ts, readPaged: a partial index's first questions and its categories' counts (every question is kept, so `first` stands). */
function readPaged(raw: Json, listed: number, indexUrl: string | undefined): PagedIndex {
  const first = field(raw, 'first');
  const pairs = list(field(raw, 'categories'));
  const seen = new Set<string>();
  let total = 0;
  if (!indexUrl || !isCount(first) || first > listed || pairs.length > MAX_QUESTIONS) decline();
  for (const pair of pairs) {
    const [id, count] = Array.isArray(pair) && pair.length === 2 ? (pair as unknown[]) : [];
    if (typeof id !== 'string' || !id.trim() || id.length > MAX_SHORT || seen.has(id) || !isCount(count) || count < 1) decline();
    seen.add(id as string);
    total += count as number;
  }
  return total < listed - (first as number) || total > MAX_QUESTIONS ? decline() : { first: first as number, categories: pairs as Array<[string, number]>, total, indexUrl: indexUrl! };
}

/** question.ts, readQuestion: a full question with its answers, or a split feed's index entry. */
function readQuestion(
  raw: Json,
  isIndex: boolean,
  categories: Map<string, Category>,
  unlisted: Map<string, Category>,
  listsCategories: boolean,
  experts: Map<string, Expert>,
  questionsById: Map<string, Question>,
  baseUrl: string | undefined,
): Question {
  const id = slug(raw, 'id');
  if (WINDOWS_DEVICE.test(id) || questionsById.has(id)) decline();
  const title = text(raw, 'title', true)!;
  const categoryId = text(raw, 'category', true)!;
  let category = categories.get(categoryId) ?? unlisted.get(categoryId);
  if (!category) {
    // A category the feed does not list: one object for all its questions, as the validator keeps it.
    if (listsCategories) decline();
    category = { id: categoryId, name: categoryId };
    unlisted.set(categoryId, category);
  }
  // Questions are plain literals, as the validator builds them, so they share hidden classes (question.ts).
  let question: Question;
  if (isIndex) {
    const feedUrl = resolved(prose(raw, 'feed', true)!, baseUrl ?? document.baseURI);
    const count = field(raw, 'answerCount');
    if (count !== undefined && !(Number.isInteger(count) && (count as number) >= 0)) decline();
    const names = field(raw, 'experts');
    const excerpt = prose(raw, 'excerpt');
    const expertNames = Array.isArray(names) ? names.filter((name) => isPhrase(name, true)).slice() : [];
    question = { id, title, category, tags: [], answers: [], answerCount: (count as number | undefined) ?? 0, expertNames, feedUrl, references: [] };
    if (excerpt) question.excerpt = excerpt;
  } else {
    const perExpert = new Map<Expert, number>();
    const answers = list(field(raw, 'answers')).map((item) => readAnswer(object(item), id, experts, perExpert, baseUrl));
    if (!answers.length) decline();
    question = { id, title, category, tags: [], answers, answerCount: answers.length, expertNames: answers.map((answer) => answer.expert.name), references: [] };
  }
  const summary = prose(raw, 'summary');
  const published = date(raw, 'published');
  const reviewed = date(raw, 'reviewed');
  const questionUrl = url(raw, 'url');
  const nextReview = date(raw, 'nextReview');
  const urgent = prose(raw, 'urgent');
  const reviewerId = text(raw, 'reviewedBy');
  const references = optionalList(field(raw, 'references'), true).map((item) => {
    const rawReference = object(item);
    const pmid = text(rawReference, 'pmid');
    const doi = text(rawReference, 'doi');
    if ((pmid !== undefined && !PMID.test(pmid)) || (doi !== undefined && !DOI.test(doi))) decline();
    return assign({ title: text(rawReference, 'title', true)! } as Reference, { url: url(rawReference, 'url'), pmid, doi });
  });
  const tags = field(raw, 'tags');
  assign(question, {
    reviewedBy: reviewerId === undefined ? reviewerId : (experts.get(reviewerId) ?? decline()),
    nextReview,
    urgent,
    summary,
    published,
    reviewed,
    url: questionUrl,
    tags: tags === undefined ? tags : list(tags).every((tag) => isPhrase(tag)) ? tags : decline(),
  });
  question.references = references;
  return question;
}

/** question.ts, readAnswer: its expert, and text or a video (with a transcript when there is no text) or both. */
function readAnswer(raw: Json, questionId: string, experts: Map<string, Expert>, perExpert: Map<Expert, number>, baseUrl: string | undefined): Answer {
  const expert = experts.get(text(raw, 'expert', true)!) ?? decline();
  const answerText = prose(raw, 'text');
  const rawVideo = field(raw, 'video');
  const video = rawVideo === undefined || rawVideo === null ? undefined : readVideo(object(rawVideo), baseUrl);
  if (answerText === undefined && !video?.transcript) decline();
  const sameExpert = perExpert.get(expert) ?? 0;
  perExpert.set(expert, sameExpert + 1);
  return assign({ id: `${answerAnchor(questionId, expert.id)}${sameExpert ? `-${sameExpert + 1}` : ''}`, expert } as Answer, { text: answerText, video });
}

/** video.ts, readVideo: a YouTube id, with title, transcript, length and poster. */
function readVideo(raw: Json, baseUrl: string | undefined): Video {
  const youtubeId = field(raw, 'youtubeId');
  const duration = text(raw, 'duration');
  const poster = prose(raw, 'poster');
  return assign({ youtubeId: isYouTubeId(youtubeId) ? youtubeId : decline() } as Video, {
    title: text(raw, 'title'),
    transcript: prose(raw, 'transcript'),
    duration: duration === undefined || durationSeconds(duration) !== undefined ? duration : decline(),
    poster: poster === undefined || poster.startsWith('//') ? (poster && decline()) : image(resolved(poster, baseUrl ?? (typeof document === 'undefined' ? 'https://feed.invalid/' : document.baseURI))),
  });
}
