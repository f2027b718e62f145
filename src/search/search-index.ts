import type { Answer, Feed, Question } from '../feed/types.js';
import { forEachWord, normalize, trigramsOf, wordsOf } from './text-match.js';
import { capQuery } from './query-cap.js';
import { languagePack, primaryLanguage, type LanguagePack } from './language.js';
import { LAY_TERMS } from './lay-terms.js';
import { withoutUrgentText } from './urgent-text.js';
import { firstTextAnswers, plainText } from '../feed/plain-text.js';

/**
 * Search over a feed's questions, built once per feed and shared by every
 * `<qa-search>` on the page.
 *
 * Ranking is BM25F: each word of the feed is stemmed in the feed's language
 * and counted per field (title, tags, summary, experts, answer text), the
 * counts weighted by field and normalised by field length, then saturated and
 * weighted by the word's rarity. Stop words ("is", "it", "can") never match on
 * their own. A query word that is not in the feed's vocabulary matches the
 * feed's words one or two typing errors away; the last word, while it is being
 * typed, also matches words it begins. Results under a share of the best
 * score are dropped, so a count counts real matches.
 */

/** For each concept of a query, alternative and word: the stems the word matches, with how closely. */
type Matches = Array<Array<Array<Map<number, number>>>>;

/** One meaning in a query: alternatives (the query's own words first), each a list of words. */
type Concept = Array<Array<{ word: string; typing: boolean }>>;

/** A search result: the question, where the query matched its title, and a passage of its best answer. */
export interface SearchResult {
  question: Question;
  /** [start, end) character ranges of `question.title` to highlight. */
  titleMatches: Array<[number, number]>;
  /** A short passage of the best-matching answer, with ranges to highlight; absent when nothing is typed. */
  excerpt?: Excerpt;
}

/** A passage of an answer, for a result. */
export interface Excerpt {
  text: string;
  /** [start, end) character ranges of `text` that matched the query. */
  matches: Array<[number, number]>;
  /** The answer it comes from (absent for a split feed's index, whose excerpt is the question's). */
  answer?: Answer;
}

export interface SearchOptions {
  /** Only questions in these category ids (all when empty or missing). */
  categories?: readonly string[];
  /** The most results to return. */
  limit?: number;
}

/** How much a word counts in each field (BM25F field weights), in index order (the relevance benchmark gives its baselines the same). */
export const FIELD_WEIGHTS = [3, 2.5, 1.5, 1, 1]; // title, tags, summary, experts, answer text
const K1 = 1.2;
const B = 0.75;
/** A concept in more than this share of the feed's questions is common: a best match that holds only common concepts, and half the query's or fewer, is no close match (see `score`). */
const COMMON_SHARE = 0.5;
/** Results scoring under this share of the best are not matches. */
const RELATIVE_FLOOR = 0.4;
/** How much the title read on its own adds to a question's score (BM25F's share being 1); see `score`. */
const TITLE_SHARE = 0.5;
/**
 * How much more a question counts whose title holds every concept of the query (less, by the square
 * of the share, for part of them). On the MedQuAD sets of 300 queries (MRR@10): key terms 0.895 -> 0.911,
 * another name + type word 0.318 -> 0.344, one typo a word 0.882 -> 0.909, patient sentences
 * 0.501 -> 0.508; the demo sets unchanged (0.3: a little less; 1.0: the same within 0.002).
 */
const TITLE_COVERAGE = 0.6;
/** Length normalisation of titles read on their own (BM25's b): less than the fields', titles vary little. */
const TITLE_B = 0.5;
/** How much more a question counts whose title holds the query's words as typed. */
const EXACT_BONUS = 0.1;
/** How many of the best results that tie-break looks at. */
const EXACT_HEAD = 50;
/** A typed-in prefix expands to at most this many words (the shortest). */
const MAX_PREFIX_WORDS = 30;
/** A word of the feed in at most this many questions may be a typo (see `matchesOf`). */
const RARE_WORD = 5;
/** Stems longer than this have relatives ("diagnos", "diagnosi"); how closely a relative matches. */
const FAMILY_STEM = 5;
const FAMILY_CLOSENESS = 0.8;
/** How many characters of an answer the excerpt's passage is sought in. */
const EXCERPT_SCAN = 4000;
/** How many of a question's answers (the first with text) the excerpt's passage is sought in: a keystroke reads the excerpts of twenty results. */
const EXCERPT_ANSWERS = 8;
/** How many texts' words (titles, answers' beginnings) are kept for highlights and excerpts. */
const TEXTS_KEPT = 400;
/** Words of the excerpt, around its best place. */
const EXCERPT_WORDS = 24;
/** How long (ms) the build works before it yields to the browser. */
const SLICE_MS = 10;
/** Phrases of synonym groups indexed as stems of their own: at most this many, of at most this many content words (longer or later ones are not required together). */
const MAX_PHRASES = 1000;
const MAX_PHRASE_WORDS = 5;
/** The longest stem a split feed's files may hold (shard-format.ts). */
const MAX_STEM_LENGTH = 200;
/**
 * Longer words are not indexed: no language has them, and a split feed's files refuse words
 * over MAX_STEM_LENGTH (a word's normalised form can be longer than the text: Hangul, ß).
 */
const MAX_INDEXED_WORD = 100;
/** The most query variants made from synonyms. */
const MAX_VARIANTS = 8;
/** The most normalised words a query is read for (a concept is at least one: see `concepts`). */
const MAX_QUERY_WORDS = 24;
/** A feed of this many questions or more has its index warmed up once ready (see `warmUp`), typing this many of its titles' words. */
const WARM_UP_FEED = 2000;
const WARM_UP_WORDS = 6;
/** Warming up starts in an idle period (at most 50 ms) with this much time left: a cold search of a large feed takes 10-40 ms. */
const WARM_UP_IDLE_MS = 40;
/**
 * How long (ms) a large feed's index waits for its warm-up before it is ready. A reader who types the moment
 * search is ready then types into compiled code: on MedQuAD (16,423 questions) in Chromium, p95 per keystroke
 * 15-24 -> 7-11 ms, for about 250 ms more of "Preparing search…" on first focus.
 */
const WARM_UP_WAIT_MS = 1000;
/** Warming up gives up after this many idle periods. */
const WARM_UP_PERIODS = 500;
/** Past its first few (cold) searches, warming up stops after one that took longer than this: that is the feed's size or the device, not a cold start. */
const WARM_UP_COLD = 3;
const WARM_UP_GIVE_UP_MS = 50;

export const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
/** The browser's next idle period (see `warmUp`). */
const idlePeriod = () => new Promise<IdleDeadline>((resolve) => requestIdleCallback(resolve));
/** A task of the lowest priority, after the page's own work and the reader's input (Prioritized Task Scheduling), where browsers have it. */
const backgroundTask = (): Promise<void> | undefined =>
  (globalThis as { scheduler?: { postTask?(task: () => void, options: { priority: 'background' }): Promise<void> } }).scheduler?.postTask?.(() => undefined, { priority: 'background' });

/**
 * Runs a generator of small steps, yielding to the browser whenever the
 * current slice's time is up: every loop of the build yields a step, so no
 * task runs much longer than `SLICE_MS`, whatever the feed's size or shape.
 */
async function runSliced(steps: Iterator<unknown>): Promise<void> {
  let deadline = performance.now() + SLICE_MS;
  // The clock is read every 32 steps: steps are tiny, and reading it costs more than most.
  for (let step = 1; !steps.next().done; step++) {
    slicedWork.steps++;
    if (step % 32 === 0 && performance.now() >= deadline) {
      slicedWork.yields++;
      await yieldToBrowser();
      deadline = performance.now() + SLICE_MS;
    }
  }
}

