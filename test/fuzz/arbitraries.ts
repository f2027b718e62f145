import fc from 'fast-check';

/**
 * Generators for the fuzz family: hostile text, valid-looking feeds with mutated
 * fields (so that questions actually render), arbitrary JSON shapes, deep and huge
 * values. Shared by the browser properties; the CLI properties have a JS twin
 * (test/cli/fuzz-arbitraries.mjs) because node --test cannot import TypeScript.
 */

/** Strings known to break software: markup that would set `__fqaPwned` or call alert() if it ever ran, prototype keys, bidi, control codes… */
export const NAUGHTY = [
  '<script>window.__fqaPwned=1</script>',
  '<img src=x onerror="window.__fqaPwned=1;alert(1)">',
  '<svg onload=alert(1)>',
  '"><script>alert(1)</script><x y="',
  "'-alert(1)-'",
  'javascript:alert(1)',
  ' JaVaScRiPt:window.__fqaPwned=1',
  'data:text/html,<script>alert(1)</script>',
  '</script><script>alert(1)</script>',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '\u202Eevil\u202C text',
  '\u200B\u200C\u200D\uFEFF',
  '\u2028\u2029',
  'Z\u0334\u0321\u031b\u0316a\u0336l\u0337g\u0338o\u0335',
  '👩‍👩‍👧‍👦🏳️‍🌈',
  'ما هو أطفال الأنابيب؟',
  '\uD800',
  '\uDFFF x',
  '%',
  '%E0%A4%A',
  '%ED%A0%80',
  '\u0000',
  '\u001b]0;pwned\u0007',
  '\u001b[2J\u001b[H',
  '\u001b]8;;https://evil.example\u001b\\link\u001b]8;;\u001b\\',
  '\u009b31m',
  '../../etc/passwd',
  'con',
  'nul',
  'com1',
  '',
  ' ',
  '\t\n\r',
  'null',
  'NaN',
  '1e309',
  '**bold',
  '[x](javascript:alert(1))',
  '[x](https://example.org/a)',
  '- a\n- b\n\n1. c',
  '[1] [2] [999999999]',
  '#',
  '--',
];

export const naughty = fc.constantFrom(...NAUGHTY);

/** One word with no break opportunity, 30 to 400 characters long. */
export const unbroken = fc.tuple(fc.constantFrom('x', 'W', 'ア', '😀', '-'), fc.integer({ min: 30, max: 400 })).map(([unit, count]) => unit.repeat(count));

/** Strings near and over the validator's 100,000-character field limit. */
export const huge = fc.tuple(fc.constantFrom('a', 'é b ', '<b>', '\u202E'), fc.constantFrom(99_990, 100_000, 100_001, 250_000)).map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length));

/** Any text a feed or a page could hold. */
export const text = fc.oneof(
  { weight: 4, arbitrary: naughty },
  { weight: 3, arbitrary: fc.string() },
  { weight: 2, arbitrary: fc.string({ unit: 'binary' }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme' }) },
  { weight: 2, arbitrary: fc.lorem({ maxCount: 12 }) },
  { weight: 1, arbitrary: unbroken },
);

/** Text for a visible field: as `text`, but never a long unbroken word (those are hole 11's, in their own property). */
export const breakableText = fc.oneof(
  { weight: 4, arbitrary: naughty },
  { weight: 2, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 3, arbitrary: fc.lorem({ maxCount: 12 }) },
);

/** A valid id (a slug), most of the time; otherwise anything. */
export const slug = fc.stringMatching(/^[a-z0-9]{1,12}(-[a-z0-9]{1,8}){0,3}$/);

const url = fc.oneof(fc.webUrl(), naughty, fc.constantFrom('https://example.org/x', 'http://[::1]/', 'https://example.org/"onmouseover="alert(1)'));

/** Any JSON value: the "wrong type" in a field. */
export const anyJson = fc.oneof(
  { weight: 3, arbitrary: text },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, 0, -1, 1.5, 1e308, [], {}, [[]], { __proto__: null, x: 1 }) },
);

const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined, freq: 2 });

/** Removes `undefined` members so that JSON.stringify shows exactly what is in the feed. */
function clean<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, member]) => member !== undefined)) as T;
}

/** A feed that follows the format, with generated text: questions render. */
export function wellFormedFeed(field: fc.Arbitrary<string> = text) {
  const expert = fc.record({
    id: slug,
    name: field,
    role: optional(field),
    credentials: optional(field),
    organisation: optional(field),
    registration: optional(field),
    conflictOfInterest: optional(field),
    profileUrl: optional(url),
    photoUrl: optional(url),
  });
  const answer = fc.record({ expert: fc.nat(), text: optional(field), video: optional(fc.record({ youtubeId: fc.oneof(fc.stringMatching(/^[\w-]{11}$/), field), title: optional(field), transcript: optional(field) })) });
  const question = fc.record({
    id: slug,
    title: field,
    category: field,
    summary: optional(field),
    urgent: optional(field),
    tags: optional(fc.array(field, { maxLength: 4 })),
    published: optional(fc.oneof(fc.constantFrom('2026-02-29', '2024-02-29', '2026-13-01'), fc.date({ noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)))),
    reviewed: optional(fc.constantFrom('2026-01-05', '0000-00-00', 'yesterday')),
    reviewedBy: optional(fc.nat()),
    url: optional(url),
    references: optional(fc.array(fc.record({ title: field, url: optional(url), pmid: optional(fc.oneof(fc.stringMatching(/^\d{1,9}$/), field)), doi: optional(field) }), { maxLength: 3 })),
    answers: fc.array(answer, { minLength: 1, maxLength: 4 }),
  });
  return fc
    .record({
      title: optional(field),
      language: optional(fc.oneof(fc.constantFrom('en', 'fr', 'ar', 'constructor'), field)),
      experts: fc.uniqueArray(expert, { minLength: 1, maxLength: 4, selector: (candidate) => candidate.id }),
      questions: fc.uniqueArray(question, { minLength: 1, maxLength: 4, selector: (candidate) => candidate.id }),
      synonyms: optional(fc.array(fc.array(field, { maxLength: 3 }), { maxLength: 3 })),
    })
    .map((feed) => {
      const expertId = (index: number) => feed.experts[index % feed.experts.length]!.id;
      return clean({
        version: 1,
        ...feed,
        experts: feed.experts.map(clean),
        questions: feed.questions.map((entry) =>
          clean({
            ...entry,
            reviewedBy: entry.reviewedBy === undefined ? undefined : expertId(entry.reviewedBy),
            references: entry.references?.map(clean),
            answers: entry.answers.map((answerEntry) => clean({ ...answerEntry, expert: expertId(answerEntry.expert), video: answerEntry.video && clean(answerEntry.video) })),
          }),
        ),
      });
    });
}

