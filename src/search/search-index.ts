import Fuse from 'fuse.js/basic';
import type { Feed, Question } from '../feed/types.js';
import { normalize, trigramsOf, wordSpans, wordsOf } from './text-match.js';
import { capQuery } from './query-cap.js';

/**
 * Fuzzy search over a feed's questions, built once per feed and shared by
 * every `<qa-search>` on the page.
 *
 * fuse.js scans every record on every query, which at 10,000 questions with
 * full answer text costs hundreds of milliseconds a keystroke. So the search
 * runs in two steps:
 * 1. Narrowing: an inverted index of the feed's words, reached through a
 *    trigram index of its vocabulary, finds the questions whose words are
 *    close to the query's words (typos and unfinished words included) and
 *    scores them by field and rarity. This costs a few milliseconds at 10,000.
 * 2. Ranking: fuse.js scores only the best candidates, on the same weighted
 *    fields, and decides the order.
 */

/** One question's searchable text. */
interface SearchDocument {
  title: string;
  tags: string[];
  summary: string;
  experts: string[];
}

/** A search result: the question, and where the query matched its title. */
export interface SearchResult {
  question: Question;
  /** [start, end) character ranges of `question.title` to highlight. */
  titleMatches: Array<[number, number]>;
}

export interface SearchOptions {
  /** Only questions in these category ids (all when empty or missing). */
  categories?: readonly string[];
  /** The most results to return. */
  limit?: number;
}

/** How much a match in each field counts, in both steps. Title first. */
const FIELDS = [
  { name: 'title', weight: 4 },
  { name: 'tags', weight: 3 },
  { name: 'summary', weight: 1.5 },
  { name: 'experts', weight: 1 },
  { name: 'text', weight: 1 },
] as const;

/**
 * The fields fuse.js ranks on: the short ones. Answer text is searched by the
 * index (step 1) only: fuse.js's approximate matching over long text costs
 * most of a keystroke's budget (measured: 20 ms for 60 candidates).
 */
const RANKED_FIELDS = FIELDS.filter(({ name }) => name !== 'text');

/** Questions handed to fuse.js for ranking, at most. */
const CANDIDATES = 40;
/** How close a feed word must be to a query word (share of the query word's trigrams). */
const MIN_SIMILARITY = 0.5;
/** Words at most this long match by prefix only (too short for trigrams to mean much). */
const SHORT_WORD = 2;
/** How long (ms) the build works before it yields to the browser. */
const SLICE_MS = 10;
/** The most query variants made from synonyms. */
const MAX_VARIANTS = 4;

const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Runs a generator of small steps, yielding to the browser whenever the
 * current slice's time is up: every loop of the build yields a step, so no
 * task runs much longer than `SLICE_MS`, whatever the feed's size or shape.
 */
async function runSliced(steps: Iterator<unknown>): Promise<void> {
  let deadline = performance.now() + SLICE_MS;
  while (!steps.next().done) {
    if (performance.now() >= deadline) {
      await yieldToBrowser();
      deadline = performance.now() + SLICE_MS;
    }
  }
}

export class SearchIndex {
  private readonly documents: SearchDocument[] = [];
  private readonly vocabulary = new Map<string, number>();
  private readonly words: string[] = [];
  /** For each word id: the documents that hold it, and the best field weight there. */
  private readonly postingDocs: number[][] = [];
  private readonly postingWeights: number[][] = [];
  private readonly trigrams = new Map<string, number[]>();
  /** Word ids by their first one and two characters. */
  private readonly prefixes = new Map<string, number[]>();
  private readonly synonymGroups: string[][] = [];

  private constructor(readonly feed: Feed) {}

  /** Builds the index in time slices, yielding to the browser so no task runs long. */
  static async build(feed: Feed): Promise<SearchIndex> {
    const index = new SearchIndex(feed);
    await yieldToBrowser();
    await runSliced(index.buildSteps());
    return index;
  }