/**
 * How many steps sliced work (index builds) has taken in all, and how often it yielded to the
 * browser: for tests that check the work is cut small (every loop yields a step) by counting, not timing.
 */
export const slicedWork = { steps: 0, yields: 0 };

/** How many edits (insert, delete, substitute, swap two neighbours) turn `a` into `b`, stopping above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** Typing errors allowed in a word of this length. */
const allowedEdits = (length: number) => (length >= 8 ? 2 : length >= 4 ? 1 : 0);

export class SearchIndex {
  /** Every distinct (normalised) word of the feed, and its stem's id. */
  private readonly surface = new Map<string, number>();
  private readonly surfaceWords: string[] = [];
  private readonly stems = new Map<string, number>();
  /** For each stem id: the documents that hold it and its BM25F weight there (packed field counts until the build ends). */
  private readonly postingDocs: number[][] = [];
  private readonly postingWeights: number[][] = [];
  /** Surface word ids by trigram (typo tolerance) and by first two characters (prefixes). */
  private readonly trigrams = new Map<string, number[]>();
  private readonly prefixes = new Map<string, number[]>();
  private readonly fieldLengths: number[][] = FIELD_WEIGHTS.map(() => []);
  private readonly synonymGroups: string[][] = [];
  /**
   * The keys of the synonym groups' phrases of two content words or more (see `phraseKey`). A
   * phrase is indexed as a stem of its own (its key: stems never hold a space) whose postings are
   * the questions where its words stand together (see `add`), so a split feed's shards carry them
   * like any stem's.
   */
  private readonly phrases = new Map<string, string[]>();
  /** Synonym phrases' keys by their text (see `phraseKeyOf`). */
  private readonly phraseKeys = new Map<string, string | undefined>();
  /** The stem of each synonym phrase of one content word (see `concepts`). */
  private readonly wordStems = new Map<string, string>();
  /** The phrases each of their words' stems is in (see `add`). */
  private readonly phrasesOfStem = new Map<string, string[]>();
  /** Each stem id's stem ("diagnos"), in id order. */
  private readonly stemStrings: string[] = [];
  /** A sharded index's phrases whose postings its files did not hold (made before phrases were indexed): not required together. */
  private readonly unknownPhrases = new Set<number>();
  /** Scratch counts of shared trigrams, one per feed word (see `matchesOf`). */
  private gramCounts?: Uint16Array;
  /** The words of the texts last read for highlights and excerpts (see `wordsIn`). */
  private readonly textWords = new Map<string, { starts: Int32Array; ends: Int32Array; stems: Int32Array }>();
  /** Per-question arrays that searches gave back (see `scratch`). */
  private readonly scratchArrays: Float64Array[] = [];
  /** Stem ids by their stem less its last letter ("diagnos" → diagnosi, diagnos…), for relatives. */
  private readonly relatives = new Map<string, number[]>();
  /** Titles on their own: the questions whose title holds each stem; titles' lengths in content words. */
  private readonly titles = { docs: new Map<number, number[]>(), lengths: [] as number[], average: 1 };

  /** How many searches this index has run (see `warmUp`). */
  private searchCount = 0;

  private constructor(
    readonly feed: Feed,
    private readonly language: LanguagePack,
  ) {}

  /** Builds the index in time slices, yielding to the browser so no task runs long. */
  static async build(feed: Feed): Promise<SearchIndex> {
    const index = new SearchIndex(feed, await languagePack(feed.language));
    await yieldToBrowser();
    await runSliced(index.buildSteps());
    return index;
  }

  private *buildSteps(): Generator<void> {
    yield* this.synonymSteps();
    const { questions } = this.feed;
    for (let i = 0; i < questions.length; i++) yield* this.add(questions[i]!, i);
    // Field counts become BM25F weights, now that average field lengths are known.
    const averages = this.fieldLengths.map((lengths) => lengths.reduce((sum, n) => sum + n, 0) / Math.max(1, lengths.length) || 1);
    for (let id = 0; id < this.postingDocs.length; id++) {
      const docs = this.postingDocs[id]!;
      const weights = this.postingWeights[id]!;
      for (let i = 0; i < docs.length; i++) {
        const packed = weights[i]!;
        let tf = 0;
        for (let field = 0; field < FIELD_WEIGHTS.length; field++) {
          const count = (packed >> (6 * field)) & 63;
          if (count) tf += (FIELD_WEIGHTS[field]! * count) / (1 - B + (B * this.fieldLengths[field]![docs[i]!]!) / averages[field]!);
        }
        weights[i] = tf / (K1 + tf);
      }
      yield;
    }
    yield* this.lookupSteps();
  }

  /**
   * Searches as a reader types, while the browser is idle: a few content words of the feed's
   * own titles, a letter at a time, then with the next word, each with the excerpts a keystroke
   * shows. The browser then runs the search code compiled, not interpreted, from the reader's
   * first keystrokes: on the MedQuAD feed (16,423 questions), in Chromium, a session's first
   * keystrokes took up to three times as long as later ones. `searchIndexFor` starts it for a
   * feed of WARM_UP_FEED questions or more, once the index is built, and gives the index out
   * when it is done or after WARM_UP_WAIT_MS (a reader typing meanwhile sees "Preparing
   * search…" that much longer, then compiled code). It starts once the page is idle, runs
   * one search a task at the lowest priority (not at all in a browser or runtime without
   * `requestIdleCallback`), stops at the first search it did not make itself (a reader typing
   * warms the code as well) and after a slow search past its first few. Resolves when it is
   * done or stopped.
   */
  async warmUp(): Promise<void> {
    if (typeof requestIdleCallback !== 'function') return;
    const queries = this.warmUpQueries();
    const searchesBefore = this.searchCount;
    // One search a task, so a slow one (the garbage collector can double a search's time) never follows others in
    // the same task: the first in an idle period with room for a cold search, the others at background priority
    // (or, in browsers without it, an idle period each).
    for (let i = 0, periods = 0; i < queries.length; i++) {
      const task = i ? backgroundTask() : undefined;
      if (task) await task;
      else {
        let deadline: IdleDeadline;
        do {
          if (++periods > WARM_UP_PERIODS) return; // a page that is never idle for long (an animation) is left alone
          deadline = await idlePeriod();
        } while (deadline.timeRemaining() < WARM_UP_IDLE_MS);
      }
      if (this.searchCount !== searchesBefore + i) return;
      const start = performance.now();
      for (const result of this.search(queries[i]!, { limit: 4 })) void [result.excerpt, result.titleMatches];
      if (i >= WARM_UP_COLD && performance.now() - start > WARM_UP_GIVE_UP_MS) return;
    }
  }

  /** What `warmUp` types: WARM_UP_WORDS titles' first content words (each once), a letter at a time (at most ten), then each with the title's next word. */
  private warmUpQueries(): string[] {
    const { questions } = this.feed;
    const typed = new Set<string>();
    const queries: string[] = [];
    for (let i = 0; i < WARM_UP_WORDS; i++) {
      const title = questions[Math.floor(((i + 0.5) * questions.length) / WARM_UP_WORDS)]!.title;
      const [word, next] = wordsOf(title).filter((word) => word.length > 3 && !this.language.stopWords.has(word) && !typed.has(word));
      if (!word) continue;
      typed.add(word);
      queries.push(...Array.from(word.slice(0, 10), (_, end) => word.slice(0, end + 1)));
      if (next) queries.push(`${word} ${next}`);
    }
    return queries;
  }

