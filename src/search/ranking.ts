/**
 * Ranking: how well each question matches a query's concepts, and which questions
 * are matches at all. The mechanisms, in the order they apply (each documented once
 * in docs/architecture.md, each earning its place on the held-out halves of
 * bench/relevance, see bench/RELEVANCE.md):
 *
 * 1. field-weighted BM25 (BM25F) over every field, each concept weighing its rarity;
 * 2. the title on its own, words' rarity among titles, shorter titles closer (each concept counted once);
 * 3. title coverage: titles holding more of the query's concepts count more;
 * 4. no close match: a best match holding only common concepts, and half the query or fewer; or no title
 *    holding any concept and no question holding much of the query's weight (weak everywhere);
 * 5. corrections confirm: a question matched only through typing errors' neighbours is none beside one matched as typed;
 * 6. the key concept: the best title's weightiest concept is required, unless a title holds another;
 * 7. the whole query: when the best title holds every concept, a title holding none is no match;
 * 8. the relative floor: matches under a share of the best's BM25F evidence are dropped;
 * 9. the exact form: near ties go to the title holding the words as typed.
 */
import { wordsOf } from './text-match.js';
import { K1, bitCount, holds } from './index-data.js';
import { NO_DOCS } from './postings.js';
import { QueryAnalysis } from './query-analysis.js';
import type { Matches, SearchOptions } from './search-types.js';

/** A concept in more than this share of the feed's questions is common: a best match that holds only common concepts, and half the query's or fewer, is no close match (see `score`). */
const COMMON_SHARE = 0.5;
/**
 * No question holding concepts worth this share of the query's weight (their rarity), and no title holding any
 * of them, is no close match (see `score`). Chosen on the tuning halves (0.2, 0.25, 0.3, 0.35): the largest that
 * empties no answered query.
 */
const WEAK_COVERAGE = 0.3;
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

/**
 * An index's ranking (see search-index.ts).
 * @internal Not API: a layer of `SearchIndex`.
 */
