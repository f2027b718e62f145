// The parsed feed kept once, and small (issue 28 item 5): the validator's questions share their hidden
// classes (a question built by spreading another object got one of its own: on MedQuAD, 16,423 hidden
// classes, 6 MB in Node), and a category the feed does not list is one object for all its questions.
// Both readers are checked: the validator, and the clean reader that reads a clean feed in the page
// (src/feed/validate/clean.ts). V8's own view of the objects (--allow-natives-syntax), in a Node
// process of its own. Needs `npm run build`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";

const root = new URL("../../", import.meta.url).href;

const READERS = {
  validator: `const read = (data, baseUrl) => validateFeed(data, { baseUrl }).feed;`,
  "clean reader": `const read = (data, baseUrl) => readCleanFeed(data, baseUrl) ?? assert.fail('the clean reader declined a clean feed');`,
};

/** Runs `body` in a Node with V8's natives, `read` (the named reader) and the feed generator; returns what it prints, parsed. */
function inV8(reader, body) {
  const script = `
    const { validateFeed } = await import('${root}dist/lib/feed/validate.js');
    const { readCleanFeed } = await import('${root}dist/lib/feed/validate/clean.js');
    const { default: assert } = await import('node:assert/strict');
    ${READERS[reader]}
    const { generateFeed } = await import('${root}bench/generate-feed.mjs');
    const distinctMaps = (objects) => { const seen = []; for (const o of objects) if (!seen.some((s) => %HaveSameMap(s, o))) seen.push(o); return seen.length; };
    const shapesOf = (objects) => new Set(objects.map((o) => Object.keys(o).join())).size;
    ${body}`;
  const run = spawnSync(
    process.execPath,
    ["--allow-natives-syntax", "--input-type=module", "-e", script],
    { encoding: "utf8" },
  );
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout);
}

for (const reader of Object.keys(READERS)) {
  test(`${reader}: a full feed's questions and answers share hidden classes: one per set of fields`, () => {
    const { questions, keyLists, answers, answerKeyLists } = inV8(
      reader,
      `
    const feed = read(generateFeed(400), 'https://example.org/feed.json');
    const answers = feed.questions.flatMap((q) => q.answers);
    console.log(JSON.stringify({ questions: distinctMaps(feed.questions), keyLists: shapesOf(feed.questions), answers: distinctMaps(answers), answerKeyLists: shapesOf(answers) }));`,
    );
    assert.ok(
      questions <= keyLists,
      `${questions} hidden classes for ${keyLists} sets of fields`,
    );
    assert.ok(
      answers <= answerKeyLists,
      `answers: ${answers} hidden classes for ${answerKeyLists} sets of fields`,
    );
  });

  test(`${reader}: a split feed's index entries share hidden classes, and a category it does not list is one object`, () => {
    const result = inV8(
      reader,
      `
    const questions = Array.from({ length: 300 }, (_, i) => ({ id: 'q' + i, title: 'Question ' + i, category: 'unlisted-' + (i % 3), feed: 'questions/q' + i + '.json', answerCount: 1, experts: ['An expert'], ...(i % 2 && { excerpt: 'An excerpt' }) }));
    const feed = read({ version: 1, kind: 'index', questions }, 'https://example.org/index.json');
    const categories = new Set(feed.questions.map((q) => q.category));
    console.log(JSON.stringify({ questions: distinctMaps(feed.questions), keyLists: shapesOf(feed.questions), categories: categories.size }));`,
    );
    assert.ok(
      result.questions <= result.keyLists,
      `${result.questions} hidden classes for ${result.keyLists} sets of fields`,
    );
    assert.equal(result.categories, 3);
  });
}