  /**
   * The lookups made from the vocabulary: trigrams, two-character prefixes, relatives,
   * titles on their own (from the titles, or for a sharded index the titles' lengths,
   * its stems' title documents coming with their postings), synonym groups.
   */
  private *lookupSteps(titleLengths?: readonly number[]): Generator<void> {
    for (let id = 0; id < this.surfaceWords.length; id++) {
      const word = this.surfaceWords[id]!;
      for (const gram of trigramsOf(word)) listIn(this.trigrams, gram).push(id);
      listIn(this.prefixes, word.slice(0, 2)).push(id);
      yield;
    }
    for (const [stem, id] of this.stems) {
      if (stem.length > FAMILY_STEM && !this.phrases.has(stem)) listIn(this.relatives, stem.slice(0, -1)).push(id);
      yield;
    }
    if (titleLengths) this.setTitleLengths(titleLengths);
    else yield* this.titleSteps();
  }

  /** The feed's synonym groups (with lay words when it asks for them), and their phrases as stems of their own. */
  private *synonymSteps(): Generator<void> {
    const lay = this.feed.layTerms ? (LAY_TERMS.get(primaryLanguage(this.feed.language ?? 'en')) ?? []) : [];
    for (const group of [...this.feed.synonyms, ...lay]) {
      const phrases = group.map((phrase) => wordsOf(phrase).join(' ')).filter(Boolean);
      this.synonymGroups.push(phrases);
      for (const phrase of phrases) {
        const key = this.phraseKey(phrase.split(' '));
        this.phraseKeys.set(phrase, key); // made here, in the build's slices, not at a reader's first keystroke
        const words = phrase.split(' ').filter((word) => !this.language.stopWords.has(word));
        if (words.length === 1) this.wordStems.set(phrase, this.language.stem(words[0]!));
        if (!key || this.stems.has(key) || key.length > MAX_STEM_LENGTH || this.phrases.size >= MAX_PHRASES) continue;
        const parts = key.split(' ');
        if (parts.length > MAX_PHRASE_WORDS) continue;
        this.phrases.set(key, parts);
        for (const part of parts) listIn(this.phrasesOfStem, part).push(key);
        this.stems.set(key, this.postingDocs.length);
        this.stemStrings.push(key);
        this.postingDocs.push([]);
        this.postingWeights.push([]);
      }
      yield;
    }
  }

  /** The stem id of a synonym phrase (see `phrases`); undefined for a single word or another phrase. */
  private phraseId(words: ReadonlyArray<{ word: string }>): number | undefined {
    const key = words.length > 1 ? this.phraseKey(words.map(({ word }) => word)) : undefined;
    return key && this.phrases.has(key) ? this.stems.get(key) : undefined;
  }

  /** A synonym phrase's key (see `phraseKey`), worked out once per phrase. */
  private phraseKeyOf(phrase: string[]): string | undefined {
    const text = phrase.join(' ');
    if (!this.phraseKeys.has(text)) this.phraseKeys.set(text, this.phraseKey(phrase));
    return this.phraseKeys.get(text);
  }

  /** A phrase's key: the stems of its content words, sorted, space-separated; undefined for fewer than two. */
  private phraseKey(words: readonly string[]): string | undefined {
    const stems = [...new Set(words.filter((word) => !this.language.stopWords.has(word)).map((word) => this.language.stem(word)))].sort();
    return stems.length > 1 ? stems.join(' ') : undefined;
  }

  /** Indexes the titles on their own (see `score`): derived from the titles and the vocabulary only. */
  private *titleSteps(): Generator<void> {
    const { docs, lengths } = this.titles;
    for (let doc = 0; doc < this.feed.questions.length; doc++) {
      const words = new Set(wordsOf(this.feed.questions[doc]!.title));
      let length = 0;
      for (const word of words) {
        if (this.language.stopWords.has(word) || word.length > MAX_INDEXED_WORD) continue;
        const list = listIn(docs, this.stemOf(word, false)!);
        if (list[list.length - 1] !== doc) list.push(doc);
        length++;
      }
      lengths.push(length);
      yield;
    }
    this.setTitleLengths(lengths);
  }

  private setTitleLengths(lengths: readonly number[]): void {
    if (lengths !== this.titles.lengths) this.titles.lengths.push(...lengths);
    this.titles.average = lengths.reduce((sum, n) => sum + n, 0) / Math.max(1, lengths.length) || 1;
  }

  /** The stem id of a normalised word, made on first use when `create`. */
  private stemOf(word: string, create: boolean): number | undefined {
    let id = this.surface.get(word);
    if (id !== undefined || !create) return id ?? this.stems.get(this.language.stem(word));
    const stem = this.language.stem(word);
    id = this.stems.get(stem);
    if (id === undefined) {
      id = this.postingDocs.length;
      this.stems.set(stem, id);
      this.stemStrings.push(stem);
      this.postingDocs.push([]);
      this.postingWeights.push([]);
    }
    this.surface.set(word, id);
    this.surfaceWords.push(word);
    return id;
  }

  private *add(question: Question, docId: number): Generator<void> {
    // A split feed's index carries an excerpt of the answers instead of the answers.
    // Urgent-care text is no part of what a question is about (see urgent-text.ts).
    const text = (question.answers.length ? question.answers.map((answer) => answer.text ?? '') : [question.excerpt ?? '']).map((part) => withoutUrgentText(part, question.urgent));
    const fields = [[question.title], question.tags, [question.summary ?? ''], question.expertNames, text];
    const counts = new Map<number, number>();
    // Where the words of the feed's phrases stand: content words counted across texts, with a gap
    // between texts wider than any phrase's window, so that no phrase is found across two texts.
    const positions = new Map<string, number[]>();
    let at = 0;
    for (let field = 0; field < fields.length; field++) {
      let length = 0;
      for (const part of fields[field]!) {
        at += MAX_PHRASE_WORDS + 2;
        for (const word of wordsOf(part)) {
          length++;
          if (this.language.stopWords.has(word) || word.length > MAX_INDEXED_WORD) continue;
          const id = this.stemOf(word, true)!;
          const stem = this.stemStrings[id]!;
          if (this.phrasesOfStem.has(stem)) listIn(positions, stem).push(at);
          at++;
          // Counts per field, packed six bits each (capped at 63) into one small integer.
          const packed = counts.get(id) ?? 0;
          if (((packed >> (6 * field)) & 63) < 63) counts.set(id, packed + (1 << (6 * field)));
          yield;
        }
      }
      this.fieldLengths[field]!.push(length);
    }
    // A phrase is in a question when its words stand together: all of them, in any order, with at
    // most one other content word among them ("periods are very irregular" holds "irregular periods").
    const candidates = new Set<string>();
    for (const stem of positions.keys()) for (const key of this.phrasesOfStem.get(stem)!) candidates.add(key);
    for (const key of candidates) {
      const parts = this.phrases.get(key)!;
      if (parts.every((part) => positions.has(part)) && standTogether(parts.map((part) => positions.get(part)!))) counts.set(this.stems.get(key)!, 1);
      yield;
    }
    for (const [id, packed] of counts) {
      this.postingDocs[id]!.push(docId);
      this.postingWeights[id]!.push(packed);
      yield;
    }
  }

