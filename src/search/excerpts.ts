/**
 * Highlights and excerpts of results: a title's matched words, and the passage of
 * a question's answers that holds the query's rarest matched words, read without
 * urgent-care text. Texts' words are kept for the last texts read: a reader's
 * keystrokes read the same results again.
 */
import type { Answer, Question } from '../feed/types.js';
import { firstTextAnswers, plainText } from '../feed/plain-text.js';
import { forEachWord } from './text-match.js';
import { withoutUrgentText } from './urgent-text.js';
import { Ranking } from './ranking.js';
import type { Excerpt, SearchResult } from './search-types.js';

/** How many characters of an answer the excerpt's passage is sought in. */
const EXCERPT_SCAN = 4000;
/** How many of a question's answers (the first with text) the excerpt's passage is sought in: a keystroke reads the excerpts of twenty results. */
const EXCERPT_ANSWERS = 8;
/** How many texts' words (titles, answers' beginnings) are kept for highlights and excerpts. */
const TEXTS_KEPT = 400;
/** Words of the excerpt, around its best place. */
const EXCERPT_WORDS = 24;

/**
 * An index's highlights and excerpts (see search-index.ts).
 * @internal Not API: a layer of `SearchIndex`.
 */
export abstract class Excerpts extends Ranking {
  /**
   * A text's words: where each starts and ends, and its stem id (-1 for a stop word or a
   * word of no stem), kept for the last texts read: while a reader types, the same
   * results' titles and answers are read again at each keystroke.
   */
  protected wordsIn(text: string): { starts: Int32Array; ends: Int32Array; stems: Int32Array } {
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
  protected matchesIn(text: string, matched: Set<number>): { starts: Int32Array; ends: Int32Array; stems: Int32Array; hits: Uint8Array } {
    const { starts, ends, stems } = this.wordsIn(text);
    const hits = new Uint8Array(stems.length);
    for (let i = 0; i < stems.length; i++) hits[i] = stems[i]! >= 0 && matched.has(stems[i]!) ? 1 : 0;
    return { starts, ends, stems, hits };
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
    let chosen: { answer?: Answer; text: string; words: ReturnType<Excerpts['matchesIn']>; at: number; weight: number; hits: number } | undefined;
    const rarity = new Map<number, number>();
    const weightOf = (stem: number) => {
      let weight = rarity.get(stem);
      if (weight === undefined) rarity.set(stem, (weight = this.rarityOf(this.postings.count(stem))));
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
}

/**
 * A search result that works out its highlights only when read.
 * @internal Not API: what `SearchIndex` returns, read as a `SearchResult`.
 */
export class LazyResult implements SearchResult {
  private titles?: Array<[number, number]>;
  private passage?: { value?: Excerpt };

  constructor(
    readonly question: Question,
    private readonly matched: Set<number>,
    private readonly index: Excerpts,
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