export abstract class Ranking extends QueryAnalysis {
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
  protected score(
    query: string,
    matched: Set<number>,
    exact: Set<string>,
  ): { scores: Float64Array; body: Float64Array; docs: readonly number[] } {
    const total = this.feed.questions.length;
    const concepts = this.concepts(query);
    // The concepts matched only through typing errors' neighbours (bit c for concept c): see "corrections confirm".
    let corrected = 0;
    const matches: Matches = concepts.map((concept, c) => {
      const corrections = new Set<number>();
      const alternatives = concept.map((alternative, a) =>
        alternative.map(({ word, typing }) => {
          const forms = new Set<string>();
          const found = this.matchesOf(word, typing, forms, corrections);
          if (a === 0) forms.forEach((form) => exact.add(form));
          found.forEach((_, stem) => matched.add(stem));
          return found;
        }),
      );
      const stems = alternatives.flat().flatMap((found) => [...found.keys()]);
      if (stems.length && stems.every((stem) => corrections.has(stem))) corrected |= 1 << c;
      return alternatives;
    });
    // A synonym phrase counts only where its words stand together ("irregular periods", not "periods" here and "later" there).
    const together = concepts.map((concept) =>
      concept.map((alternative) => {
        const id = this.phraseId(alternative);
        return id === undefined || this.unknownPhrases.has(id) ? undefined : this.postings.docsOf(id);
      }),
    );
    const body = this.evidence(
      matches,
      together,
      (stem) => this.postings.docsOf(stem),
      (stem) => this.rarityOf(this.postings.count(stem)),
      (stem) => this.postings.weightsOf(stem),
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
    // BM25 (one occurrence) over the title's content words, each of the query's concepts counted once (a name and
    // its abbreviation are one: `restated`): a short title is a close one. Held-out MRR@10 without the once: demo
    // English sentences 0.946 -> 0.943; every other set the same.
    const { covered, conceptsInTitle, restated } = this.titlesHolding(matches, together);
    const norm = (doc: number) => (K1 + 1) / (1 + K1 * (1 - TITLE_B + (TITLE_B * Math.max(1, titles.lengths[doc]! - restated[doc]!)) / titles.average));
    const title = this.evidence(
      matches,
      together,
      (stem) => titles.docs.get(stem) ?? NO_DOCS,
      (stem) => titleRarity(titles.docs.get(stem)?.length ?? total),
      () => undefined,
      titleRarity(0),
      body.kept?.concept,
    );
    if (title.weight) for (const doc of docs) scores[doc] = scores[doc]! + TITLE_SHARE * norm(doc) * (title.scores[doc]! / title.weight);
    this.release(restated);
    // Titles that hold more of the query's concepts (a question type, "symptoms", "inherited", as much as
    // the condition) rank above those that hold fewer: a share of the score, by the square of the share held.
    if (matches.length > 1) for (const doc of docs) if (covered[doc]) scores[doc] = scores[doc]! * (1 + TITLE_COVERAGE * (covered[doc]! / matches.length) ** 2);
    // The best match; of equal ones, the first question.
    let best = docs[0] ?? 0;
    for (const doc of docs) if (scores[doc]! > scores[best]! || (scores[doc] === scores[best] && doc < best)) best = doc;
    // No close match, weak everywhere: no title holds any of the query's concepts and no question holds concepts
    // worth WEAK_COVERAGE of its weight: some of the query's words are the feed's, its topic is not. (What a question
    // holds, not how often: a long answer is no weaker.) Held out: demo unanswered queries told so, English 1 -> 3 of
    // 12, Spanish 3 -> 5 of 6 (tuning 1 -> 3 of 11, 1 -> 3 of 5); every answered set's MRR@10, precision and recall
    // the same.
    if (docs.every((doc) => !covered[doc])) {
      const weightOf = (held: number) => body.weights.reduce((sum, weight, c) => (held & (1 << c) ? sum + weight : sum), 0);
      let most = 0;
      for (const doc of docs) most = Math.max(most, weightOf(body.held[doc]!));
      if (most < WEAK_COVERAGE * body.weight) for (const doc of docs) scores[doc] = 0;
    }
    if (matches.length > 1) {
      // No close match: the best match holds half the query's concepts or fewer, and only concepts most of the
      // feed's questions hold ("fertility" in a clinic's feed): what it holds says nothing about this feed's
      // questions that the feed does not say of most of them. Decided on the whole feed, as the key concept below.
      const bestHeld = body.held[best]!;
      if (2 * bitCount(bestHeld) <= matches.length && (bestHeld & ~body.common) === 0) for (const doc of docs) scores[doc] = 0;
      // Corrections confirm, they do not stand alone: when the best match holds a concept as typed, a question that
      // holds only concepts matched through typing errors' neighbours (a word the feed lacks, read as the feed's
      // words an edit or two away, which a real word has too) is no match, unless its title holds one of them.
      // Held-out: no judged outcome changes (MRR@10 and precision the same within 0.001); MedQuAD lists shorter.
      if (corrected && body.held[best]! & ~corrected) {
        for (const doc of docs) if (!(body.held[doc]! & ~corrected) && !covered[doc]) scores[doc] = 0;
      }
      // The key concept: when the best match's title holds the query's weightiest concept, the query is about it,
      // and a question without it is not a match unless its title holds another of the query's concepts: the
      // filler of a sentence does not make a match alone. Decided on the whole feed: a category filter only narrows
      // the list. Held-out whole-list precision without it (bench/relevance/halves.mjs): demo English sentences
      // 0.60 -> 0.55, MedQuAD typos 0.12 -> 0.11; MRR@10 the same.
      if (body.kept && title.kept) {
        const [held, inTitle] = [body.kept.held, title.kept.held];
        if (inTitle[best]! > 0) for (const doc of docs) if (!held[doc] && !covered[doc]) scores[doc] = 0;
        this.release(held, inTitle);
      }
    }
    // A question about the whole query: when the best match's title holds every concept of a query of two or more,
    // a question whose title holds none of them, and that names them only in passing in its answers, is no match.
    // Held-out whole-list precision without it: demo English two-word queries 0.77 -> 0.67, typos 0.74 -> 0.66,
    // Spanish sentences 0.64 -> 0.61, MedQuAD key terms 0.12 -> 0.11 (listed 62 -> 83); MRR@10 the same.
    // A word still being typed counts as itself only: a prefix is not yet the title's word it begins.
    // (Read only when the title holds every concept: on a large feed a title word's list is long.)
    const typedAsItself = () =>
      concepts.every((concept) =>
        concept[0]!.every(({ word, typing }) => !typing || (titles.docs.get(this.stemOf(word, false) ?? -1) ?? NO_DOCS).includes(best)),
      );
    if (matches.length > 1 && covered[best] === matches.length && typedAsItself()) for (const doc of docs) if (!covered[doc]) scores[doc] = 0;
    this.release(covered, conceptsInTitle);
    this.release(title.scores);
    this.release(title.held, body.held);
    return { scores, body: shares, docs };
  }

  /**
   * What each question's title holds of a query: how many of its concepts (`covered`), which (`conceptsInTitle`,
   * bit c for concept c: a query has MAX_QUERY_WORDS at most), and how many of the title's words restate a concept
   * it already names (`restated`: an abbreviation beside its full form, a phrase's second word), so that a title's
   * length counts each concept once. A phrase's title words count only in the questions that hold it together.
   */
  protected titlesHolding(
    matches: Matches,
    together: ReadonlyArray<ReadonlyArray<Int32Array | undefined>>,
  ): { covered: Float64Array; conceptsInTitle: Float64Array; restated: Float64Array } {
    const [covered, conceptsInTitle, restated] = [this.scratch(), this.scratch(), this.scratch()];
    matches.forEach((concept, c) => {
      const seen = new Set<number>();
      concept.forEach((alternative, a) => {
        const gate = together[c]![a];
        for (const found of alternative) {
          for (const [stem] of found) {
            if (seen.has(stem)) continue;
            seen.add(stem);
            for (const doc of this.titles.docs.get(stem) ?? NO_DOCS) {
              if (gate && !holds(gate, doc)) continue;
              if (conceptsInTitle[doc]! & (1 << c)) {
                restated[doc] = restated[doc]! + 1;
                continue;
              }
              conceptsInTitle[doc] = conceptsInTitle[doc]! | (1 << c);
              covered[doc] = covered[doc]! + 1;
            }
          }
        }
      });
    });
    return { covered, conceptsInTitle, restated };
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
  protected evidence(
    matches: Matches,
    together: ReadonlyArray<ReadonlyArray<Int32Array | undefined>>,
    docsOf: (stem: number) => ArrayLike<number>,
    rarityOf: (stem: number) => number,
    weightsOf: (stem: number) => ArrayLike<number> | undefined,
    unmatched: number,
    keep?: number,
  ): {
    scores: Float64Array;
    docs: number[];
    weight: number;
    weights: number[];
    held: Float64Array;
    common: number;
    kept?: { concept: number; held: Float64Array; weight: number };
  } {
    const scores = this.scratch();
    // The questions each score array holds a number for (above zero), so that every pass reads those only: a query
    // touches a few hundred questions of a large feed, and a pass over all of them costs most before it is compiled.
    const docs: number[] = [];
    // One word's scores, and the questions it touched (to add and clear them without a pass over all).
    const wordScores = this.scratch();
    const touched: number[] = [];
    let allWeight = 0;
    // Each concept's weight, by index.
    const weights: number[] = [];
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
            const weights = weightsOf(stem);
            weight = Math.max(weight, rarity);
            for (let i = 0; i < docs.length; i++) {
              const doc = docs[i]!;
              const value = weights ? rarity * weights[i]! : rarity;
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
      weights.push(conceptWeight);
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
    return { scores, docs, weight: allWeight, weights, held, common, kept };
  }

  /**
   * The question numbers matching a query, best first, and the stems it matched (for highlights): every match,
   * the category filter applied after the rules (which read the whole feed). The order is final once
   * `breakTies` has read the titles of its head (a sharded index loads them first).
   */
  protected rank(query: string, options: SearchOptions): Ranked {
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
    const head = order.subarray(0, EXACT_HEAD);
    const headScores = Float64Array.from(head, (doc) => scores[doc]!);
    this.release(...new Set([scores, body]));
    return { order, matched, exact, headScores, tied: false };
  }

  /** The documents whose titles `breakTies` reads, the head of the order (a sharded index loads them first). */
  tieBreakDocs(ranked: Ranked): Int32Array {
    return ranked.order.subarray(0, ranked.headScores.length);
  }

  /** Makes a ranking's order final: near ties go to the title that holds the words as typed (or as corrected), "clinic" before "clinics". */
  breakTies(ranked: Ranked): void {
    if (ranked.tied) return;
    ranked.tied = true;
    const { order, exact, headScores } = ranked;
    const scoreOf = new Map<number, number>();
    order.subarray(0, headScores.length).forEach((doc, i) => {
      const verbatim = wordsOf(this.feed.questions[doc]!.title).filter((word) => exact.has(word)).length;
      scoreOf.set(doc, headScores[i]! * (1 + EXACT_BONUS * Math.min(1, verbatim / Math.max(1, exact.size))));
    });
    order.subarray(0, headScores.length).sort((a, b) => scoreOf.get(b)! - scoreOf.get(a)! || a - b);
  }
}

/** A query's ranking (see `rank`): the order, final once `tied`. */
export interface Ranked {
  /** Every match's question number, best first. */
  order: Int32Array;
  /** The stems the query matched (for highlights). */
  matched: Set<number>;
  /** The feed's forms of the words typed (for the exact-form tie-break). */
  exact: Set<string>;
  /** The scores of the order's head, before the tie-break. */
  headScores: Float64Array;
  /** Whether `breakTies` has run. */
  tied: boolean;
}