  /** How rare a word in `count` of the feed's questions is (BM25's inverse document frequency). */
  private rarityOf(count: number): number {
    const total = this.feed.questions.length;
    return Math.log(1 + (total - count + 0.5) / (count + 0.5));
  }

  /**
   * The stems one query word matches, with how closely (0–1): its own stem;
   * else, if it is not a word of the feed, the feed's words one or two typing
   * errors away; and, for the word being typed, the words it begins.
   */
  private matchesOf(word: string, typing: boolean, exact?: Set<string>): Map<number, number> {
    const found = new Map<number, number>();
    const keep = (stem: number, closeness: number) => found.set(stem, Math.max(found.get(stem) ?? 0, closeness));
    const own = this.stemOf(word, false);
    const ownCount = own === undefined ? 0 : this.postingDocs[own]!.length;
    if (own !== undefined) found.set(own, 1);
    exact?.add(word);
    let nearest = Infinity;
    const edits = allowedEdits(word.length);
    // A word the feed lacks is a typo; so may be a word found in only a few questions of a large
    // feed (its answers have typos too): its neighbours in ten times as many questions match too.
    if ((own === undefined || ownCount <= RARE_WORD) && edits) {
      const grams = trigramsOf(word);
      // How many trigrams each feed word shares with this one, counted in a reused typed array
      // (the words touched listed in first-met order): a Map of counts costs several times more
      // on a large feed, whose common trigrams are in thousands of words.
      const counts = (this.gramCounts = this.gramCounts?.length === this.surfaceWords.length ? this.gramCounts : new Uint16Array(this.surfaceWords.length));
      const shared: number[] = [];
      for (const gram of grams) {
        for (const id of this.trigrams.get(gram) ?? []) if (counts[id]!++ === 0) shared.push(id);
      }
      for (const id of shared) {
        const count = counts[id]!;
        counts[id] = 0;
        // Each edit changes at most three trigrams: fewer shared ones cannot be close enough.
        if (count < grams.length - 3 * edits) continue;
        const stem = this.surface.get(this.surfaceWords[id]!)!;
        if (own !== undefined && (stem === own || this.postingDocs[stem]!.length < 10 * ownCount)) continue;
        const distance = editDistance(word, this.surfaceWords[id]!, edits);
        if (distance > edits) continue;
        keep(stem, 1 - 0.2 * distance);
        if (own === undefined && distance <= nearest) {
          if (distance < nearest) exact?.clear();
          nearest = distance;
          exact?.add(this.surfaceWords[id]!);
        }
      }
      if (own === undefined && nearest === Infinity) exact?.add(word);
    }
    // Relatives: words whose stem differs from this word's in its last letter only, one added
    // or changed ("diagnosis" and "diagnose", "pregnant" and "pregnancy", "menstrual" and
    // "menstruation"): the stemmer keeps them apart, a reader does not. ("fertility" and
    // "fertilisation" differ by more: not relatives.)
    const stem = own === undefined ? this.language.stem(word) : this.stemNames()[own]!;
    if (stem.length >= FAMILY_STEM && (own !== undefined || nearest === Infinity)) {
      // Keyed by the stem less its last letter: a letter added (key = this stem), taken away (that
      // stem = this one's key) or changed (same key).
      const key = stem.slice(0, -1);
      const relatives = [...(this.relatives.get(stem) ?? []), ...(this.relatives.get(key) ?? [])];
      const shorter = this.stems.get(key);
      if (shorter !== undefined && key.length >= FAMILY_STEM) relatives.push(shorter);
      for (const other of relatives) if (other !== own && !found.has(other)) keep(other, FAMILY_CLOSENESS);
    }
    if (typing && word.length >= 2) {
      const longer = (this.prefixes.get(word.slice(0, 2)) ?? [])
        .map((id) => this.surfaceWords[id]!)
        .filter((other) => other.length > word.length && other.startsWith(word))
        .sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0)) // shortest first, then alphabetical: the same whatever order the words were met in
        .slice(0, MAX_PREFIX_WORDS);
      // A word being typed weighs no more than its commonest completion (or itself, when it is
      // a word of the feed): a rare word it happens to begin ("diseasean", glued in one answer)
      // must not outweigh "disease" for a reader who has typed "disease".
      const stemsOf = longer.map((other) => this.surface.get(other)!);
      const common = Math.max(ownCount, ...stemsOf.map((id) => this.postingDocs[id]!.length));
      stemsOf.forEach((id, i) => {
        const cap = Math.min(1, this.rarityOf(common) / this.rarityOf(this.postingDocs[id]!.length));
        keep(id, ((0.6 * word.length) / longer[i]!.length) * cap);
      });
    }
    return found;
  }

  /** Each stem id's stem ("diagnos"), made on first use. */
  private stemNames(): readonly string[] {
    return this.stemStrings;
  }

  /**
   * What a query asks, as concepts: each is one content word of the query (stop
   * words dropped), or a synonym group one of whose phrases the query holds,
   * with that phrase first. A concept is a list of alternatives, each a list of
   * words; the query's last word is marked while it is still being typed.
   */
  private concepts(query: string): Concept[] {
    // `capQuery` counts words as typed; normalising can split one into many (voiced kana, Arabic hamza: their
    // marks are taken out), and `score` keeps a concept as a bit of a 32-bit mask.
    const all = wordsOf(query);
    const words = all.slice(0, MAX_QUERY_WORDS);
    const typing = words.length === all.length && /[\p{L}\p{N}]$/u.test(query);
    const taken = new Set<number>();
    const concepts: Concept[] = [];
    const content = (phrase: string[]) => phrase.filter((word) => !this.language.stopWords.has(word));
    // Longer phrases first: "period is late" before "period".
    const phrases = this.synonymGroups
      .flatMap((group) => group.map((phrase) => ({ phrase: phrase.split(' '), group })))
      .sort((a, b) => b.phrase.length - a.phrase.length);
    // A phrase of two content words or more is also found by its stems, in any order, among as many content
    // words side by side ("late periods" and "period missed" hold "late period" and "missed period").
    const stems = this.synonymGroups.length ? words.map((word) => this.language.stem(word)) : [];
    const contentAt = words.flatMap((word, i) => (this.language.stopWords.has(word) ? [] : [i]));
    const windows = new Map<string, number[]>();
    // (Only for a feed with synonym groups: the stemming is on every keystroke.)
    for (let size = 2; size <= MAX_PHRASE_WORDS && this.synonymGroups.length; size++) {
      for (let start = 0; start + size <= contentAt.length; start++) {
        const at = contentAt.slice(start, start + size);
        const key = [...new Set(at.map((i) => stems[i]!))].sort().join(' ');
        if (!windows.has(key)) windows.set(key, at);
      }
    }
    for (const { phrase, group } of phrases) {
      const at = words.findIndex((_, i) => phrase.every((word, j) => words[i + j] === word && !taken.has(i + j)));
      const key = at < 0 ? this.phraseKeyOf(phrase) : undefined;
      // A phrase of one content word is also found by its stem ("miscarried", "miscarrying": the group of "miscarry");
      // a word still being typed, only once it is as long ("sem", on its way to "seminograma", is not "semen").
      const stem = at < 0 && !key ? this.wordStems.get(phrase.join(' ')) : undefined;
      const finished = (i: number) => !typing || i < words.length - 1 || words[i]!.length >= content(phrase)[0]!.length;
      const alike = stem === undefined ? undefined : contentAt.find((i) => stems[i] === stem && !taken.has(i) && finished(i));
      const span = at >= 0 ? phrase.map((_, j) => at + j) : alike !== undefined ? [alike] : key && windows.get(key)?.filter((i) => !taken.has(i));
      if (!span || (at < 0 && alike === undefined && span.length !== windows.get(key!)!.length)) continue;
      span.forEach((i) => taken.add(i));
      // The last word may be unfinished only in a phrase typed word for word; a word found by its stem stays as typed.
      const own =
        alike !== undefined
          ? [{ word: words[alike]!, typing: typing && alike === words.length - 1 }]
          : content(phrase).map((word, j, all) => ({ word, typing: typing && at >= 0 && j === all.length - 1 && at + phrase.length === words.length }));
      const others = group.filter((other) => other !== phrase.join(' ')).map((other) => content(other.split(' ')).map((word) => ({ word, typing: false })));
      concepts.push([own, ...others].filter((alternative) => alternative.length));
    }
    words.forEach((word, i) => {
      if (taken.has(i) || this.language.stopWords.has(word) || words.indexOf(word) !== i) return;
      concepts.push([[{ word, typing: typing && i === words.length - 1 }]]);
    });
    return concepts.filter((concept) => concept.length);
  }

  /**
   * How well each question matches a query, 0 for the questions it does not
   * match. Two kinds of evidence, each a share of the query's weight (the
   * rarity of its concepts), so that a synonym's longer phrase does not
   * outweigh the words typed:
   *
   * - BM25F over every field decides which questions match and mostly how well;
   * - the title read on its own, with words' rarity among titles, adds to the
   *   questions that match: a question is its title, and a word common in
   *   answers can be rare in titles ("symptoms" is in half of a medical feed's
   *   answers, in few titles), so the question whose title holds the query's
   *   words ranks above the ones that mention them ("X symptoms" → "What are
   *   the symptoms of X?"). Shorter titles count more (BM25 length
   *   normalisation, over content words: "What is X?" before "What are the
   *   treatments for X?" for "X").
   * - the share of the query's concepts the title holds multiplies the score
   *   (`TITLE_COVERAGE`): "stevens-johnson syndrome inherited" ranks "Is
   *   Stevens-Johnson syndrome/toxic epidermal necrolysis inherited?" above
   *   "What is (are) Stevens-Johnson syndrome?", whose title is shorter.
   *
   * Adds the stems it matched to `matched`, and the feed's forms of the typed
   * words to `exact`.
   */
  private score(
    query: string,
    matched: Set<number>,
    exact: Set<string>,
  ): { scores: Float64Array; body: Float64Array; docs: readonly number[] } {
    const total = this.feed.questions.length;
    const concepts = this.concepts(query);
    const matches: Matches = concepts.map((concept) =>
      concept.map((alternative, a) =>
        alternative.map(({ word, typing }) => {
          const forms = new Set<string>();
          const found = this.matchesOf(word, typing, forms);
          if (a === 0) forms.forEach((form) => exact.add(form));
          found.forEach((_, stem) => matched.add(stem));
          return found;
        }),
      ),
    );
    // A synonym phrase counts only where its words stand together ("irregular periods", not "periods" here and "later" there).
    const together = concepts.map((concept) =>
      concept.map((alternative) => {
        const id = this.phraseId(alternative);
        return id === undefined || this.unknownPhrases.has(id) ? undefined : this.postingDocs[id];
      }),
    );
    const body = this.evidence(
      matches,
      together,
      (stem) => this.postingDocs[stem]!,
      (stem) => this.rarityOf(this.postingDocs[stem]!.length),
      (stem, i) => this.postingWeights[stem]![i]!,
      this.rarityOf(0),
      matches.length > 1 ? -1 : undefined,
    );
    const { scores, docs } = body;
    if (!body.weight) {
      this.release(body.held);
      return { scores, body: scores, docs };
    }
    for (const doc of docs) scores[doc] = scores[doc]! / body.weight;
    const shares = this.scratch();
    shares.set(scores);
    const titles = this.titles;
    const titleRarity = (count: number) => Math.log(1 + (total - count + 0.5) / (count + 0.5));
    // BM25 (one occurrence) over the title's content words: a short title is a close one.
    const norm = (doc: number) => (K1 + 1) / (1 + K1 * (1 - TITLE_B + (TITLE_B * titles.lengths[doc]!) / titles.average));
    const title = this.evidence(
      matches,
      together,
      (stem) => titles.docs.get(stem) ?? [],
      (stem) => titleRarity(titles.docs.get(stem)?.length ?? total),
      () => 1,
      titleRarity(0),
      body.kept?.concept,
    );
    if (title.weight) for (const doc of docs) scores[doc] = scores[doc]! + TITLE_SHARE * norm(doc) * (title.scores[doc]! / title.weight);
    // Titles that hold more of the query's concepts (a question type, "symptoms", "inherited", as much as
    // the condition) rank above those that hold fewer: a share of the score, by the square of the share held.
    if (matches.length > 1) {
      // How many concepts each title holds, and which (bit c for concept c: a query has MAX_QUERY_WORDS at most).
      const covered = this.scratch();
      const conceptsInTitle = this.scratch();
      matches.forEach((concept, c) => {
        concept.forEach((alternative, a) => {
          // A phrase's title words count only in the questions that hold the phrase together.
          const gate = together[c]![a] && new Set(together[c]![a]);
          for (const found of alternative) {
            for (const [stem] of found) {
              for (const doc of titles.docs.get(stem) ?? []) {
                if (conceptsInTitle[doc]! & (1 << c) || (gate && !gate.has(doc))) continue;
                conceptsInTitle[doc] = conceptsInTitle[doc]! | (1 << c);
                covered[doc] = covered[doc]! + 1;
              }
            }
          }
        });
      });
      for (const doc of docs) if (covered[doc]) scores[doc] = scores[doc]! * (1 + TITLE_COVERAGE * (covered[doc]! / matches.length) ** 2);
      // The best match; of equal ones, the first question.
      let best = docs[0] ?? 0;
      for (const doc of docs) if (scores[doc]! > scores[best]! || (scores[doc] === scores[best] && doc < best)) best = doc;
      // No close match: the best match holds half the query's concepts or fewer, and only concepts most of the
      // feed's questions hold ("fertility" in a clinic's feed): what it holds says nothing about this feed's
      // questions that the feed does not say of most of them. Decided on the whole feed, as the key concept below.
      const bestHeld = body.held[best]!;
      if (2 * bitCount(bestHeld) <= matches.length && (bestHeld & ~body.common) === 0) for (const doc of docs) scores[doc] = 0;
      // The key concept: when the best match's title holds the query's weightiest concept, the query is about it,
      // and a question without it is not a match unless its title holds another of the query's concepts: the
      // filler of a sentence does not make a match alone. Decided on the whole feed: a category filter only narrows
      // the list. Held-out whole-list precision without it (bench/relevance/halves.mjs): demo English sentences
      // 0.60 -> 0.55, MedQuAD typos 0.12 -> 0.11; MRR@10 the same.
      if (body.kept && title.kept) {
        const [held, inTitle] = [body.kept.held, title.kept.held];
        if (inTitle[best]! > 0) for (const doc of docs) if (!held[doc] && !covered[doc]) scores[doc] = 0;
        // A question about the whole query: when the best match's title holds every concept, a question whose
        // title holds none of them, and that names them only in passing in its answers, is no match. Held-out
        // whole-list precision without it: demo English two-word queries 0.77 -> 0.67, typos 0.74 -> 0.66, Spanish
        // sentences 0.64 -> 0.61, MedQuAD key terms 0.12 -> 0.11 (listed 62 -> 83); MRR@10 the same.
        // A word still being typed counts as itself only: a prefix is not yet the title's word it begins.
        // (Read only when the title holds every concept: on a large feed a title word's list is long.)
        const typedAsItself = () =>
          concepts.every((concept) =>
            concept[0]!.every(({ word, typing }) => !typing || (titles.docs.get(this.stemOf(word, false) ?? -1) ?? []).includes(best)),
          );
        if (covered[best] === matches.length && typedAsItself()) for (const doc of docs) if (!covered[doc]) scores[doc] = 0;
        this.release(held, inTitle);
      }
      this.release(covered, conceptsInTitle);
    }
    this.release(title.scores);
    this.release(title.held, body.held);
    return { scores, body: shares, docs };
  }

  /**
   * One kind of evidence: for each question, the sum over the query's concepts
   * of the concept's weight times the share of it the question holds (the best
   * of its alternatives, each the mean of its words' closeness × rarity ×
   * weight in the question, over the alternative's own weight: a synonym counts
   * as much as the words typed, never more). Returns the scores (not divided)
   * and the query's weight: the concepts' weights, each that of the query's own
   * words, or of a synonym when they match nothing; `unmatched` for a word
   * found nowhere. `keep` (a concept's index, or -1 for the weightiest that
   * matches) returns that concept's own scores as well (`kept`).
   */
  private evidence(
    matches: Matches,
    together: ReadonlyArray<ReadonlyArray<readonly number[] | undefined>>,
    docsOf: (stem: number) => readonly number[],
    rarityOf: (stem: number) => number,
    weightIn: (stem: number, i: number) => number,
    unmatched: number,
    keep?: number,
  ): { scores: Float64Array; docs: number[]; weight: number; held: Float64Array; common: number; kept?: { concept: number; held: Float64Array; weight: number } } {
    const scores = this.scratch();
    // The questions each score array holds a number for (above zero), so that every pass reads those only: a query
    // touches a few hundred questions of a large feed, and a pass over all of them costs most before it is compiled.
    const docs: number[] = [];
    // One word's scores, and the questions it touched (to add and clear them without a pass over all).
    const wordScores = this.scratch();
    const touched: number[] = [];
    let allWeight = 0;
    // Which concepts each question holds (bit c for concept c), and which concepts are common (see `search`).
    const held = this.scratch();
    let common = 0;
    let kept: { concept: number; held: Float64Array; weight: number } | undefined;
    for (let c = 0; c < matches.length; c++) {
      const concept = matches[c]!;
      const conceptScores = this.scratch();
      const conceptDocs: number[] = [];
      let conceptWeight = 0;
      let ownMatched = true;
      for (let a = 0; a < concept.length; a++) {
        const alternative = concept[a]!;
        const altScores = this.scratch();
        const altDocs: number[] = [];
        let altWeight = 0;
        let altMatched = false;
        for (const found of alternative) {
          // A word weighs as much as the rarest feed word it matches.
          let weight = 0;
          for (const [stem, closeness] of found) {
            const docs = docsOf(stem);
            if (!docs.length) continue;
            const rarity = closeness * rarityOf(stem);
            weight = Math.max(weight, rarity);
            for (let i = 0; i < docs.length; i++) {
              const doc = docs[i]!;
              const value = rarity * weightIn(stem, i);
              if (wordScores[doc] === 0) touched.push(doc);
              if (value > wordScores[doc]!) wordScores[doc] = value;
            }
          }
          altMatched ||= weight > 0;
          altWeight += (weight || unmatched) / alternative.length;
          for (const doc of touched) {
            if (altScores[doc] === 0 && wordScores[doc]! > 0) altDocs.push(doc);
            altScores[doc] = altScores[doc]! + wordScores[doc]! / alternative.length;
            wordScores[doc] = 0;
          }
          touched.length = 0;
        }
        // The query's own words weigh the concept; a synonym when they match nothing.
        if (a === 0) [conceptWeight, ownMatched] = [altWeight, altMatched];
        else if (!ownMatched && altMatched) [conceptWeight, ownMatched] = [altWeight, true];
        const gate = together[c]?.[a];
        if (gate) {
          // Only the questions that hold the phrase together are kept (none: it matched nothing).
          let kept = false;
          for (const doc of altDocs) {
            if (!holds(gate, doc)) altScores[doc] = 0;
            else kept ||= altScores[doc]! > 0;
          }
          altMatched &&= kept;
        }
        if (altWeight) {
          for (const doc of altDocs) {
            const share = altScores[doc]! / altWeight;
            if (share <= conceptScores[doc]!) continue;
            if (conceptScores[doc] === 0) conceptDocs.push(doc);
            conceptScores[doc] = share;
          }
        }
        this.release(altScores);
      }
      allWeight += conceptWeight;
      if (conceptWeight > 0) {
        for (const doc of conceptDocs) {
          if (scores[doc] === 0) docs.push(doc);
          scores[doc] = scores[doc]! + conceptWeight * conceptScores[doc]!;
          held[doc] = held[doc]! | (1 << c);
        }
        if (conceptDocs.length > COMMON_SHARE * scores.length) common |= 1 << c;
      }
      // The concept asked for (by index; -1: the weightiest of those that match something) is kept: see `search`.
      if (keep === c || (keep === -1 && ownMatched && conceptWeight > (kept?.weight ?? 0))) {
        if (kept) this.release(kept.held);
        kept = { concept: c, held: conceptScores, weight: conceptWeight };
      } else {
        this.release(conceptScores);
      }
    }
    this.release(wordScores);
    return { scores, docs, weight: allWeight, held, common, kept };
  }

  /**
   * A zeroed array of one number per question, from the arrays searches gave back
   * (`release`): a query on a large feed needs a dozen, and allocating them anew each
   * keystroke (128 KB each at 16,000 questions) made the garbage collector pause typing.
   */
  private scratch(): Float64Array {
    const total = this.feed.questions.length;
    const array = this.scratchArrays.pop();
    if (array?.length !== total) return new Float64Array(total);
    return array.fill(0);
  }

  /** Gives arrays from `scratch` back, to be used again. */
  private release(...arrays: Float64Array[]): void {
    if (this.scratchArrays.length < 32) this.scratchArrays.push(...arrays);
  }

  /** The query and its synonym variants ("ivf" → also "in vitro fertilisation"). */
  variants(query: string): string[] {
    // A trailing space or punctuation tells the last word is finished: keep it so.
    const end = /[\p{L}\p{N}]$/u.test(query) ? '' : ' ';
    const normalized = ` ${wordsOf(query).join(' ')} `;
    const variants = [normalized.trim() + end];
    for (const group of this.synonymGroups) {
      const present = group.find((phrase) => normalized.includes(` ${phrase} `));
      if (!present) continue;
      for (const other of group) {
        if (other !== present && variants.length < MAX_VARIANTS) variants.push(normalized.replace(` ${present} `, ` ${other} `).trim() + end);
      }
    }
    return variants.filter((variant) => variant.trim());
  }

  /** Whether a query asks anything: false for filler words alone ("is it my", "what is the"), which match nothing. */
  hasContent(query: string): boolean {
    return this.concepts(capQuery(query)).length > 0;
  }

  /**
   * Searches the feed, on the query's first 200 characters and 12 words
   * (`capQuery`), best first. Only real matches are returned: an empty query,
   * or one whose content words match nothing well, returns nothing (callers
   * show the featured questions instead).
   *
   * Two rules make a match: its BM25F evidence is at least `RELATIVE_FLOOR` of
   * the best's; and, for a query of two concepts or more whose weightiest
   * (rarest) concept is in the best match's title, the query is about that,
   * so a question without it is a match only when its title holds another of
   * the query's concepts: the filler of a sentence does not make a match
   * alone. When the best match's title holds every concept of such a query, a
   * question whose title holds none of them is no match (see `score`).
   */
  search(query: string, options: SearchOptions = {}): SearchResult[] {
    this.searchCount++;
    query = capQuery(query);
    const limit = options.limit ?? 20;
    const categories = options.categories?.length ? new Set(options.categories) : undefined;
    const allowed = (doc: number) => !categories || categories.has(this.feed.questions[doc]!.category.id);
    const matched = new Set<number>();
    const exact = new Set<string>();
    const { scores, body, docs } = this.score(query, matched, exact);
    // The floor reads the BM25F share alone: the title's own evidence orders matches, it does not make or unmake them.
    let top = 0;
    for (const doc of docs) if (scores[doc]! > 0 && body[doc]! > top && allowed(doc)) top = body[doc]!;
    const floor = top * RELATIVE_FLOOR;
    const over = (doc: number) => body[doc]! >= floor;
    // Only the matches over the floor are sorted: on a large feed, a short prefix touches thousands more.
    // (Documents in a typed array, sorted by their scores: no object per match, one shape for the compiler.)
    let count = 0;
    const listed = new Int32Array(docs.length);
    for (const doc of docs) if (scores[doc]! > 0 && over(doc) && allowed(doc)) listed[count++] = doc;
    const order = listed.subarray(0, count).sort((a, b) => scores[b]! - scores[a]! || a - b);
    // Near ties go to the title that holds the words as typed (or as corrected): "clinic" before "clinics".
    const head = order.slice(0, EXACT_HEAD);
    for (const doc of head) {
      const verbatim = wordsOf(this.feed.questions[doc]!.title).filter((word) => exact.has(word)).length;
      scores[doc] = scores[doc]! * (1 + EXACT_BONUS * Math.min(1, verbatim / Math.max(1, exact.size)));
    }
    head.sort((a, b) => scores[b]! - scores[a]! || a - b);
    order.set(head);
    this.release(...new Set([scores, body]));
    const results: SearchResult[] = [];
    for (let i = 0; i < Math.min(count, limit); i++) results.push(this.result(this.feed.questions[order[i]!]!, matched));
    return results;
  }

  /**
   * A text's words: where each starts and ends, and its stem id (-1 for a stop word or a
   * word of no stem), kept for the last texts read: while a reader types, the same
   * results' titles and answers are read again at each keystroke.
   */
  private wordsIn(text: string): { starts: Int32Array; ends: Int32Array; stems: Int32Array } {
    let words = this.textWords.get(text);
    if (words) {
      this.textWords.delete(text); // most recently used last
    } else {
      // Made without an object per word: a reader's keystroke reads twenty new answers of hundreds of words.
      const starts: number[] = [];
      const ends: number[] = [];
      const stems: number[] = [];
      forEachWord(text, (word, start, end) => {
        starts.push(start);
        ends.push(end);
        stems.push(this.language.stopWords.has(word) ? -1 : (this.stemOf(word, false) ?? -1));
      });
      words = { starts: Int32Array.from(starts), ends: Int32Array.from(ends), stems: Int32Array.from(stems) };
      if (this.textWords.size >= TEXTS_KEPT) this.textWords.delete(this.textWords.keys().next().value!);
    }
    this.textWords.set(text, words);
    return words;
  }

  /** A text's words (see `wordsIn`), and which of them the query matched (1). */
  private matchesIn(text: string, matched: Set<number>): { starts: Int32Array; ends: Int32Array; stems: Int32Array; hits: Uint8Array } {
    const { starts, ends, stems } = this.wordsIn(text);
    const hits = new Uint8Array(stems.length);
    for (let i = 0; i < stems.length; i++) hits[i] = stems[i]! >= 0 && matched.has(stems[i]!) ? 1 : 0;
    return { starts, ends, stems, hits };
  }

  /** A result; its title matches and excerpt are worked out when first read (most results are never shown). */
  private result(question: Question, matched: Set<number>): SearchResult {
    return new LazyResult(question, matched, this);
  }

  /** The title's matched ranges. */
  titleMatchesOf(question: Question, matched: Set<number>): Array<[number, number]> {
    const { starts, ends, hits } = this.matchesIn(question.title, matched);
    const ranges: Array<[number, number]> = [];
    for (let i = 0; i < hits.length; i++) if (hits[i]) ranges.push([starts[i]!, ends[i]!]);
    return ranges;
  }

  /**
   * The passage of the answer (of the first EXCERPT_ANSWERS) that holds the query's rarest matched words:
   * the window of EXCERPT_WORDS words whose distinct matched stems weigh most, each by its rarity in the
   * feed (a word in every answer says little about where the answer to this query is); of equal ones, the
   * one with more matched words, then the first.
   */
  excerptOf(question: Question, matched: Set<number>): Excerpt | undefined {
    const sources = question.answers.length
      ? firstTextAnswers(question.answers, EXCERPT_ANSWERS).map((answer) => ({ answer, text: plainAnswer(answer, question.urgent) }))
      : question.excerpt
        ? [{ answer: undefined, text: withoutUrgentText(question.excerpt, question.urgent) }]
        : [];
    let chosen: { answer?: Answer; text: string; words: ReturnType<SearchIndex['matchesIn']>; at: number; weight: number; hits: number } | undefined;
    const rarity = new Map<number, number>();
    const weightOf = (stem: number) => {
      let weight = rarity.get(stem);
      if (weight === undefined) rarity.set(stem, (weight = this.rarityOf(this.postingDocs[stem]?.length ?? 0)));
      return weight;
    };
    for (const { answer, text } of sources) {
      // The passage is sought in the answer's first EXCERPT_SCAN characters: long answers (a medical
      // corpus has answers of 5,000 words) would otherwise cost more than the search.
      const words = this.matchesIn(text.length > EXCERPT_SCAN ? text.slice(0, EXCERPT_SCAN) : text, matched);
      const { hits, stems } = words;
      // A sliding window: how often each matched stem is in it, the weight of those present, and the hits.
      const inWindow = new Map<number, number>();
      let [weight, count, bestWeight, bestHits, at] = [0, 0, -1, -1, 0];
      for (let i = 0; i < hits.length; i++) {
        if (hits[i]) {
          const times = inWindow.get(stems[i]!) ?? 0;
          if (!times) weight += weightOf(stems[i]!);
          inWindow.set(stems[i]!, times + 1);
          count++;
        }
        const out = i - EXCERPT_WORDS;
        if (out >= 0 && hits[out]) {
          const times = inWindow.get(stems[out]!)! - 1;
          if (!times) weight -= weightOf(stems[out]!);
          inWindow.set(stems[out]!, times);
          count--;
        }
        if (weight > bestWeight + 1e-9 || (Math.abs(weight - bestWeight) <= 1e-9 && count > bestHits)) [bestWeight, bestHits, at] = [weight, count, Math.max(0, i - EXCERPT_WORDS + 1)];
      }
      if (!chosen || bestWeight > chosen.weight + 1e-9 || (Math.abs(bestWeight - chosen.weight) <= 1e-9 && bestHits > chosen.hits)) chosen = { answer, text, words, at, weight: bestWeight, hits: bestHits };
    }
    if (!chosen || chosen.words.hits.length === 0) return undefined;
    const { starts, ends, hits } = chosen.words;
    // Start a few words before the window's first hit, for context, keeping its last hit in.
    const windowEnd = Math.min(hits.length, chosen.at + EXCERPT_WORDS) - 1;
    let [firstHit, lastHit] = [chosen.at, windowEnd];
    while (firstHit <= windowEnd && !hits[firstHit]) firstHit++;
    while (lastHit > firstHit && !hits[lastHit]) lastHit--;
    // (Near the end of the text, the passage starts earlier: it is as long as the others.)
    const from = firstHit > windowEnd ? chosen.at : Math.max(0, Math.min(hits.length - EXCERPT_WORDS, Math.max(firstHit - 3, lastHit - EXCERPT_WORDS + 1)));
    const last = Math.min(hits.length, from + EXCERPT_WORDS) - 1;
    const start = starts[from]!;
    const end = ends[last]!;
    const text = `${from > 0 ? '…' : ''}${chosen.text.slice(start, end)}${end < chosen.text.length ? '…' : ''}`;
    const shift = (from > 0 ? 1 : 0) - start;
    const matches: Array<[number, number]> = [];
    for (let i = from; i <= last; i++) if (hits[i]) matches.push([starts[i]! + shift, ends[i]! + shift]);
    return { text, matches, ...(chosen.answer && { answer: chosen.answer }) };
  }

  // Hooks for a sharded index (src/search/sharded-index.ts): what `split` writes,
  // and an index made again from those pieces, whose postings load per query.

  /** The feed's words; each stem's documents with their precomputed BM25F weights, and the documents whose title holds it; titles' lengths. */
  pieces(): {
    words: readonly string[];
    stems: Array<{ stem: string; docs: readonly number[]; weights: readonly number[]; titleDocs: readonly number[] }>;
    titleLengths: readonly number[];
  } {
    return {
      words: this.surfaceWords,
      stems: [...this.stems].map(([stem, id]) => ({ stem, docs: this.postingDocs[id]!, weights: this.postingWeights[id]!, titleDocs: this.titles.docs.get(id) ?? [] })),
      titleLengths: this.titles.lengths,
    };
  }

  /**
   * An index of `feed` (whose questions may stand in for ones not loaded yet)
   * from a sharded index's words (in any order) and titles' lengths: stems,
   * trigrams and prefixes as a build makes them, postings empty until `setPostings`.
   */
  static async fromWords(feed: Feed, words: readonly string[], titleLengths: readonly number[]): Promise<SearchIndex> {
    const index = new SearchIndex(feed, await languagePack(feed.language));
    await runSliced(index.wordSteps(words, titleLengths));
    return index;
  }

  private *wordSteps(words: readonly string[], titleLengths: readonly number[]): Generator<void> {
    yield* this.synonymSteps();
    for (const key of this.phrases.keys()) this.unknownPhrases.add(this.stems.get(key)!);
    for (const word of words) {
      if (!this.surface.has(word)) this.stemOf(word, true);
      yield;
    }
    yield* this.lookupSteps(titleLengths);
  }

  /** The stems a query's words match (own, typing errors, prefixes, synonyms): the postings a search will read. */
  stemsFor(query: string): string[] {
    const names = this.stemNames();
    const ids = new Set<number>();
    for (const concept of this.concepts(capQuery(query))) {
      for (const alternative of concept) {
        for (const { word, typing } of alternative) for (const id of this.matchesOf(word, typing).keys()) ids.add(id);
        const phrase = this.phraseId(alternative);
        if (phrase !== undefined) ids.add(phrase);
      }
    }
    return [...ids].map((id) => names[id]!);
  }

  /** Sets a stem's postings (documents ascending, BM25F weights, those whose title holds it); an unknown stem is ignored. */
  setPostings(stem: string, docs: number[], weights: number[], titleDocs: number[]): void {
    const id = this.stems.get(stem);
    if (id === undefined) return;
    this.unknownPhrases.delete(id);
    this.postingDocs[id] = docs;
    this.postingWeights[id] = weights;
    if (titleDocs.length) this.titles.docs.set(id, titleDocs);
  }
}

