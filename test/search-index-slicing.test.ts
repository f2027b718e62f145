import { expect } from '@open-wc/testing';
import { generateFeed, generateWideFeed } from '../bench/generate-feed.mjs';
import { validateFeed } from '../src/feed/validate.js';
import { SearchIndex } from '../src/search/search-index.js';
import { longestTaskDuring } from './long-tasks.js';

/**
 * A generous bound for a shared, noisy machine: the build slices its work by
 * time (about 10 ms of work a task; the old build ran 30 s in one task on this feed), so
 * only a part that does not yield, not the machine's load, can go past it.
 */
const BOUND_MS = 500;

describe('SearchIndex build', () => {
  it('never runs a long task, even for a wide feed (a vocabulary of ~1M distinct words)', async function () {
    this.timeout(120_000);
    const { feed } = validateFeed(generateWideFeed(8));
    let index: SearchIndex | undefined;
    const longest = await longestTaskDuring(async () => (index = await SearchIndex.build(feed)));
    console.log(`longest task while building the index of an 8 MB wide feed: ${longest.toFixed(0)} ms`);
    expect(longest).to.be.below(BOUND_MS);
    // The index still works: a word of the one question with many answers finds it.
    const word = feed.questions.at(-1)!.answers.at(-1)!.text!.split(' ')[3]!;
    expect(index!.search(word).map((result) => result.question.id)).to.include('many-answers');
  });
});

describe('SearchIndex warm-up (a large feed, while the browser is idle)', () => {
  it('warms up after the build without a long task, and changes no result', async function () {
    this.timeout(120_000);
    const { feed } = validateFeed(generateFeed(3000));
    const queries = ['fert', 'fertility treatment', 'how do i know if my sperm is healthy', 'egg freezng'];
    const shown = (index: SearchIndex) =>
      queries.map((query) => index.search(query, { limit: 20 }).map((result) => [result.question.id, result.excerpt?.text, result.titleMatches]));
    let index: SearchIndex | undefined;
    let warmedUp = false;
    const longest = await longestTaskDuring(async () => {
      index = await SearchIndex.build(feed);
      void index.warmedUp.then(() => (warmedUp = true));
      // The index is ready before it warms up (in tasks of its own): a reader's first results do not wait for it.
      await new Promise((resolve) => queueMicrotask(() => resolve(undefined)));
      await Promise.resolve();
      expect(warmedUp).to.equal(false);
      await index.warmedUp;
    });
    expect(warmedUp).to.equal(true);
    expect(longest).to.be.below(BOUND_MS);
    // The same results, excerpts and highlights as an index that never warmed up (searched at once, before its warm-up).
    const cold = await SearchIndex.build(feed);
    expect(shown(index!)).to.deep.equal(shown(cold));
  });

  it('does not warm up a small feed', async () => {
    const index = await SearchIndex.build(validateFeed(generateFeed(50)).feed);
    let settled = false;
    void index.warmedUp.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).to.equal(true);
  });
});
