import type { Answer, Category, Expert, Question, Reference } from '../types.js';
import { safeHttpUrl } from '../safe-url.js';
import { answerAnchor } from '../../shared/deep-link.js';
import { field, isObject, type FieldReader, type Json } from './field-reader.js';
import { readVideo } from './video.js';
import { DOI, isPhrase, PMID, WINDOWS_DEVICE } from './rules.js';

/** What a question is read against: the feed's lists so far. */
export interface QuestionContext {
  categories: Map<string, Category>;
  /** Whether the feed has a `categories` list (then a question's category must be in it). */
  listsCategories: boolean;
  experts: Map<string, Expert>;
  questionsById: Map<string, Question>;
  isIndex: boolean;
  /** Categories the feed does not list, by id: one object per id, shared by its questions. */
  unlisted: Map<string, Category>;
}

/** One entry of `questions` (a full question, or a split feed's index entry), or undefined (reported). */
export function readQuestion(raw: unknown, at: FieldReader, context: QuestionContext): Question | undefined {
  if (!isObject(raw)) return void at.report(undefined, 'is not an object; it is skipped.');
  const id = at.slug(raw, 'id', 'this question is skipped.');
  if (id === undefined) return undefined;
  const fields = at.at(at.where.path, { questionId: id });
  // A question's id names its file in a split feed (`questions/<id>.json`).
  if (WINDOWS_DEVICE.test(id)) return void fields.report('id', `"${id}" is a device name Windows reserves, so a split feed cannot hold its file; this question is skipped.`);
  if (context.questionsById.has(id)) return void fields.report('id', 'is used by an earlier question; this one is skipped.');
  const title = fields.text(raw, 'title', 'this question is skipped.');
  if (title === undefined) return undefined;
  const categoryValue = fields.text(raw, 'category', 'this question is skipped.');
  if (categoryValue === undefined) return undefined;
  let category = context.categories.get(categoryValue);
  if (!category) {
    if (context.listsCategories) fields.report('category', `"${categoryValue.slice(0, 60)}" is not in categories; it is shown as written.`);
    category = context.unlisted.get(categoryValue);
    if (!category) context.unlisted.set(categoryValue, (category = { id: categoryValue, name: categoryValue }));
  }

  const head = { id, title, category };
  const question = context.isIndex ? readIndexEntry(raw, fields, head) : readAnswers(raw, fields, head, context.experts);
  if (!question) return undefined;
  const summary = fields.prose(raw, 'summary');
  const published = fields.date(raw, 'published');
  const reviewed = fields.date(raw, 'reviewed');
  const questionUrl = fields.url(raw, 'url');
  const nextReview = fields.date(raw, 'nextReview');
  const urgent = fields.prose(raw, 'urgent');
  const reviewerId = fields.text(raw, 'reviewedBy');
  if (reviewerId !== undefined) {
    const reviewer = context.experts.get(reviewerId);
    if (reviewer) question.reviewedBy = reviewer;
    else fields.report('reviewedBy', `"${reviewerId.slice(0, 60)}" is not in experts; it is ignored.`);
  }
  if (nextReview) question.nextReview = nextReview;
  if (urgent) question.urgent = urgent;
  question.references = readReferences(field(raw, 'references'), fields);
  if (summary) question.summary = summary;
  if (published) question.published = published;
  if (reviewed) question.reviewed = reviewed;
  if (questionUrl) question.url = questionUrl;
  const tags = field(raw, 'tags');
  if (Array.isArray(tags)) {
    // `slice()`: a list of its own length (what `filter` returns keeps room for 16 more).
    question.tags = tags.filter((tag) => isPhrase(tag)).slice();
    if (question.tags.length !== tags.length) fields.report('tags', 'holds entries that are not short strings; they are ignored.');
  } else if (tags !== undefined) {
    fields.report('tags', 'must be a list of strings; it is ignored.');
  }
  return question;
}

/** What every question has before its answers (or index details) are read. */
type QuestionHead = Pick<Question, 'id' | 'title' | 'category'>;

/** A full feed's question: its answers, each with its expert resolved. */
function readAnswers(raw: Json, fields: FieldReader, head: QuestionHead, experts: Map<string, Expert>): Question | undefined {
  const answers: Answer[] = [];
  /** How many answers each expert already has here: one look-up per answer, never a scan. */
  const perExpert = new Map<Expert, number>();
  const rawAnswers = field(raw, 'answers');
  if (!Array.isArray(rawAnswers)) return void fields.report('answers', 'is missing or not a list; this question is skipped.');
  rawAnswers.forEach((rawAnswer: unknown, index) => {
    const answer = readAnswer(rawAnswer, fields.at(`${fields.where.path}.answers[${index}]`), head.id, experts, perExpert);
    if (answer) answers.push(answer);
  });
  if (answers.length === 0) return void fields.report('answers', 'has no valid answer; this question is skipped.');
  // A literal of its own, not a spread of `head`: a spread gave each question a hidden class of its own (MedQuAD: 6 MB);
  // `answers.slice()`, a list of its own length (one pushed to keeps room for 16 more).
  const { id, title, category } = head;
  return { id, title, category, tags: [], answers: answers.slice(), answerCount: answers.length, expertNames: answers.map((answer) => answer.expert.name), references: [] };
}

