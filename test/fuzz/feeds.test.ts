import fc from 'fast-check';
import { anyFeedText, breakableText, deepFeed, huge, manyAnswersFeed, mutatedFeed, text, wellFormedFeed } from './arbitraries.js';
import { check, longestTask, openHost, renderCase, type Host } from './harness.js';

/**
 * Property-based fuzzing of feeds against the built bundle (see harness.ts for
 * the promises checked on every run). Seed and counts: settings.js.
 */

/** A `<qa-feed>` holding the feed as inline JSON, a `<fertility-question>` per id, and, if asked, a `<qa-search>`. */
function feedPage(json: string, ids: string[], withSearch = false) {
  return (container: HTMLElement, doc: Document) => {
    const feed = doc.createElement('qa-feed');
    const script = doc.createElement('script');
    script.type = 'application/json';
    script.textContent = json;
    feed.append(script);
    for (const id of ids) {
      const question = doc.createElement('fertility-question');
      question.setAttribute('question', id);
      feed.append(question);
    }
    if (withSearch) feed.append(doc.createElement('qa-search'));
    container.append(feed);
  };
}

describe('fuzz: feeds, against dist/fertility-qa.js', function () {
  let host: Host;
  before(async () => {
    host = await openHost();
  });
  after(() => {
    console.log(`fuzz feeds: longest task seen ${Math.round(longestTask(host))} ms`);
    host.frame.remove();
  });

  it('any text or JSON shape as the feed: nothing uncaught, nothing runs, no long task, always settles', async function () {
    this.timeout(60_000);
    await check(fc.tuple(anyFeedText, fc.array(fc.oneof(fc.string(), fc.constantFrom('constructor', '__proto__')), { maxLength: 2 })), 20, ([json, ids]) =>
      renderCase(host, feedPage(json, ids)),
    );
  });

  it('valid-looking feeds with mutated fields (naughty strings, Unicode, wrong types): questions and search render safely', async function () {
    this.timeout(60_000);
    await check(fc.tuple(mutatedFeed(text), fc.boolean()), 20, ([{ json, ids }, withSearch]) => renderCase(host, feedPage(json, ids, withSearch), { width: false }));
  });

  it('valid-looking feeds with breakable text never make a 360 px page wider', async function () {
    this.timeout(60_000);
    await check(fc.tuple(mutatedFeed(breakableText, 2), fc.boolean()), 10, ([{ json, ids }, withSearch]) => renderCase(host, feedPage(json, ids, withSearch)));
  });

  it('feed text with long unbroken words never makes a 360 px page wider', async function () {
    this.timeout(60_000);
    await check(fc.tuple(wellFormedFeed(text), fc.boolean()), 25, ([feed, withSearch]) =>
      renderCase(host, feedPage(JSON.stringify(feed), feed.questions.map((question) => question.id), withSearch)),
    );
  });

  it('strings near and over the 100,000-character limit in any field: nothing uncaught, nothing runs', async function () {
    this.timeout(60_000);
    await check(mutatedFeed(huge, 2), 3, ({ json, ids }) => renderCase(host, feedPage(json, ids, true), { width: false, longTasks: false }));
  });

  // unskip after a fix of fuzz finding F1 (not one of the 13 holes): one accepted 100,000-character
  // field (an expert name, a title) takes a 0.4-1.7 s task to render on this machine.
  it.skip('strings near and over the 100,000-character limit in any field: no long task', async function () {
    this.timeout(60_000);
    await check(mutatedFeed(huge, 2), 4, ({ json, ids }) => renderCase(host, feedPage(json, ids, true), { width: false }));
  });

  it('deep nesting (500 to 20,000 levels) in a feed-level field: every question still renders', async function () {
    this.timeout(60_000);
    await check(deepFeed, 10, ({ json, ids }) => renderCase(host, feedPage(json, ids), { renders: true, width: false }));
  });

  it('one question with 1,000 to 20,000 answers renders without a long task', async function () {
    this.timeout(300_000);
    await check(manyAnswersFeed, 5, ({ json, ids }) => renderCase(host, feedPage(json, ids), { width: false }));
  });
});
