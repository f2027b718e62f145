// Postings and the vocabulary's lookups packed in typed arrays (issue 28 item 5): what each stem or
// key reads back is what was packed, in order; a sharded index's stems, set one at a time, read alike.
import { expect } from '@open-wc/testing';
import { DocLists, PackedLists, Postings } from '../../src/search/postings.js';

const drain = (steps: Iterator<unknown>) => {
  let count = 0;
  while (!steps.next().done) count++;
  return count;
};

describe('Postings', () => {
  it('reads back each stem\'s documents and weights, packed a step a stem, the build\'s lists let go', () => {
    const postings = new Postings();
    const lists = [[0, 3, 7], [], [2]];
    const weights = (id: number, docs: readonly number[]) => Float64Array.from(docs, (doc) => id + doc / 8);
    expect(drain(postings.packSteps(lists, weights))).to.equal(3);
    expect(lists).to.deep.equal([[], [], []]);
    expect([...postings.docsOf(0)]).to.deep.equal([0, 3, 7]);
    expect([...postings.weightsOf(0)]).to.deep.equal([0, 0.375, 0.875]);
    expect(postings.count(1)).to.equal(0);
    expect([...postings.docsOf(2)]).to.deep.equal([2]);
    expect([...postings.weightsOf(2)]).to.deep.equal([2.25]);
    // A stem made after the build (none of its documents known): empty.
    expect(postings.count(3)).to.equal(0);
    expect(postings.docsOf(3).length).to.equal(0);
  });

  it('reads a stem set on its own (a sharded index\'s postings) before the packed ones', () => {
    const postings = new Postings();
    drain(postings.packSteps([[1]], () => Float64Array.of(0.5)));
    postings.put(4, [2, 9], [0.25, 0.75]);
    postings.put(0, [5], [1]);
    expect([...postings.docsOf(4)]).to.deep.equal([2, 9]);
    expect([...postings.weightsOf(4)]).to.deep.equal([0.25, 0.75]);
    expect(postings.count(0)).to.equal(1);
    expect([...postings.docsOf(0)]).to.deep.equal([5]);
  });
});

describe('PackedLists', () => {
  it('reads back each key\'s list in order; an unknown key has none', () => {
    const lists = new PackedLists<string>();
    drain(lists.packSteps(new Map([['ab', [4, 1, 9]], ['cd', []], ['ef', [2]]])));
    expect([...lists.get('ab')!]).to.deep.equal([4, 1, 9]);
    expect([...lists.get('cd')!]).to.deep.equal([]);
    expect([...lists.get('ef')!]).to.deep.equal([2]);
    expect(lists.get('zz')).to.equal(undefined);
  });
});

describe('DocLists', () => {
  it('reads back each stem\'s documents; a stem with none, or past the packed ones, has none (undefined)', () => {
    const lists = new DocLists();
    expect(drain(lists.packSteps(new Map([[0, [3, 8]], [2, [1]]]), 4))).to.equal(2);
    expect([...lists.get(0)!]).to.deep.equal([3, 8]);
    expect(lists.get(1)).to.equal(undefined);
    expect([...lists.get(2)!]).to.deep.equal([1]);
    expect(lists.get(3)).to.equal(undefined);
    expect(lists.get(9)).to.equal(undefined);
  });

  it('reads a stem set on its own (a sharded index\'s) before the packed ones', () => {
    const lists = new DocLists();
    lists.set(7, [2, 5]);
    expect([...lists.get(7)!]).to.deep.equal([2, 5]);
    expect(lists.get(6)).to.equal(undefined);
  });
});