  private *buildSteps(): Generator<void> {
    const { questions, synonyms } = this.feed;
    for (let i = 0; i < questions.length; i++) yield* this.add(questions[i]!, i);
    for (let id = 0; id < this.words.length; id++) {
      const word = this.words[id]!;
      for (const gram of trigramsOf(word)) listIn(this.trigrams, gram).push(id);
      // Short query words match by prefix: index each word under its first one and two characters.
      listIn(this.prefixes, word.slice(0, 1)).push(id);
      if (word.length > 1) listIn(this.prefixes, word.slice(0, 2)).push(id);
      yield;
    }
    for (const group of synonyms ?? []) {
      this.synonymGroups.push(group.map((phrase) => wordsOf(phrase).join(' ')).filter(Boolean));
      yield;
    }
  }

  private *add(question: Question, docId: number): Generator<void> {
    const document: SearchDocument = {
      title: question.title,
      tags: question.tags,
      summary: question.summary ?? '',
      experts: question.expertNames,
    };
    this.documents.push(document);
    // A split feed's index carries an excerpt of the answers instead of the answers.
    const text = question.answers.length ? question.answers.map((answer) => answer.text ?? '') : [question.excerpt ?? ''];
    const best = new Map<number, number>();
    for (const { name, weight } of FIELDS) {
      const value = name === 'text' ? text : document[name];
      for (const part of Array.isArray(value) ? value : [value]) {
        for (const word of wordsOf(part)) {
          let id = this.vocabulary.get(word);
          if (id === undefined) {
            id = this.words.length;
            this.vocabulary.set(word, id);
            this.words.push(word);
            this.postingDocs.push([]);
            this.postingWeights.push([]);
          }
          if ((best.get(id) ?? 0) < weight) best.set(id, weight);
          yield;
        }
      }
    }
    for (const [id, weight] of best) {
      this.postingDocs[id]!.push(docId);
      this.postingWeights[id]!.push(weight);
      yield;
    }
  }