export type Feed = { questions: { id: string }[] } & Record<string, unknown>;

/** Every (object, key) pair in a JSON value, in a stable order. */
function slots(value: unknown, found: [Record<string, unknown>, string][] = []): [Record<string, unknown>, string][] {
  if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      found.push([value as Record<string, unknown>, key]);
      slots((value as Record<string, unknown>)[key], found);
    }
  }
  return found;
}

/** One change to a feed: set a field to another value (often of the wrong type), delete it, or add a field. */
const mutation = fc.record({ at: fc.nat(), kind: fc.constantFrom('set', 'set', 'delete', 'add'), key: fc.oneof(naughty, fc.constantFrom('id', 'name', 'title', 'answers', 'expert', 'text', 'video', 'categories', 'featured')), value: anyJson });

/**
 * A well-formed feed with up to `count` mutated fields. The question ids of the
 * feed before the change are kept, so that the page asks for questions that exist.
 */
export function mutatedFeed(field: fc.Arbitrary<string> = text, count = 4) {
  return fc.tuple(wellFormedFeed(field), fc.array(mutation, { maxLength: count })).map(([feed, changes]) => {
    const ids = feed.questions.map((question) => question.id);
    const copy = structuredClone(feed) as Record<string, unknown>;
    for (const change of changes) {
      const all = slots(copy);
      const [parent, key] = all[change.at % all.length]!;
      if (change.kind === 'set') parent[key] = change.value;
      else if (change.kind === 'delete') delete parent[key];
      else Object.defineProperty(parent, change.key, { value: change.value, enumerable: true, writable: true, configurable: true });
    }
    return { ids, json: JSON.stringify(copy) };
  });
}

/** A small feed in which every question is valid (and so must render). */
export const validFeed = fc.uniqueArray(slug, { minLength: 1, maxLength: 3 }).chain((ids) =>
  fc.tuple(fc.lorem({ maxCount: 6 }), fc.lorem({ maxCount: 20 })).map(([title, answer]) => ({
    version: 1,
    experts: [{ id: 'dr-fuzz', name: 'Dr Fuzz' }],
    questions: ids.map((id) => ({ id, title: `${title}?`, category: 'Fuzzing', answers: [{ expert: 'dr-fuzz', text: answer || 'An answer.' }] })),
  })),
);

/**
 * A well-formed feed in which one feed-level field holds an array or object nested
 * `depth` deep (JSON text, since JSON.stringify itself would run out of stack).
 * None of these fields is needed to show a question: every question must still render.
 */
export const deepFeed = fc
  .tuple(validFeed, fc.constantFrom('featured', 'synonyms', 'title', 'extra'), fc.constantFrom(500, 2_000, 10_000, 20_000), fc.constantFrom('[', '{"a":'))
  .map(([feed, field, depth, open]) => {
    const ids = feed.questions.map((question) => question.id);
    const nested = open === '[' ? `${'['.repeat(depth)}${']'.repeat(depth)}` : `${open.repeat(depth)}1${'}'.repeat(depth)}`;
    return { ids, field, depth, json: JSON.stringify({ ...feed, [field]: '\u0000DEEP\u0000' }).replace('"\\u0000DEEP\\u0000"', nested) };
  });

/** A well-formed feed whose first question has 1,000 to 20,000 answers (all valid). */
export const manyAnswersFeed = fc.tuple(wellFormedFeed(breakableText), fc.integer({ min: 1000, max: 20_000 })).map(([feed, count]) => {
  const question = feed.questions[0]!;
  const answers = Array.from({ length: count }, (_, index) => ({ expert: feed.experts[index % feed.experts.length]!.id, text: `Answer ${index}.` }));
  return { ids: [question.id], count, json: JSON.stringify({ ...feed, questions: [{ ...question, answers }] }) };
});

/** Any JSON at all, or text that is not JSON: the page gets whatever the feed URL returned. */
export const anyFeedText = fc.oneof(
  fc.jsonValue({ maxDepth: 6 }).map((value) => JSON.stringify(value)),
  fc.record({ version: fc.constantFrom(1, '1', 2, null), experts: anyJson, questions: anyJson }).map((value) => JSON.stringify(value)),
  text,
  fc.constantFrom('{', '[', '{"version":1,"experts":[],"questions":[]}', '{"version":1}', '<html><script>alert(1)</script>', '\uFEFF{"version":1,"experts":[],"questions":[]}'),
);
