import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { FeedFormatError, validateFeed } from '../src/feed/validate.js';
import { readCleanFeed } from '../src/feed/validate/clean.js';
import { checkFeed } from '../src/feed/validate/in-page.js';
import { NAUGHTY } from './fuzz/arbitraries.js';
import { FUZZ } from './fuzz/settings.js';

/**
 * The page's clean reader (src/feed/validate/clean.ts) against the validator: for every
 * feed it accepts, the validator finds no problem and builds a deep-equal Feed; every feed
 * in which the validator finds a problem, it declines, so the page loads the validator and
 * warns exactly as before; a feed the validator refuses whole, it refuses with the same error. Feeds: every field of the format,
 * valid, then up to three fields changed to values at and past each rule's edge.
 */

const BASE = 'https://clinic.example/feeds/feed.json';
const slug = fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,4}){0,2}$/);
const words = fc.lorem({ maxCount: 5 });
/** Text at the edges of the rules: blank, padded, at and past the limits, markup, bidi. */
/** Valid values of each kind (the feeds are made of these; the changes below break them, or not). */
const shortText = fc.oneof(
  { weight: 80, arbitrary: words },
  { weight: 10, arbitrary: fc.constantFrom(' padded ', 'x'.repeat(1000), ` ${'y'.repeat(1000)} `, 'ما هو أطفال الأنابيب؟', '\u202Eevil\u202C text', '<b>bold</b>') },
  { weight: 1, arbitrary: fc.constantFrom('x'.repeat(1001), ' ', '') },
);
const optional = <T>(arbitrary: fc.Arbitrary<T>, freq = 2) => fc.option(arbitrary, { nil: undefined, freq });
const link = fc.constantFrom('https://clinic.example/a', ' http://clinic.example/b ', 'https://clinic.example/a?b=c#d');
const image = fc.constantFrom('https://clinic.example/p.jpg', 'p.jpg', '../img/p.jpg', ' /img/p.jpg ');
const date = fc.constantFrom('2026-01-05', '2024-02-29', ' 2026-01-05 ');
const duration = fc.constantFrom('PT2M30S', 'PT1H', ' PT45S ');
const youtubeId = fc.stringMatching(/^[\w-]{11}$/);
const languageTag = fc.constantFrom('en', 'fr-CA', 'ES', 'zh-Hant-TW');
/** Values at and past each rule's edge (and some that pass it). */
const edgeValue = fc.constantFrom(
  ...['https://i.ytimg.com/vi/x/0.jpg', 'https://www.YouTube.com./x.png', 'https://a%2Eytimg.com/x', 'https://lh3.googleusercontent.com/x', `https://${'a.'.repeat(130)}example/`, '//cdn.example/p.jpg', 'javascript:alert(1)', '/relative', 'ftp://x.example/', 'http://[::1/'],
  ...['2026-02-29', '2026-13-01', 'yesterday', '0000-00-00', 'PT', 'P1D', '2:30', 'short', 'aBcDeFgHiJ0x', 'aBcDeFgHiJ!', 'aBcDeFgHiJ0'],
  ...['e', 'english', '__proto__', 'constructor', 'fr_CA', 'con', 'COM1.txt', 'lpt9', 'Upper', 'a--b', 'x'.repeat(101), '1234567890', 'PMID1', '10.12/x', 'doi:10.1000/x', 'questions/q.json', 'index'],
  ...[null, true, false, 0, -0, -1, 1.5, 3, '2', 1e308, [], {}, [[]], ['a', 'b'], [' a ', ''], ['a'], ['con'], { en: 'x' }, { 'fr-CA': ' y ' }, { en: '' }, { en: 5 }],
);
/** Any JSON value: the wrong type, or the right one. */
const anyValue = fc.oneof(
  { weight: 4, arbitrary: edgeValue },
  { weight: 2, arbitrary: fc.constantFrom('', ' ', '\t\n', 'x'.repeat(1001), 'z'.repeat(100_000), 'z'.repeat(100_001), ...NAUGHTY) },
  { weight: 2, arbitrary: fc.oneof(shortText, slug, link, image, date, duration, youtubeId, languageTag) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

/** A feed with every field of the format (a full feed or a split feed's index), valid as generated. */
const feed = fc
  .record({
    index: fc.boolean(),
    title: optional(shortText),
    language: optional(fc.constantFrom('en', 'fr', 'ar', 'en-GB')),
    layTerms: optional(fc.boolean()),
    categories: optional(
      fc.uniqueArray(
        fc.record({ id: slug, name: shortText, description: optional(shortText), names: optional(fc.dictionary(languageTag, shortText, { maxKeys: 3 })) }, { requiredKeys: ['id', 'name'] }),
        { selector: (category) => category.id, maxLength: 3 },
      ),
    ),
    experts: fc.uniqueArray(
      fc.record(
        {
          id: slug,
          name: shortText,
          role: shortText,
          credentials: shortText,
          organisation: shortText,
          registration: shortText,
          conflictOfInterest: shortText,
          profileUrl: link,
          photoUrl: link,
        },
        { requiredKeys: ['id', 'name'] },
      ),
      { selector: (expert) => expert.id, minLength: 1, maxLength: 3 },
    ),
    questions: fc.uniqueArray(
      fc.record(
        {
          id: fc.oneof({ weight: 30, arbitrary: slug }, { weight: 1, arbitrary: fc.constantFrom('con', 'nul', 'com1', 'lpt9') }),
          title: shortText,
          category: fc.nat(),
          summary: shortText,
          urgent: shortText,
          tags: fc.array(words, { maxLength: 3 }),
          published: date,
          reviewed: date,
          nextReview: date,
          reviewedBy: fc.nat(),
          url: link,
          references: fc.array(
            fc.record({ title: shortText, url: link, pmid: fc.constantFrom('12345', ' 42 '), doi: fc.constantFrom('10.1000/xyz', ' 10.1234/a.b ') }, { requiredKeys: ['title'] }),
            { maxLength: 2 },
          ),
          answers: fc.array(
            fc.record(
              {
                expert: fc.nat(),
                text: shortText,
                video: fc.record({ youtubeId, title: shortText, transcript: shortText, duration, poster: image }, { requiredKeys: ['youtubeId'] }),
              },
              { requiredKeys: ['expert', 'text'] },
            ),
            { minLength: 1, maxLength: 3 },
          ),
          feed: fc.constantFrom('questions/q.json', 'https://cdn.example/q.json', ' q.json '),
          answerCount: fc.oneof({ weight: 20, arbitrary: fc.constantFrom(0, 3, 7) }, { weight: 1, arbitrary: fc.constantFrom(-1, 1.5, '2', null) }),
          expertNames: fc.array(fc.oneof(words, fc.constantFrom('', 'x'.repeat(201))), { maxLength: 2 }),
          excerpt: shortText,
        },
        { requiredKeys: ['id', 'title', 'category', 'answers', 'feed'] },
      ),
      { selector: (question) => question.id, minLength: 1, maxLength: 4 },
    ),
    synonyms: optional(fc.array(fc.array(fc.oneof(words, fc.constantFrom(' padded ')), { minLength: 2, maxLength: 3 }), { maxLength: 2 })),
    featured: optional(fc.array(fc.nat(), { maxLength: 2 })),
    search: optional(fc.constantFrom('search/index.json', 'https://cdn.example/s.json')),
    paged: optional(
      fc.constantFrom(
        { first: 1, categories: [['a', 3]] },
        { first: 0, categories: [['a', 2], [' b ', 5]] },
        { first: 4, categories: [['a', 1]] },
        { first: 9, categories: [['a', 3]] },
        { first: 1, categories: [['a', 3], ['a', 1]] },
        { first: 1, categories: [['a', 0]] },
        { first: 1, categories: [['', 3]] },
        { first: -1, categories: [['a', 3]] },
        { first: 1, categories: [['a', 1e7]] },
        { first: 1, categories: [['a', 600_000], ['b', 600_000]] },
        { first: 1, categories: [] },
      ),
    ),
  })
  .map((raw) => {
    const expertId = (n: number) => raw.experts[n % raw.experts.length]!.id;
    const categoryId = (n: number) => (raw.categories?.length ? raw.categories[n % raw.categories.length]!.id : `Category ${n % 3}`);
    const questions = raw.questions.map(({ feed: feedPath, answerCount, expertNames, excerpt, answers, category, reviewedBy, ...question }) => ({
      ...question,
      category: categoryId(category),
      ...(reviewedBy !== undefined && reviewedBy % 3 === 0 ? { reviewedBy: expertId(reviewedBy) } : {}),
      ...(raw.index
        ? { feed: feedPath, ...(answerCount !== 3 && { answerCount }), ...(expertNames && { experts: expertNames }), ...(excerpt !== undefined && { excerpt }) }
        : { answers: answers.map((answer) => ({ ...answer, expert: expertId(answer.expert) })) }),
    }));
    const { index, featured, search, paged, ...rest } = raw;
    return JSON.parse(
      JSON.stringify({
        version: 1,
        ...(index && { kind: 'index', search, paged }),
        ...rest,
        questions,
        featured: featured?.map((n) => questions[n % questions.length]!.id),
      }),
    ) as Record<string, unknown>;
  });

/** Every (object, key) pair in a JSON value. */
function slots(value: unknown, found: Array<[Record<string, unknown>, string]> = []): Array<[Record<string, unknown>, string]> {
  if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      found.push([value as Record<string, unknown>, key]);
      slots((value as Record<string, unknown>)[key], found);
    }
  }
  return found;
}

