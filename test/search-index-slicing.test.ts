import { expect } from '@open-wc/testing';
import { generateFeed, generateWideFeed } from '../bench/generate-feed.mjs';
import { validateFeed } from '../src/feed/validate.js';
import { SearchIndex, searchIndexFor } from '../src/search/search-index.js';
import { countSlicedWork, leastBuildSteps, wordsOfFeed } from './sliced-work.js';

describe('SearchIndex build', () => {
  it('is cut into small steps and yields to the browser, even for a wide feed (a vocabulary of ~1M distinct words)', async function () {
    this.timeout(120_000);
    const { feed } = validateFeed(generateWideFeed(8));
    const { result: index, steps, yields } = await countSlicedWork(() => SearchIndex.build(feed));
    // Counted, not timed (test/sliced-work.ts): one step per item of each loop, so no step does much.
    // The old build made the lookups of the ~1M distinct words in one step: 30 s in one task on this feed.
    expect(index.pieces().words.length, 'distinct words').to.be.above(500_000);
    expect(steps, 'steps').to.be.at.least(leastBuildSteps(feed, index, wordsOfFeed(feed)));
    // The runner gives the browser the main thread between slices of steps (about 10 ms each).
    expect(yields, 'yields to the browser').to.be.at.least(1);
    // The index still works: a word of the one question with many answers finds it.
    const word = feed.questions.at(-1)!.answers.at(-1)!.text!.split(' ')[3]!;
    expect(index.searchNow(word).results.map((result) => result.question.id)).to.include('many-answers');
  });
});

describe('SearchIndex warm-up (a large feed, while the browser is idle)', () => {
  const large = validateFeed(generateFeed(3000)).feed;
  const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

  /** Counts an index's searches (the warm-up's and any other), and the tasks asked for: idle callbacks, background tasks. */
  function watch(index: SearchIndex) {
    const counts = { searches: 0, tasks: 0 };
    const search = index.search.bind(index);
    index.search = (...args) => (counts.searches++, search(...args));
    const requestIdle = window.requestIdleCallback;
    window.requestIdleCallback = (callback, options) => (counts.tasks++, requestIdle(callback, options));
    const scheduler = (window as unknown as { scheduler: { postTask: (...args: unknown[]) => Promise<unknown> } }).scheduler;
    const postTask = scheduler.postTask;
    scheduler.postTask = (...args) => (counts.tasks++, postTask.apply(scheduler, args));
    return {
      counts,
      restore: () => {
        window.requestIdleCallback = requestIdle;
        scheduler.postTask = postTask;
      },
    };
  }

  it('types its titles\' words when the page is idle, one search a task', async function () {
    this.timeout(120_000);
    const index = await SearchIndex.build(large);
    await nextTask(); // the build's last slice is not the warm-up's
    const { counts, restore } = watch(index);
    try {
      await index.warmUp();
      // Six words of up to ten letters, each then with the next word: tens of searches, each in a task of its own
      // (an idle period or a background task asked for before each), so a search never follows another in one task.
      expect(counts.searches).to.be.within(20, 66);
      expect(counts.tasks).to.be.at.least(counts.searches);
    } finally {
      restore();
    }
  });

  it('stops at the first search it did not make (a reader typing)', async function () {
    this.timeout(120_000);
    const index = await SearchIndex.build(large);
    const { counts, restore } = watch(index);
    try {
      const warming = index.warmUp();
      while (counts.searches < 2) await nextTask();
      void index.search('fertility');
      const atReader = counts.searches;
      await warming;
      expect(counts.searches, 'searches after the reader\'s').to.equal(atReader);
    } finally {
      restore();
    }
  });

  it('changes no result, excerpt or highlight', async function () {
    this.timeout(120_000);
    const queries = ['fert', 'fertility treatment', 'how do i know if my sperm is healthy', 'egg freezng'];
    const shown = (index: SearchIndex) =>
      queries.map((query) => index.searchNow(query, { limit: 20 }).results.map((result) => [result.question.id, result.excerpt?.text, result.titleMatches]));
    const warmed = await SearchIndex.build(large);
    await warmed.warmUp();
    expect(shown(warmed)).to.deep.equal(shown(await SearchIndex.build(large)));
  });

  it('is started by searchIndexFor for a large feed only, once its index is ready', async function () {
    this.timeout(120_000);
    const warmUp = SearchIndex.prototype.warmUp;
    const warmed: number[] = [];
    SearchIndex.prototype.warmUp = function (this: SearchIndex) {
      warmed.push(this.feed.questions.length);
      return Promise.resolve();
    };
    try {
      await searchIndexFor(validateFeed(generateFeed(50)).feed);
      await searchIndexFor(large);
      expect(warmed).to.deep.equal([3000]);
    } finally {
      SearchIndex.prototype.warmUp = warmUp;
    }
  });

  /**
   * Gives out a fresh large feed's index through searchIndexFor, its warm-up held until `release`
   * is called, and the one-second wait's timer caught (not run) so the test fires it: what happened,
   * in order.
   */
  async function giveOut(): Promise<{ events: string[]; warmUpDone(): void; waitOver(): void; given: Promise<unknown> }> {
    const warmUp = SearchIndex.prototype.warmUp;
    const setTimer = window.setTimeout;
    const events: string[] = [];
    let warmUpDone = () => {};
    let waitOver = () => {};
    let warmUpStarted = () => {};
    const started = new Promise<void>((resolve) => (warmUpStarted = resolve));
    SearchIndex.prototype.warmUp = () => {
      events.push('warm-up started');
      warmUpStarted();
      return new Promise<void>((resolve) => (warmUpDone = () => (events.push('warm-up done'), resolve())));
    };
    // The build yields with setTimeout(0); only the wait for the warm-up asks for a second.
    window.setTimeout = ((handler: () => void, ms?: number, ...rest: unknown[]) => {
      if (ms !== 1000) return setTimer(handler, ms, ...rest);
      waitOver = () => (events.push('wait over'), handler());
      return 0;
    }) as typeof window.setTimeout;
    const given = searchIndexFor(validateFeed(generateFeed(3000)).feed).then(() => events.push('index given out'));
    try {
      await started;
      // A task boundary: whatever the warm-up's start set going in microtasks (a give-out that did not wait) has run.
      await new Promise<void>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(null);
      });
    } finally {
      SearchIndex.prototype.warmUp = warmUp;
      window.setTimeout = setTimer;
    }
    return { events, warmUpDone: () => warmUpDone(), waitOver: () => waitOver(), given };
  }

  it('gives out a large feed\'s index once warmed up (the reader\'s first keystrokes run compiled code)', async function () {
    this.timeout(120_000);
    const { events, warmUpDone, given } = await giveOut();
    warmUpDone();
    await given;
    expect(events).to.deep.equal(['warm-up started', 'warm-up done', 'index given out']);
  });

  it('gives out a large feed\'s index after a second at most when the warm-up does not end (a page never idle)', async function () {
    this.timeout(120_000);
    const { events, waitOver, given } = await giveOut();
    waitOver();
    await given;
    expect(events).to.deep.equal(['warm-up started', 'wait over', 'index given out']);
  });
});