/** One answer: its expert (which must be in `experts`), and text or a video or both. */
function readAnswer(raw: unknown, fields: FieldReader, questionId: string, experts: Map<string, Expert>, perExpert: Map<Expert, number>): Answer | undefined {
  if (!isObject(raw)) return void fields.report(undefined, 'is not an object; this answer is skipped.');
  const expertId = fields.text(raw, 'expert', 'this answer is skipped.');
  if (expertId === undefined) return undefined;
  const expert = experts.get(expertId);
  if (!expert) return void fields.report('expert', `"${expertId.slice(0, 60)}" is not in experts; this answer is skipped.`);
  const text = fields.prose(raw, 'text');
  const video = readVideo(field(raw, 'video'), fields.at(`${fields.where.path}.video`));
  if (text === undefined && video === undefined) {
    return void fields.report(undefined, 'has neither text nor a valid video; this answer is skipped.');
  }
  if (text === undefined && video && !video.transcript) {
    fields.report('video.transcript', 'is missing, and the answer has no text: readers who cannot watch the video get nothing. Add a transcript or a summary.');
  }
  // Anchor ids: answerAnchor(question, expert); a second answer by the same expert gets `-2`, `-3`…
  const sameExpert = perExpert.get(expert) ?? 0;
  perExpert.set(expert, sameExpert + 1);
  const answer: Answer = { id: `${answerAnchor(questionId, expert.id)}${sameExpert ? `-${sameExpert + 1}` : ''}`, expert };
  if (text !== undefined) answer.text = text;
  if (video) answer.video = video;
  return answer;
}

/** A split feed's index entry: where the question's own file is, and what search needs. */
function readIndexEntry(raw: Json, fields: FieldReader, head: QuestionHead): Question | undefined {
  const feedPath = fields.prose(raw, 'feed', 'this question is skipped.');
  if (feedPath === undefined) return undefined;
  let feedUrl: string | undefined;
  try {
    feedUrl = safeHttpUrl(new URL(feedPath, fields.baseUrl ?? document.baseURI).href);
  } catch {
    feedUrl = undefined;
  }
  if (feedUrl === undefined) return void fields.report('feed', 'is not a relative or http(s) URL; this question is skipped.');
  const count = field(raw, 'answerCount');
  const answerCount = Number.isInteger(count) && (count as number) >= 0 ? (count as number) : 0;
  if (count !== undefined && answerCount !== count) fields.report('answerCount', 'must be a whole number; it is ignored.');
  const names = field(raw, 'experts');
  const expertNames = Array.isArray(names) ? names.filter((name) => isPhrase(name, true)).slice() : [];
  const excerpt = fields.prose(raw, 'excerpt');
  const { id, title, category } = head;
  const question: Question = { id, title, category, tags: [], answers: [], answerCount, expertNames, feedUrl, references: [] };
  if (excerpt) question.excerpt = excerpt;
  return question;
}

/** References: each needs a title; URL, PMID and DOI are checked. Their order is their number. */
function readReferences(raw: unknown, fields: FieldReader): Reference[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) {
    fields.report('references', 'must be a list; it is ignored.');
    return [];
  }
  const references: Reference[] = [];
  raw.forEach((item: unknown, index) => {
    const reference = readReference(item, fields.at(`${fields.where.path}.references[${index}]`));
    if (reference) references.push(reference);
  });
  return references;
}

/** One reference: a title, and a URL, PubMed id and DOI when they are well-formed. */
function readReference(raw: unknown, fields: FieldReader): Reference | undefined {
  if (!isObject(raw)) return void fields.report(undefined, 'is not an object; this reference is skipped.');
  const title = fields.text(raw, 'title', 'this reference is skipped, and the numbers after it move up.');
  if (title === undefined) return undefined;
  const reference: Reference = { title };
  const link = fields.url(raw, 'url');
  const pmid = fields.text(raw, 'pmid');
  const doi = fields.text(raw, 'doi');
  if (link) reference.url = link;
  if (pmid !== undefined) {
    if (PMID.test(pmid)) reference.pmid = pmid;
    else fields.report('pmid', 'is not a PubMed id (digits only); it is ignored.');
  }
  if (doi !== undefined) {
    if (DOI.test(doi)) reference.doi = doi;
    else fields.report('doi', 'is not a DOI (10.xxxx/…); it is ignored.');
  }
  return reference;
}