/**
 * Whether a phrase's words stand together: from each word's ascending positions, whether some
 * window of one position per word more than the phrase's length holds all of them.
 */
function standTogether(positions: ReadonlyArray<readonly number[]>): boolean {
  const entries = positions.flatMap((list, part) => list.map((at) => [at, part] as const)).sort((a, b) => a[0] - b[0]);
  const inWindow = new Array<number>(positions.length).fill(0);
  let held = 0;
  for (let right = 0, left = 0; right < entries.length; right++) {
    if (inWindow[entries[right]![1]]!++ === 0) held++;
    while (entries[right]![0] - entries[left]![0] > positions.length) if (--inWindow[entries[left++]![1]]! === 0) held--;
    if (held === positions.length) return true;
  }
  return false;
}

/** A search result that works out its highlights only when read. */
class LazyResult implements SearchResult {
  private titles?: Array<[number, number]>;
  private passage?: { value?: Excerpt };

  constructor(
    readonly question: Question,
    private readonly matched: Set<number>,
    private readonly index: SearchIndex,
  ) {}

  get titleMatches(): Array<[number, number]> {
    return (this.titles ??= this.index.titleMatchesOf(this.question, this.matched));
  }

  get excerpt(): Excerpt | undefined {
    return (this.passage ??= { value: this.index.excerptOf(this.question, this.matched) }).value;
  }
}

