/**
 * The questions a sharded index has read from its titles files (`titles/<n>.json`,
 * see shard-format.ts), kept within a bound: a search holds those it returns, a
 * browse list those it shows, and past `limit` the least recently used that no
 * one holds are let go, their titles kept (the ranking's tie-break reads the
 * titles of its first fifty). A question let go is read again, with its file,
 * when a result or the list needs it. Typing five queries into a split MedQuAD
 * (129 files of 128 questions) read 121 files, 15,399 questions, all kept for
 * the session before: most of the 20 MB a split feed's search held.
 */
import type { Question } from '../feed/types.js';

/**
 * How many questions read from titles files are kept that no search or list holds (`KeptTitles.limit`). Typing
 * the five queries of bench/search-memory.bench.ts into a split MedQuAD (in Node): all kept, 121 files read and
 * 29 MB of heap; 8,192 kept, 186 reads, 24 MB; 4,096, 245 reads, 20 MB; 1,024, 413 reads, 18 MB.
 */
export const QUESTIONS_KEPT = 4096;

/** Questions held (`KeptTitles.hold`): read once `loaded` settles, kept until `release`. */
export interface TitlesHold {
  loaded: Promise<void>;
  release(): void;
}

/** @internal Not API: the titles of `ShardedIndex`. */
export class KeptTitles {
  /** How many questions no one holds are kept. */
  limit = QUESTIONS_KEPT;
  /** Each document's stand-in (its category only), for when its question is let go. */
  private readonly standIns: readonly Question[];
  /** Documents whose question is read (a refused entry too), the least recently used first. */
  private readonly recent = new Map<number, true>();
  /** How many holds each document has: a held question is never let go. */
  private readonly holds = new Map<number, number>();
  /** Documents whose title is known (1): their titles file was read once. */
  private readonly titled: Uint8Array;
  /** Titles files being read. */
  private readonly reading = new Map<number, Promise<void>>();

  /**
   * `questions`: every document's question, a stand-in until read (the array is updated in place);
   * `readFile(n)` reads titles file `n`: its questions in document order, undefined for an entry refused.
   * `complete`: every question is there already (a split feed's index that lists them all).
   */
  constructor(
    private readonly questions: Question[],
    private readonly perFile: number,
    private readonly readFile: (n: number) => Promise<ReadonlyArray<Question | undefined>>,
    private readonly complete = false,
  ) {
    this.standIns = complete ? [] : [...questions];
    this.titled = new Uint8Array(complete ? 0 : questions.length);
  }

  /** How many questions are read and kept now. */
  get size(): number {
    return this.complete ? this.questions.length : this.recent.size;
  }

  /** A document's question: undefined until read (`hold`), null when its entry was refused. */
  questionAt(doc: number): Question | null | undefined {
    if (!this.complete && !this.recent.has(doc)) return undefined;
    return this.questions[doc]?.id ? this.questions[doc] : null;
  }

  /** Whether a document's title is in `questions` (its question read, or let go with its title kept). */
  hasTitle(doc: number): boolean {
    return this.complete || this.titled[doc] === 1;
  }

  /** Reads these documents' questions (the files of those not read, each once at a time) and holds them until `release`. */
  hold(docs: Iterable<number>): TitlesHold {
    if (this.complete) return { loaded: Promise.resolve(), release: () => undefined };
    const held = new Set(docs);
    const files = new Set<number>();
    for (const doc of held) {
      this.holds.set(doc, (this.holds.get(doc) ?? 0) + 1);
      if (!this.recent.has(doc)) files.add(Math.floor(doc / this.perFile));
    }
    let holding = true;
    const loaded = Promise.all([...files].map((n) => this.read(n))).then(() => {
      // Most recently used: what was asked for, after the rest of its files.
      if (holding) for (const doc of held) if (this.recent.delete(doc)) this.recent.set(doc, true);
    });
    return {
      loaded,
      release: () => {
        if (!holding) return;
        holding = false;
        for (const doc of held) {
          const holds = this.holds.get(doc)! - 1;
          if (holds) this.holds.set(doc, holds);
          else this.holds.delete(doc);
        }
        this.letGo();
      },
    };
  }

  /** Reads titles file `n`: its documents not read yet get their questions. */
  private read(n: number): Promise<void> {
    let file = this.reading.get(n);
    if (!file) {
      file = this.readFile(n)
        .then((questions) => {
          const from = n * this.perFile;
          questions.forEach((question, i) => {
            const doc = from + i;
            if (this.recent.has(doc)) return; // read before, and kept: the list keeps the same question
            this.questions[doc] = question ?? this.standIns[doc]!;
            this.recent.set(doc, true);
            this.titled[doc] = 1;
          });
        })
        .finally(() => this.reading.delete(n));
      this.reading.set(n, file);
    }
    return file;
  }

  /** Lets the least recently used questions no one holds go, down to `limit`: each becomes its stand-in with its title. */
  private letGo(): void {
    let over = this.recent.size - this.limit;
    for (const doc of this.recent.keys()) {
      if (over <= 0) break;
      if (this.holds.has(doc)) continue;
      this.recent.delete(doc);
      const { title } = this.questions[doc]!;
      this.questions[doc] = title ? (Object.assign(Object.create(this.standIns[doc]!), { title }) as Question) : this.standIns[doc]!;
      over--;
    }
  }
}