  /** Feed words close to one query word, with how close (0–1). */
  similarWords(term: string): Map<number, number> {
    const found = new Map<number, number>();
    if (term.length <= SHORT_WORD) {
      for (const id of this.prefixes.get(term) ?? []) found.set(id, this.words[id] === term ? 1 : 0.8);
      return found;
    }
    const grams = trigramsOf(term);
    const shared = new Map<number, number>();
    for (const gram of grams) {
      for (const id of this.trigrams.get(gram) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    }
    for (const [id, count] of shared) {
      const similarity = count / grams.length;
      if (similarity >= MIN_SIMILARITY) {
        // A much longer word that merely contains the query counts a little less.
        const lengthPenalty = Math.min(1, (term.length + 3) / this.words[id]!.length);
        found.set(id, similarity * (0.75 + 0.25 * lengthPenalty));
      }
    }
    return found;
  }

  /** Step 1: candidate documents for one query string, best first. */
  private candidates(query: string, allowed: (docId: number) => boolean): Array<{ doc: number; score: number }> {
    const terms = [...new Set(wordsOf(query))];
    const scores = new Map<number, { score: number; terms: number }>();
    const total = this.documents.length;
    for (const term of terms) {
      const termScores = new Map<number, number>();
      for (const [wordId, similarity] of this.similarWords(term)) {
        const docs = this.postingDocs[wordId]!;
        const weights = this.postingWeights[wordId]!;
        const rarity = Math.log(1 + total / docs.length);
        for (let i = 0; i < docs.length; i++) {
          const score = similarity * weights[i]! * rarity;
          if (score > (termScores.get(docs[i]!) ?? 0)) termScores.set(docs[i]!, score);
        }
      }
      for (const [doc, score] of termScores) {
        if (!allowed(doc)) continue;
        const entry = scores.get(doc);
        if (entry) {
          entry.score += score;
          entry.terms += 1;
        } else {
          scores.set(doc, { score, terms: 1 });
        }
      }
    }
    return [...scores]
      .map(([doc, { score, terms: matched }]) => ({ doc, score: score * (matched / terms.length) ** 2 }))
      .sort((a, b) => b.score - a.score)
      .slice(0, CANDIDATES);
  }

  /** The query and its synonym variants ("ivf" → also "in vitro fertilisation"). */
  variants(query: string): string[] {
    const normalized = ` ${wordsOf(query).join(' ')} `;
    const variants = [normalized.trim()];
    for (const group of this.synonymGroups) {
      const present = group.find((phrase) => normalized.includes(` ${phrase} `));
      if (!present) continue;
      for (const other of group) {
        if (other !== present && variants.length < MAX_VARIANTS) variants.push(normalized.replace(` ${present} `, ` ${other} `).trim());
      }
    }
    return variants.filter(Boolean);
  }

  /**
   * Searches the feed, on the query's first 200 characters and 12 words
   * (`capQuery`). An empty query returns nothing (callers show the feed instead).
   */
  search(query: string, options: SearchOptions = {}): SearchResult[] {
    query = capQuery(query);
    const limit = options.limit ?? 20;
    const categories = options.categories?.length ? new Set(options.categories) : undefined;
    const allowed = (doc: number) => !categories || categories.has(this.feed.questions[doc]!.category.id);
    const best = new Map<number, number>();
    const matchedWords = new Set<number>();
    for (const variant of this.variants(query)) {
      const candidates = this.candidates(variant, allowed);
      if (candidates.length === 0) continue;
      for (const term of wordsOf(variant)) for (const id of this.similarWords(term).keys()) matchedWords.add(id);
      const ranked = this.rank(variant, candidates);
      for (const { doc, score } of ranked) {
        if (score < (best.get(doc) ?? Infinity)) best.set(doc, score);
      }
    }
    return [...best]
      .sort((a, b) => a[1] - b[1])
      .slice(0, limit)
      .map(([doc]) => {
        const question = this.feed.questions[doc]!;
        return { question, titleMatches: this.titleMatches(question.title, matchedWords) };
      });
  }

  /**
   * Step 2: fuse.js orders the candidates (lower score is better). Candidates
   * fuse.js does not match as a whole phrase (words spread over fields) follow,
   * in the order of step 1.
   */
  private rank(query: string, candidates: Array<{ doc: number; score: number }>): Array<{ doc: number; score: number }> {
    const fuse = new Fuse(
      candidates.map(({ doc }) => this.documents[doc]!),
      {
        keys: RANKED_FIELDS.map(({ name, weight }) => ({ name, weight })),
        includeScore: true,
        ignoreLocation: true,
        ignoreDiacritics: true,
        threshold: 0.35,
        shouldSort: true,
      },
    );
    const ranked = fuse.search(query).map((result) => ({ doc: candidates[result.refIndex]!.doc, score: result.score ?? 1 }));
    const seen = new Set(ranked.map(({ doc }) => doc));
    const topScore = candidates[0]!.score;
    candidates.forEach(({ doc, score }) => {
      if (!seen.has(doc)) ranked.push({ doc, score: 1 + (1 - score / topScore) });
    });
    return ranked;
  }

  private titleMatches(title: string, matchedWords: Set<number>): Array<[number, number]> {
    return wordSpans(title)
      .filter(({ word }) => {
        const id = this.vocabulary.get(word);
        return id !== undefined && matchedWords.has(id);
      })
      .map(({ start, end }) => [start, end]);
  }
}

/** The list under `key`, made empty on first use. */
function listIn<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

const indexes = new WeakMap<Feed, Promise<SearchIndex>>();

/** The search index of a feed: built on first use, then shared. */
export function searchIndexFor(feed: Feed): Promise<SearchIndex> {
  let index = indexes.get(feed);
  if (!index) {
    index = SearchIndex.build(feed);
    indexes.set(feed, index);
  }
  return index;
}

export { normalize };