/** Up to three changes: a field set to another value, deleted, or a field of the format added somewhere. */
const KEYS = ['id', 'name', 'title', 'category', 'categories', 'names', 'answers', 'expert', 'experts', 'text', 'video', 'poster', 'duration', 'transcript', 'references', 'pmid', 'doi', 'tags', 'summary', 'urgent', 'reviewedBy', 'published', 'reviewed', 'nextReview', 'url', 'photoUrl', 'profileUrl', 'synonyms', 'featured', 'layTerms', 'language', 'version', 'kind', 'questions', 'feed', 'answerCount', 'excerpt', 'search', 'paged', '__proto__', 'fr-CA'];
const mutation = fc.record({ at: fc.nat(), kind: fc.constantFrom('set', 'delete', 'add'), key: fc.constantFrom(...KEYS), value: anyValue });
const mutatedFeed = fc.tuple(feed, fc.array(mutation, { maxLength: 3 })).map(([document, changes]) => {
  for (const change of changes) {
    const all = slots(document);
    const [parent, key] = all[change.at % all.length]!;
    if (change.kind === 'set') parent[key] = change.value;
    else if (change.kind === 'delete') delete parent[key];
    else Object.defineProperty(parent, change.key, { value: change.value, enumerable: true, writable: true, configurable: true });
  }
  return JSON.stringify(document);
});