/** The beginning of an answer's text without its markup signs (`**`, list markers, link URLs), as an excerpt shows it; made once per answer. */
const plainAnswers = new WeakMap<Answer, string>();
function plainAnswer(answer: Answer, urgent: string | undefined): string {
  let text = plainAnswers.get(answer);
  // Only the beginning the excerpt is sought in (twice EXCERPT_SCAN, for the signs taken out): a medical
  // corpus has answers of 5,000 words, and a reader's first keystrokes show twenty of them.
  if (text === undefined) plainAnswers.set(answer, (text = plainText(withoutUrgentText((answer.text ?? '').slice(0, 2 * EXCERPT_SCAN), urgent)).replace(/\s+/g, ' ')));
  return text;
}

/** How many bits of a 32-bit integer are set. */
function bitCount(bits: number): number {
  let count = 0;
  for (let rest = bits >>> 0; rest; rest &= rest - 1) count++;
  return count;
}

/** Whether an ascending list holds `value` (a binary search). */
function holds(list: readonly number[], value: number): boolean {
  let [low, high] = [0, list.length - 1];
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if (list[middle] === value) return true;
    if (list[middle]! < value) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

/** The list under `key`, made empty on first use. */
function listIn<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

const indexes = new WeakMap<Feed, Promise<SearchIndex>>();

/** The search index of a feed: built on first use (a large feed's warmed up once ready), then shared. */
export function searchIndexFor(feed: Feed): Promise<SearchIndex> {
  let index = indexes.get(feed);
  if (!index) {
    index = SearchIndex.build(feed).then(async (built) => {
      // A large feed's index is ready once warmed up, or after WARM_UP_WAIT_MS (a page never idle); the warm-up goes on.
      if (feed.questions.length >= WARM_UP_FEED) await Promise.race([built.warmUp().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, WARM_UP_WAIT_MS))]);
      return built;
    });
    indexes.set(feed, index);
  }
  return index;
}

export { normalize };
