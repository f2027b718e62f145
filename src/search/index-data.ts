/**
 * The data of a feed's search index, and the small operations on it every part
 * of the search shares: a word's stem id, a stem's rarity, synonym phrases' keys,
 * reused per-question arrays. Built by index-build.ts, read by query-analysis.ts,
 * ranking.ts and excerpts.ts; search-index.ts is the facade.
 */
import type { Feed } from '../feed/types.js';
import type { LanguagePack } from './language.js';
import { DocLists, PackedLists, Postings } from './postings.js';

/** How much a word counts in each field (BM25F field weights), in index order (the relevance benchmark gives its baselines the same). */
export const FIELD_WEIGHTS = [3, 2.5, 1.5, 1, 1]; // title, tags, summary, experts, answer text
export const K1 = 1.2;
export const B = 0.75;
/** Phrases of synonym groups indexed as stems of their own: at most this many, of at most this many content words (longer or later ones are not required together). */
export const MAX_PHRASES = 1000;
export const MAX_PHRASE_WORDS = 5;
/** The longest stem a split feed's files may hold (shard-format.ts). */
export const MAX_STEM_LENGTH = 200;
/**
 * Longer words are not indexed: no language has them, and a split feed's files refuse words
 * over MAX_STEM_LENGTH (a word's normalised form can be longer than the text: Hangul, ß).
 */
export const MAX_INDEXED_WORD = 100;

/**
 * The index's data; the parts of the search extend it (see search-index.ts).
 * @internal Not API: a layer of `SearchIndex`.
 */
export abstract class IndexData {
  /** Every distinct (normalised) word of the feed, and its stem's id. */
  protected readonly surface = new Map<string, number>();
  protected readonly surfaceWords: string[] = [];
  protected readonly stems = new Map<string, number>();
  /**
   * For each stem id: the documents that hold it and its BM25F weight in each (see postings.ts). Empty
   * until the build's last steps (`building` holds them meanwhile), or for a sharded index until `setPostings`.
   */
  protected readonly postings = new Postings();
  /** While the index is built: each stem's documents, and its packed field counts in each (see `add`); fields' lengths. */
  protected building?: { docs: number[][]; packed: number[][]; fieldLengths: number[][] };
  /** Surface word ids by trigram (typo tolerance) and by first two characters (prefixes). */
  protected readonly trigrams = new PackedLists<string>();
  protected readonly prefixes = new PackedLists<string>();
  protected readonly synonymGroups: string[][] = [];
  /**
   * The keys of the synonym groups' phrases of two content words or more (see `phraseKey`). A
   * phrase is indexed as a stem of its own (its key: stems never hold a space) whose postings are
   * the questions where its words stand together (see `add`), so a split feed's shards carry them
   * like any stem's.
   */
  protected readonly phrases = new Map<string, string[]>();
  /** Synonym phrases' keys by their text (see `phraseKeyOf`). */
  protected readonly phraseKeys = new Map<string, string | undefined>();
  /** The stem of each synonym phrase of one content word (see `concepts`). */
  protected readonly wordStems = new Map<string, string>();
  /** The phrases each of their words' stems is in (see `add`). */
  protected readonly phrasesOfStem = new Map<string, string[]>();
  /** Each stem id's stem ("diagnos"), in id order. */
  protected readonly stemStrings: string[] = [];
  /** A sharded index's phrases whose postings its files did not hold (made before phrases were indexed): not required together. */
  protected readonly unknownPhrases = new Set<number>();
  /** Scratch counts of shared trigrams, one per feed word (see `matchesOf`). */
  protected gramCounts?: Uint16Array;
  /** The words of the texts last read for highlights and excerpts (see `wordsIn`). */
  protected readonly textWords = new Map<string, { starts: Int32Array; ends: Int32Array; stems: Int32Array }>();
  /** Per-question arrays that searches gave back (see `scratch`). */
  protected readonly scratchArrays: Float64Array[] = [];
  /** Stem ids by their stem less its last letter ("diagnos" → diagnosi, diagnos…), for relatives. */
  protected readonly relatives = new PackedLists<string>();
  /** Titles on their own: the questions whose title holds each stem (ascending); titles' lengths in content words. */
  protected readonly titles = { docs: new DocLists(), lengths: [] as number[], average: 1 };

