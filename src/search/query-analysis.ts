/**
 * What a query asks: its concepts (content words, and the synonym groups whose
 * phrases it holds), and for each word the stems of the feed it matches, with how
 * closely: its own, relatives (stems one last letter apart), typing errors (one or
 * two edits) for words the feed lacks or holds in few questions, and the words it
 * begins while it is being typed. Concepts are worked out once per query (a
 * keystroke asks `hasContent` and `search` of the same text).
 */
import { MAX_QUERY_WORDS } from './query-cap.js';
import { trigramsOf, wordsOf } from './text-match.js';
import { IndexBuild } from './index-build.js';
import { MAX_PHRASE_WORDS } from './index-data.js';
import { FAMILY_CLOSENESS, FAMILY_STEM } from './query-analysis-constants.js';
import type { Concept } from './search-types.js';

/** A typed-in prefix expands to at most this many words (the shortest). */
const MAX_PREFIX_WORDS = 30;
/** A word of the feed in at most this many questions may be a typo (see `matchesOf`). */
const RARE_WORD = 5;
/**
 * The most normalised words a query is read for: normalising can split one typed word into
 * several (voiced kana, Arabic hamza: their marks are taken out), and the ranking keeps a
 * concept as a bit of a 32-bit mask (at least one word each).
 */
const MAX_NORMALISED_WORDS = 2 * MAX_QUERY_WORDS;

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

/**
 * A query's analysis (see search-index.ts).
 * @internal Not API: a layer of `SearchIndex`.
 */
export abstract class QueryAnalysis extends IndexBuild {
  /** The last query analysed, and its concepts. */
  private lastConcepts?: { query: string; concepts: Concept[] };

  /**
   * The stems one query word matches, with how closely (0–1): its own stem;
   * else, if it is not a word of the feed, the feed's words one or two typing
   * errors away; and, for the word being typed, the words it begins. Adds the
   * typing errors' neighbours it matched to `corrections`.
   */
  protected matchesOf(word: string, typing: boolean, exact?: Set<string>, corrections?: Set<number>): Map<number, number> {
    const found = new Map<number, number>();
    const keep = (stem: number, closeness: number) => found.set(stem, Math.max(found.get(stem) ?? 0, closeness));
    const own = this.stemOf(word, false);
    const ownCount = own === undefined ? 0 : this.postings.count(own);
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
        if (own !== undefined && (stem === own || this.postings.count(stem) < 10 * ownCount)) continue;
        const distance = editDistance(word, this.surfaceWords[id]!, edits);
        if (distance > edits) continue;
        keep(stem, 1 - 0.2 * distance);
        corrections?.add(stem);
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
      const longer = Array.from(this.prefixes.get(word.slice(0, 2)) ?? [], (id) => this.surfaceWords[id]!)
        .filter((other) => other.length > word.length && other.startsWith(word))
        .sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0)) // shortest first, then alphabetical: the same whatever order the words were met in
        .slice(0, MAX_PREFIX_WORDS);
      // A word being typed weighs no more than its commonest completion (or itself, when it is
      // a word of the feed): a rare word it happens to begin ("diseasean", glued in one answer)
      // must not outweigh "disease" for a reader who has typed "disease".
      const stemsOf = longer.map((other) => this.surface.get(other)!);
      const common = Math.max(ownCount, ...stemsOf.map((id) => this.postings.count(id)));
      stemsOf.forEach((id, i) => {
        const cap = Math.min(1, this.rarityOf(common) / this.rarityOf(this.postings.count(id)));
        keep(id, ((0.6 * word.length) / longer[i]!.length) * cap);
      });
    }
    return found;
  }

  /**
   * What a query asks, as concepts: each is one content word of the query (stop
   * words dropped), or a synonym group one of whose phrases the query holds,
   * with that phrase first. A concept is a list of alternatives, each a list of
   * words; the query's last word is marked while it is still being typed.
   */
  protected concepts(query: string): Concept[] {
    if (this.lastConcepts?.query !== query) this.lastConcepts = { query, concepts: this.conceptsOf(query) };
    return this.lastConcepts.concepts;
  }

  private conceptsOf(query: string): Concept[] {
    // `capQuery` counts words as typed; normalising can split one into many (voiced kana, Arabic hamza: their
    // marks are taken out), and `score` keeps a concept as a bit of a 32-bit mask.
    const all = wordsOf(query);
    const words = all.slice(0, MAX_NORMALISED_WORDS);
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
}