describe('the clean reader (the page’s first reading of a feed)', () => {
  it('builds the validator’s Feed for every feed it accepts, and declines every feed with a problem', function () {
    this.timeout(120_000);
    const runs = FUZZ.runs ?? 20_000;
    const seen = { feeds: 0, refused: 0, withProblems: 0, clean: 0, accepted: 0, pagedAccepted: 0 };
    fc.assert(
      fc.property(mutatedFeed, (text) => {
        seen.feeds++;
        let validated: ReturnType<typeof validateFeed> | undefined;
        let refused: unknown;
        try {
          validated = validateFeed(JSON.parse(text), { baseUrl: BASE });
        } catch (error) {
          refused = error; // FeedFormatError: the feed cannot be read at all
        }
        if (refused) {
          seen.refused++;
          // Refused by both, with the same error (and its words, from the core).
          expect(() => readCleanFeed(JSON.parse(text), BASE)).to.throw(FeedFormatError, (refused as Error).message);
          return;
        }
        const read = readCleanFeed(JSON.parse(text), BASE);
        if (!validated || validated.problems.length > 0) {
          seen.withProblems++;
          expect(read, 'a feed with a problem is declined').to.equal(undefined);
          return;
        }
        seen.clean++;
        expect(read, 'a clean feed is read by the clean reader (the page loads no validator for it)').not.to.equal(undefined);
        seen.accepted++;
        if (read!.paged) seen.pagedAccepted++;
        expect(read).to.deep.equal(validated.feed);
        expect(JSON.stringify(read, (_, value: unknown) => (value instanceof Map ? [...value] : value))).to.equal(
          JSON.stringify(validated.feed, (_, value: unknown) => (value instanceof Map ? [...value] : value)),
        );
      }),
      { seed: FUZZ.seed, numRuns: runs, ...(FUZZ.path && { path: FUZZ.path }) },
    );
    console.log(`clean reader: ${seen.feeds} feeds, ${seen.refused} refused whole by both, ${seen.withProblems} with a problem (all declined), ${seen.clean} clean, ${seen.accepted} of them read to the same Feed (${seen.pagedAccepted} partial indexes)`);
    // Both kinds, many times over: a run that only made broken feeds would prove nothing.
    expect(seen.refused).to.be.above(runs / 100);
    expect(seen.withProblems).to.be.above(runs / 5);
    expect(seen.accepted).to.be.above(runs / 10);
    expect(seen.pagedAccepted, 'partial indexes among them').to.be.above(runs / 200);
  });

  it('reads the demo’s and the fixtures’ clean feeds itself (the page loads no validator for them)', async () => {
    for (const path of ['/demo/feed.json', '/demo/feed.es.json', '/test/fixtures/feed.json', '/test/fixtures/search-feed.json', '/test/fixtures/long-answer-feed.json', '/test/fixtures/paged-feed.json']) {
      const data: unknown = await (await fetch(path)).json();
      const validated = validateFeed(data, { baseUrl: new URL(path, location.href).href });
      expect(validated.problems, path).to.deep.equal([]);
      expect(readCleanFeed(data, new URL(path, location.href).href), path).to.deep.equal(validated.feed);
    }
  });

  it('checkFeed: a feed with a problem gets the validator’s problems, word for word', async () => {
    const data = { version: 1, experts: [{ id: 'dr-a', name: 'Dr A' }], questions: [{ id: 'q', title: 'Q', category: 'C', published: '2026-02-30', answers: [{ expert: 'dr-a', text: 'A.' }] }] };
    const checked = await checkFeed(data);
    expect(checked).to.deep.equal(validateFeed(data));
    expect(checked.problems).to.deep.equal([{ field: 'questions[0].published', questionId: 'q', message: '"2026-02-30" is not a date (YYYY-MM-DD); it is ignored.' }]);
    const clean = { ...data, questions: [{ ...data.questions[0], published: '2026-02-28' }] };
    expect(await checkFeed(clean)).to.deep.equal({ feed: validateFeed(clean).feed, problems: [] });
  });
});