  protected constructor(
    readonly feed: Feed,
    protected readonly language: LanguagePack,
  ) {}

  /** The stem id of a synonym phrase (see `phrases`); undefined for a single word or another phrase. */
  protected phraseId(words: ReadonlyArray<{ word: string }>): number | undefined {
    const key = words.length > 1 ? this.phraseKey(words.map(({ word }) => word)) : undefined;
    return key && this.phrases.has(key) ? this.stems.get(key) : undefined;
  }

  /** A synonym phrase's key (see `phraseKey`), worked out once per phrase. */
  protected phraseKeyOf(phrase: string[]): string | undefined {
    const text = phrase.join(' ');
    if (!this.phraseKeys.has(text)) this.phraseKeys.set(text, this.phraseKey(phrase));
    return this.phraseKeys.get(text);
  }

  /** A phrase's key: the stems of its content words, sorted, space-separated; undefined for fewer than two. */
  protected phraseKey(words: readonly string[]): string | undefined {
    const stems = [...new Set(words.filter((word) => !this.language.stopWords.has(word)).map((word) => this.language.stem(word)))].sort();
    return stems.length > 1 ? stems.join(' ') : undefined;
  }

  /** The stem id of a normalised word, made on first use when `create`. */
  protected stemOf(word: string, create: boolean): number | undefined {
    let id = this.surface.get(word);
    if (id !== undefined || !create) return id ?? this.stems.get(this.language.stem(word));
    const stem = this.language.stem(word);
    id = this.stems.get(stem) ?? this.newStem(ownCopy(stem));
    word = ownCopy(word);
    this.surface.set(word, id);
    this.surfaceWords.push(word);
    return id;
  }

  /** A new stem's id, its postings empty. */
  protected newStem(stem: string): number {
    const id = this.stemStrings.length;
    this.stems.set(stem, id);
    this.stemStrings.push(stem);
    this.building?.docs.push([]);
    this.building?.packed.push([]);
    return id;
  }

  /** How rare a word in `count` of the feed's questions is (BM25's inverse document frequency). */
  protected rarityOf(count: number): number {
    const total = this.feed.questions.length;
    return Math.log(1 + (total - count + 0.5) / (count + 0.5));
  }

  /** Each stem id's stem ("diagnos"), made on first use. */
  protected stemNames(): readonly string[] {
    return this.stemStrings;
  }

  /**
   * A zeroed array of one number per question, from the arrays searches gave back
   * (`release`): a query on a large feed needs a dozen, and allocating them anew each
   * keystroke (128 KB each at 16,000 questions) made the garbage collector pause typing.
   */
  protected scratch(): Float64Array {
    const total = this.feed.questions.length;
    const array = this.scratchArrays.pop();
    if (array?.length !== total) return new Float64Array(total);
    return array.fill(0);
  }

  /** Gives arrays from `scratch` back, to be used again. */
  protected release(...arrays: Float64Array[]): void {
    if (this.scratchArrays.length < 32) this.scratchArrays.push(...arrays);
  }
}

/**
 * A string of its own, not part of a longer one: a word read from a text is a slice of the text's
 * normalised copy (the whole answer, lower-cased), and the engine keeps a long slice as a view of
 * its text, so each word kept in the vocabulary kept a copy of the answer it was first met in.
 * (Joined anew: a flat string, not added to the engine's table of shared strings as `JSON.parse`'s are.)
 */
export function ownCopy(text: string): string {
  return text.split('').join('');
}

/** How many bits of a 32-bit integer are set. */
export function bitCount(bits: number): number {
  let count = 0;
  for (let rest = bits >>> 0; rest; rest &= rest - 1) count++;
  return count;
}

/** Whether an ascending list holds `value` (a binary search). */
export function holds(list: ArrayLike<number>, value: number): boolean {
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
export function listIn<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}
