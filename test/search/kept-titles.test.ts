// The questions a sharded index reads from its titles files, kept within a bound (issue 28 item 5): what a
// search or a list holds stays; past the bound, the least recently used go, their titles kept for the
// tie-break, and come back with their file when asked for again.
import { expect } from '@open-wc/testing';
import { KeptTitles } from '../../src/search/kept-titles.js';
import type { Question } from '../../src/feed/types.js';

const PER_FILE = 4;
const COUNT = 20;
const category = { id: 'c', name: 'C' };
const standIn = { id: '', title: '', category, tags: [], answers: [], expertNames: [] } as unknown as Question;
const question = (doc: number) => ({ id: `q${doc}`, title: `Title ${doc}`, category, tags: [], answers: [], expertNames: ['E'] }) as unknown as Question;

/** Five files of four questions; document 6's entry is refused. Counts the files read. */
function kept() {
  const questions: Question[] = Array.from({ length: COUNT }, () => standIn);
  const reads: number[] = [];
  const titles = new KeptTitles(questions, PER_FILE, async (n) => {
    reads.push(n);
    return Array.from({ length: PER_FILE }, (_, i) => (n * PER_FILE + i === 6 ? undefined : question(n * PER_FILE + i)));
  });
  return { questions, reads, titles };
}

describe('KeptTitles', () => {
  it('reads the files of the documents held, each once, and gives their questions (null for a refused entry)', async () => {
    const { questions, reads, titles } = kept();
    expect(titles.questionAt(5)).to.equal(undefined);
    const hold = titles.hold([5, 6, 1]);
    const again = titles.hold([7]);
    await Promise.all([hold.loaded, again.loaded]);
    expect(reads).to.deep.equal([1, 0]);
    expect(titles.questionAt(5)?.title).to.equal('Title 5');
    expect(titles.questionAt(6)).to.equal(null);
    expect(questions[1]!.id).to.equal('q1');
    expect(titles.size).to.equal(8);
    hold.release();
    again.release();
  });

  it('keeps at most `limit` questions no one holds: the least recently used go, titles kept, and are read again when asked for', async () => {
    const { questions, reads, titles } = kept();
    titles.limit = 4;
    const first = titles.hold([0]);
    await first.loaded;
    first.release();
    const second = titles.hold([8]);
    await second.loaded;
    second.release();
    expect(titles.size).to.equal(4);
    // File 0's questions went first (least recently used); their titles stay, on stand-ins of their category.
    expect(titles.questionAt(0)).to.equal(undefined);
    expect(titles.hasTitle(0)).to.equal(true);
    expect(questions[0]!.title).to.equal('Title 0');
    expect(questions[0]!.id).to.equal('');
    expect(questions[0]!.category).to.equal(category);
    expect(titles.questionAt(8)?.id).to.equal('q8');
    expect(titles.hasTitle(12)).to.equal(false);
    const third = titles.hold([0]);
    await third.loaded;
    expect(reads).to.deep.equal([0, 2, 0]);
    expect(titles.questionAt(0)?.id).to.equal('q0');
    third.release();
  });

  it('never lets a held question go, however many are read', async () => {
    const { titles } = kept();
    titles.limit = 2;
    const held = titles.hold([0, 1, 2, 3, 4]);
    await held.loaded;
    const other = titles.hold([16]);
    await other.loaded;
    other.release();
    for (const doc of [0, 1, 2, 3, 4]) expect(titles.questionAt(doc)?.id, `document ${doc}`).to.equal(`q${doc}`);
    expect(titles.size).to.be.at.most(5 + 2);
    held.release();
    expect(titles.size).to.equal(2);
    // Released twice: counted once.
    held.release();
    expect(titles.size).to.equal(2);
  });

  it('holds nothing when every question is there already (an index that lists them all)', async () => {
    const questions = Array.from({ length: COUNT }, (_, doc) => question(doc));
    const titles = new KeptTitles(questions, PER_FILE, () => Promise.reject(new Error('no file is read')), true);
    const hold = titles.hold([3, 15]);
    await hold.loaded;
    hold.release();
    expect(titles.questionAt(15)?.id).to.equal('q15');
    expect(titles.hasTitle(3)).to.equal(true);
    expect(titles.size).to.equal(COUNT);
  });
});
