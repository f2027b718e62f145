/**
 * Building the index, in time slices: a feed's words stemmed and counted per field
 * (BM25F's weights once the average field lengths are known), synonym phrases
 * found where their words stand together, then the lookups (trigrams, prefixes,
 * relatives, titles on their own). A sharded index is made again from its words
 * (`wordSteps`), its postings set per query.
 */
import type { Question } from '../feed/types.js';
import { primaryLanguage } from './language.js';
import { LAY_TERMS } from './lay-terms.js';
import { trigramsOf, wordsOf } from './text-match.js';
import { withoutUrgentText } from './urgent-text.js';
import { B, FIELD_WEIGHTS, IndexData, K1, MAX_INDEXED_WORD, MAX_PHRASES, MAX_PHRASE_WORDS, MAX_STEM_LENGTH, listIn } from './index-data.js';
import { FAMILY_STEM } from './query-analysis-constants.js';

/** How long (ms) the build works before it yields to the browser. */
const SLICE_MS = 10;

export const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Runs a generator of small steps, yielding to the browser whenever the
 * current slice's time is up: every loop of the build yields a step, so no
 * task runs much longer than `SLICE_MS`, whatever the feed's size or shape.
 */
export async function runSliced(steps: Iterator<unknown>): Promise<void> {
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

/**
 * An index's build steps (see search-index.ts).
 * @internal Not API: a layer of `SearchIndex`.
 */
export abstract class IndexBuild extends IndexData {
  protected *buildSteps(): Generator<void> {
    const building = (this.building = { docs: this.stemStrings.map(() => []), packed: this.stemStrings.map(() => []), fieldLengths: FIELD_WEIGHTS.map(() => []) });
    yield* this.synonymSteps();
    const { questions } = this.feed;
    for (let i = 0; i < questions.length; i++) yield* this.add(questions[i]!, i);
    // Field counts become BM25F weights, now that average field lengths are known; the lists are packed (postings.ts).
    const { fieldLengths } = building;
    const averages = fieldLengths.map((lengths) => lengths.reduce((sum, n) => sum + n, 0) / Math.max(1, lengths.length) || 1);
    yield* this.postings.packSteps(building.docs, (id, docs) => {
      const packed = building.packed[id]!;
      building.packed[id] = [];
      const weights = new Float64Array(docs.length);
      for (let i = 0; i < docs.length; i++) {
        let tf = 0;
        for (let field = 0; field < FIELD_WEIGHTS.length; field++) {
          const count = (packed[i]! >> (6 * field)) & 63;
          if (count) tf += (FIELD_WEIGHTS[field]! * count) / (1 - B + (B * fieldLengths[field]![docs[i]!]!) / averages[field]!);
        }
        weights[i] = tf / (K1 + tf);
      }
      return weights;
    });
    this.building = undefined;
    yield* this.lookupSteps();
  }

  /**
   * The lookups made from the vocabulary: trigrams, two-character prefixes, relatives,
   * titles on their own (from the titles, or for a sharded index the titles' lengths,
   * its stems' title documents coming with their postings), synonym groups.
   */
  protected *lookupSteps(titleLengths?: readonly number[]): Generator<void> {
    const [trigrams, prefixes, relatives] = [new Map<string, number[]>(), new Map<string, number[]>(), new Map<string, number[]>()];
    for (let id = 0; id < this.surfaceWords.length; id++) {
      const word = this.surfaceWords[id]!;
      for (const gram of trigramsOf(word)) listIn(trigrams, gram).push(id);
      listIn(prefixes, word.slice(0, 2)).push(id);
      yield;
    }
    for (const [stem, id] of this.stems) {
      if (stem.length > FAMILY_STEM && !this.phrases.has(stem)) listIn(relatives, stem.slice(0, -1)).push(id);
      yield;
    }
    yield* this.trigrams.packSteps(trigrams);
    yield* this.prefixes.packSteps(prefixes);
    yield* this.relatives.packSteps(relatives);
    if (titleLengths) this.setTitleLengths(titleLengths);
    else yield* this.titleSteps();
  }

  /** The feed's synonym groups (with lay words when it asks for them), and their phrases as stems of their own. */
  protected *synonymSteps(): Generator<void> {
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
        this.newStem(key);
      }
      yield;
    }
  }

  /** Indexes the titles on their own (see `score`): derived from the titles and the vocabulary only. */
  protected *titleSteps(): Generator<void> {
    const { lengths } = this.titles;
    const docs = new Map<number, number[]>();
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
    yield* this.titles.docs.packSteps(docs, this.stemStrings.length);
    this.setTitleLengths(lengths);
  }

  protected setTitleLengths(lengths: readonly number[]): void {
    if (lengths !== this.titles.lengths) this.titles.lengths.push(...lengths);
    this.titles.average = lengths.reduce((sum, n) => sum + n, 0) / Math.max(1, lengths.length) || 1;
  }

  protected *add(question: Question, docId: number): Generator<void> {
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
      this.building!.fieldLengths[field]!.push(length);
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
      this.building!.docs[id]!.push(docId);
      this.building!.packed[id]!.push(packed);
      yield;
    }
  }

  protected *wordSteps(words: readonly string[], titleLengths: readonly number[]): Generator<void> {
    yield* this.synonymSteps();
    for (const key of this.phrases.keys()) this.unknownPhrases.add(this.stems.get(key)!);
    for (const word of words) {
      if (!this.surface.has(word)) this.stemOf(word, true);
      yield;
    }
    yield* this.lookupSteps(titleLengths);
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
