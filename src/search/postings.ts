/**
 * The postings of a search index: for each stem id, the documents that hold it
 * (ascending) and its BM25F weight in each. A built index keeps them all in
 * three typed arrays (compressed sparse rows: every stem's documents one after
 * the other, and where each stem's start): 12 bytes an entry and nothing per
 * stem, where a list per stem cost its spare capacity and an object or two
 * (MedQuAD: 1.2 million entries, 22,000 stems). Weights stay 64-bit: as 32-bit
 * floats (4.8 MB less on MedQuAD) two near-equal results traded places in one
 * of the 1,336 judged rankings (bench/relevance/snapshot.mjs). A sharded index's
 * postings arrive a stem at a time (`put`).
 */

/** An empty list of documents, and of weights. */
export const NO_DOCS = new Int32Array(0);
const NO_WEIGHTS = new Float64Array(0);

/** @internal Not API: the postings of `SearchIndex`. */
export class Postings {
  /** Every stem's documents and weights, in stem order; stem `id`'s are from `starts[id]` to `starts[id + 1]`. */
  private docs = NO_DOCS;
  private weights = NO_WEIGHTS;
  private starts = new Int32Array(1);
  /** Stems' postings set one at a time (a sharded index's, as its files load). */
  private readonly single = new Map<number, { docs: Int32Array; weights: Float64Array }>();

  /** How many documents hold a stem. */
  count(id: number): number {
    const one = this.single.get(id);
    if (one) return one.docs.length;
    return id + 1 < this.starts.length ? this.starts[id + 1]! - this.starts[id]! : 0;
  }

  /** The documents that hold a stem, ascending (a view, made per call). */
  docsOf(id: number): Int32Array {
    const one = this.single.get(id);
    if (one) return one.docs;
    return id + 1 < this.starts.length ? this.docs.subarray(this.starts[id]!, this.starts[id + 1]!) : NO_DOCS;
  }

  /** A stem's weights, in the order of its documents (a view, made per call). */
  weightsOf(id: number): Float64Array {
    const one = this.single.get(id);
    if (one) return one.weights;
    return id + 1 < this.starts.length ? this.weights.subarray(this.starts[id]!, this.starts[id + 1]!) : NO_WEIGHTS;
  }

  /** Sets one stem's postings (a sharded index's). */
  put(id: number, docs: readonly number[], weights: readonly number[]): void {
    this.single.set(id, { docs: Int32Array.from(docs), weights: Float64Array.from(weights) });
  }

  /**
   * Packs a build's lists of documents, a step a stem, letting each go once packed: `weightsOf(id, docs)`
   * gives each stem's weights.
   */
  *packSteps(lists: number[][], weightsOf: (id: number, docs: readonly number[]) => Float64Array): Generator<void> {
    const starts = new Int32Array(lists.length + 1);
    for (let id = 0; id < lists.length; id++) starts[id + 1] = starts[id]! + lists[id]!.length;
    const docs = new Int32Array(starts[lists.length]!);
    const weights = new Float64Array(docs.length);
    for (let id = 0; id < lists.length; id++) {
      docs.set(lists[id]!, starts[id]!);
      weights.set(weightsOf(id, lists[id]!), starts[id]!);
      lists[id] = []; // let go as packed
      yield;
    }
    [this.docs, this.weights, this.starts] = [docs, weights, starts];
  }
}

/**
 * Lists of numbers by key, packed as postings are (one typed array, where each key's list starts): for
 * the vocabulary's lookups (words by trigram, by first two letters; stems by relative), tens of
 * thousands of short lists, each of which cost its spare capacity as an array of its own.
 * @internal Not API: lookups of `SearchIndex`.
 */
export class PackedLists<K> {
  private readonly rows = new Map<K, number>();
  private items = NO_DOCS;
  private starts = new Int32Array(1);

  /** A key's list (a view, made per call), or undefined. */
  get(key: K): Int32Array | undefined {
    const row = this.rows.get(key);
    return row === undefined ? undefined : this.items.subarray(this.starts[row]!, this.starts[row + 1]!);
  }

  /** Packs lists made with `listIn`, a step a list. */
  *packSteps(lists: Map<K, number[]>): Generator<void> {
    const starts = new Int32Array(lists.size + 1);
    let row = 0;
    for (const list of lists.values()) starts[row + 1] = starts[row++]! + list.length;
    const items = new Int32Array(starts[lists.size]!);
    row = 0;
    for (const [key, list] of lists) {
      items.set(list, starts[row]!);
      this.rows.set(key, row++);
      yield;
    }
    [this.items, this.starts] = [items, starts];
  }
}

/**
 * Lists of documents by stem id, packed as postings' documents are: the questions whose title holds
 * each stem (MedQuAD: 15,000 stems, each a typed array of its own before, two objects and a store
 * each). `get` gives undefined for a stem with no list. A sharded index's lists arrive a stem at a time.
 * @internal Not API: titles on their own, of `SearchIndex`.
 */
export class DocLists {
  private docs = NO_DOCS;
  private starts = new Int32Array(1);
  private readonly single = new Map<number, Int32Array>();

  /** A stem's documents, ascending (a view, made per call), or undefined when none. */
  get(id: number): Int32Array | undefined {
    const one = this.single.get(id);
    if (one || id + 1 >= this.starts.length || this.starts[id] === this.starts[id + 1]) return one;
    return this.docs.subarray(this.starts[id]!, this.starts[id + 1]!);
  }

  /** Sets one stem's documents (a sharded index's). */
  set(id: number, docs: readonly number[]): void {
    this.single.set(id, Int32Array.from(docs));
  }

  /** Packs the lists of stems 0 … `count` − 1 (those in `lists`), a step a list. */
  *packSteps(lists: Map<number, number[]>, count: number): Generator<void> {
    const starts = new Int32Array(count + 1);
    for (let id = 0; id < count; id++) starts[id + 1] = starts[id]! + (lists.get(id)?.length ?? 0);
    const docs = new Int32Array(starts[count]!);
    for (const [id, list] of lists) {
      docs.set(list, starts[id]!);
      yield;
    }
    [this.docs, this.starts] = [docs, starts];
  }
}
