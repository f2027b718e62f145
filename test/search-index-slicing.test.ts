import { expect } from '@open-wc/testing';
import { generateWideFeed } from '../bench/generate-feed.mjs';
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
