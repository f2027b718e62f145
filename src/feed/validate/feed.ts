import { FEED_FORMAT_VERSION, type Category, type Expert, type Feed, type FeedProblem, type Question } from '../types.js';
import { describe, field, FieldReader, type Json } from './field-reader.js';
import { readCategory, readExpert } from './people.js';
import { readQuestion } from './question.js';
import { safeHttpUrl } from '../safe-url.js';
import { readPaged } from './paged.js';

import { readFormat } from './format.js';
import { feedBase, isPhrase, MAX_SEARCH_URL } from './rules.js';

export interface ValidationResult {
  feed: Feed;
  /** Everything that was dropped or repaired, one entry per field. */
  problems: FeedProblem[];
}

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
  const root = new FieldReader(problems, { path: '$' }, options.baseUrl);
  const { json, questions: rawQuestions, isIndex } = readFormat(data);

  const categories = new Map<string, Category>();
  const rawCategories = field(json, 'categories');
  const listsCategories = Array.isArray(rawCategories);
  if (rawCategories !== undefined && !listsCategories) root.at('categories').report(undefined, 'must be a list; it is ignored.');
  (listsCategories ? (rawCategories as unknown[]) : []).forEach((item, index) => {
    const category = readCategory(item, root.at(`categories[${index}]`), categories);
    if (category) categories.set(category.id, category);
  });

  const experts = new Map<string, Expert>();
  const rawExperts = field(json, 'experts');
  if (!Array.isArray(rawExperts) && !isIndex) root.at('experts').report(undefined, 'is missing or not a list; answers cannot name their experts.');
  (Array.isArray(rawExperts) ? rawExperts : []).forEach((item: unknown, index) => {
    const expert = readExpert(item, root.at(`experts[${index}]`), experts);
    if (expert) experts.set(expert.id, expert);
  });

  const questions: Question[] = [];
  const questionsById = new Map<string, Question>();
  /** Each kept question's place in `questions` as written (a partial index's first ones are the feed's first). */
  const places: number[] = [];
  const context = { categories, listsCategories, experts, questionsById, isIndex, unlisted: new Map<string, Category>() };
  rawQuestions.forEach((item: unknown, index) => {
    const question = readQuestion(item, root.at(`questions[${index}]`), context);
    if (!question) return;
    questions.push(question);
    places.push(index);
    questionsById.set(question.id, question);
  });

  const feed: Feed = {
    version: FEED_FORMAT_VERSION,
    kind: isIndex ? 'index' : 'full',
    categories: [...categories.values()],
    synonyms: readSynonyms(json, root),
    featured: readFeatured(json, root, questionsById),
    experts,
    questions,
    questionsById,
  };
  const title = root.text(json, 'title');
  const language = root.text(json, 'language');
  if (title) feed.title = title;
  if (language) feed.language = language;
  const layTerms = field(json, 'layTerms');
  if (layTerms === true) feed.layTerms = true;
  else if (layTerms !== undefined && layTerms !== false) root.at('layTerms').report(undefined, 'must be true or false; it is ignored.');
  const search = isIndex ? field(json, 'search') : undefined;
  if (search !== undefined) {
    let url: string | undefined;
    try {
      url = typeof search === 'string' && search.length <= MAX_SEARCH_URL ? safeHttpUrl(new URL(search, feedBase(options.baseUrl)).href) : undefined;
    } catch {
      url = undefined;
    }
    if (url) feed.searchIndexUrl = url;
    else root.at('search').report(undefined, 'is not a relative or http(s) URL; the index itself is searched.');
  }
  const indexUrl = feed.searchIndexUrl && feedBase(options.baseUrl);
  const paged = isIndex ? readPaged(json, root, rawQuestions.length, (first) => places.filter((place) => place < first).length, indexUrl) : undefined;
  if (paged) feed.paged = paged;
  return { feed, problems };
}

/** Synonyms: a list of groups, each a list of two or more phrases. */
function readSynonyms(data: Json, root: FieldReader): string[][] {
  const synonyms: string[][] = [];
  const raw = field(data, 'synonyms');
  if (raw !== undefined && !Array.isArray(raw)) root.at('synonyms').report(undefined, 'must be a list of lists of phrases; it is ignored.');
  (Array.isArray(raw) ? raw : []).forEach((group: unknown, index) => {
    const phrases = Array.isArray(group)
      ? group.filter((phrase) => isPhrase(phrase))
      : [];
    if (phrases.length < 2 || phrases.length !== (group as unknown[]).length) {
      return root.at(`synonyms[${index}]`).report(undefined, 'must be a list of two or more short phrases; it is ignored.');
    }
    synonyms.push(phrases.map((phrase) => phrase.trim()));
  });
  return synonyms;
}

/** Featured: question ids to list first. */
function readFeatured(data: Json, root: FieldReader, questionsById: Map<string, Question>): string[] {
  const featured: string[] = [];
  const raw = field(data, 'featured');
  if (raw !== undefined && !Array.isArray(raw)) root.at('featured').report(undefined, 'must be a list of question ids; it is ignored.');
  (Array.isArray(raw) ? raw : []).forEach((id: unknown, index) => {
    if (typeof id === 'string' && questionsById.has(id)) featured.push(id);
    else root.at(`featured[${index}]`).report(undefined, `${describe(id)} is not a question in this feed; it is ignored.`);
  });
  return featured;
}
