import { expect } from '@open-wc/testing';
import { validateFeed, FeedFormatError } from '../src/feed/validate.js';

const expert = { id: 'dr-a', name: 'Dr A' };
const question = (extra: Record<string, unknown> = {}) => ({
  id: 'q-one',
  title: 'Question one',
  category: 'General',
  answers: [{ expert: 'dr-a', text: 'Answer.' }],
  ...extra,
});

describe('validateFeed', () => {
  it('accepts a well-formed feed and resolves each answer to its expert', () => {
    const { feed, problems } = validateFeed({ version: 1, experts: [expert], questions: [question()] });
    expect(problems).to.deep.equal([]);
    expect(feed.questions).to.have.length(1);
    expect(feed.questionsById.get('q-one')!.answers[0]!.expert.name).to.equal('Dr A');
    expect(feed.questionsById.get('q-one')!.answers[0]!.id).to.equal('q-one--dr-a');
  });

  it('rejects a document that is not an object, or of another version, as a whole', () => {
    expect(() => validateFeed([])).to.throw(FeedFormatError, 'not a JSON object');
    expect(() => validateFeed({ version: 2, experts: [], questions: [] })).to.throw(FeedFormatError, 'format version 2');
    expect(() => validateFeed({ experts: [], questions: [] })).to.throw(FeedFormatError, 'no "version"');
    expect(() => validateFeed({ version: 1, experts: [] })).to.throw(FeedFormatError, '"questions"');
  });

  it('skips a broken question, names its id and field, and keeps the rest', () => {
    const { feed, problems } = validateFeed({
      version: 1,
      experts: [expert],
      questions: [question(), question({ id: 'q-two', title: undefined })],
    });
    expect(feed.questions.map((q) => q.id)).to.deep.equal(['q-one']);
    expect(problems).to.deep.equal([
      { questionId: 'q-two', field: 'questions[1].title', message: 'is missing; this question is skipped.' },
    ]);
  });

  it('skips answers with an unknown expert or with neither text nor video', () => {
    const { feed, problems } = validateFeed({
      version: 1,
      experts: [expert],
      questions: [
        question({
          answers: [
            { expert: 'dr-a', text: 'Kept.' },
            { expert: 'dr-missing', text: 'Dropped.' },
            { expert: 'dr-a' },
          ],
        }),
      ],
    });
    expect(feed.questions[0]!.answers).to.have.length(1);
    expect(problems.map((p) => p.field)).to.deep.equal(['questions[0].answers[1].expert', 'questions[0].answers[2]']);
    expect(problems[0]!.message).to.contain('"dr-missing" is not in experts');
  });

  it('drops a video id that is not an 11-character YouTube id, keeping the text', () => {
    const { feed, problems } = validateFeed({
      version: 1,
      experts: [expert],
      questions: [question({ answers: [{ expert: 'dr-a', text: 'Text.', video: { youtubeId: 'https://youtu.be/x' } }] })],
    });
    expect(feed.questions[0]!.answers[0]!.video).to.equal(undefined);
    expect(problems[0]!.field).to.equal('questions[0].answers[0].video.youtubeId');
  });

  it('keeps only http(s) URLs', () => {
    const { feed, problems } = validateFeed({
      version: 1,
      experts: [
        { ...expert, profileUrl: 'javascript:alert(1)', photoUrl: 'data:image/png;base64,AAAA' },
        { id: 'dr-b', name: 'Dr B', profileUrl: 'https://example.org/b' },
      ],
      questions: [question({ url: 'vbscript:msgbox' })],
    });
    expect(feed.experts.get('dr-a')!.profileUrl).to.equal(undefined);
    expect(feed.experts.get('dr-a')!.photoUrl).to.equal(undefined);
    expect(feed.experts.get('dr-b')!.profileUrl).to.equal('https://example.org/b');
    expect(feed.questions[0]!.url).to.equal(undefined);
    expect(problems.map((p) => p.field)).to.deep.equal(['experts[0].profileUrl', 'experts[0].photoUrl', 'questions[0].url']);
  });

  it('skips a duplicate question id and a non-slug id', () => {
    const { feed, problems } = validateFeed({
      version: 1,
      experts: [expert],
      questions: [question(), question({ title: 'Again' }), question({ id: 'Not A Slug' })],
    });
    expect(feed.questions.map((q) => q.title)).to.deep.equal(['Question one']);
    expect(problems.map((p) => p.field)).to.deep.equal(['questions[1].id', 'questions[2].id']);
    expect(problems[1]!.message).to.equal('"Not A Slug" is not a slug (lower-case letters, digits and hyphens); this question is skipped.');
  });

  it('uses listed categories by id and reports an unknown one', () => {
    const { feed, problems } = validateFeed({
      version: 1,
      categories: [{ id: 'tests', name: 'Tests and diagnosis' }],
      experts: [expert],
      questions: [question({ category: 'tests' }), question({ id: 'q-two', category: 'elsewhere' })],
    });
    expect(feed.questions[0]!.category.name).to.equal('Tests and diagnosis');
    expect(feed.questions[1]!.category.name).to.equal('elsewhere');
    expect(problems[0]).to.include({ questionId: 'q-two', field: 'questions[1].category' });
  });

  it('ignores inherited keys such as __proto__', () => {
    const data = JSON.parse('{"version":1,"experts":[{"id":"dr-a","name":"Dr A","__proto__":{"role":"Injected"}}],"questions":[]}');
    const { feed } = validateFeed(data);
    expect(feed.experts.get('dr-a')!.role).to.equal(undefined);
    expect(({} as Record<string, unknown>).role).to.equal(undefined);
  });

  it('drops dates that are not YYYY-MM-DD calendar dates', () => {
    const { feed, problems } = validateFeed({
      version: 1,
      experts: [expert],
      questions: [question({ published: '2026-02-30', reviewed: '2026-05-01' })],
    });
    expect(feed.questions[0]!.published).to.equal(undefined);
    expect(feed.questions[0]!.reviewed).to.equal('2026-05-01');
    expect(problems[0]!.field).to.equal('questions[0].published');
  });
});

describe('the demo feed', () => {
  it('is valid: no problems, 10+ questions in 4+ categories, every question marked as demo content', async () => {
    const response = await fetch('/demo/feed.json');
    const { feed, problems } = validateFeed(await response.json());
    expect(problems).to.deep.equal([]);
    expect(feed.questions.length).to.be.at.least(10);
    expect(new Set(feed.questions.map((q) => q.category.id)).size).to.be.at.least(4);
    expect(feed.title).to.match(/demo content/i);
    for (const question of feed.questions) expect(question.summary, question.id).to.contain('(Demo content.)');
  });
});

describe('validateFeed: search fields', () => {
  it('reads synonym groups and featured ids, reporting the ones it cannot use', () => {
    const { feed, problems } = validateFeed({
      version: 1,
      synonyms: [['IVF', 'in vitro fertilisation'], ['lonely'], 'not a group'],
      featured: ['q-one', 'q-missing'],
      experts: [expert],
      questions: [question()],
    });
    expect(feed.synonyms).to.deep.equal([['IVF', 'in vitro fertilisation']]);
    expect(feed.featured).to.deep.equal(['q-one']);
    expect(problems.map((p) => p.field)).to.deep.equal(['synonyms[1]', 'synonyms[2]', 'featured[1]']);
  });
});

/** A value nested `depth` deep: `[[[…]]]`, or `{"a":{"a":…}}`; built without recursion. */
const nested = (depth: number, kind: 'list' | 'object' = 'list'): unknown => {
  let value: unknown = kind === 'list' ? [] : {};
  for (let i = 0; i < depth; i++) value = kind === 'list' ? [value] : { a: value };
  return value;
};

describe('validateFeed: hostile sizes and shapes', () => {
  it('reads 50,000 answers to one question in linear time, numbering each expert’s answers', () => {
    const raw = Array.from({ length: 50_000 }, (_, index) => ({ expert: index % 2 ? 'dr-b' : 'dr-a', text: `Answer ${index}.` }));
    // Every read of the answers list counted: the old per-answer filter read it 50,000 times over (22.9 s).
    let reads = 0;
    const answers = new Proxy(raw, {
      get(target, key, receiver) {
        if (++reads > 20 * target.length) throw new Error('read the answers more than 20 times over');
        return Reflect.get(target, key, receiver);
      },
    });
    const { feed, problems } = validateFeed({ version: 1, experts: [expert, { id: 'dr-b', name: 'Dr B' }], questions: [question({ answers })] });
    expect(problems).to.deep.equal([]);
    const ids = feed.questions[0]!.answers.map((answer) => answer.id);
    expect(ids.slice(0, 5)).to.deep.equal(['q-one--dr-a', 'q-one--dr-b', 'q-one--dr-a-2', 'q-one--dr-b-2', 'q-one--dr-a-3']);
    expect(ids.at(-1)).to.equal('q-one--dr-b-25000');
    expect(new Set(ids).size).to.equal(50_000);
  });

  it('gives field messages, never a stack overflow, for values nested 100,000 deep in any field', () => {
    const deep = nested(100_000);
    const deepObject = nested(100_000, 'object');
    const { feed, problems } = validateFeed({
      version: 1,
      title: deep,
      featured: [deep, deepObject, 'q-one'],
      synonyms: [deep, [deep, deepObject]],
      categories: [deep, { id: deep, name: 'X' }, { id: 'general', name: deepObject }],
      experts: [expert, deep, { id: 'dr-b', name: 'B', role: deep, profileUrl: deepObject }],
      questions: [
        question({
          summary: deep,
          tags: [deep, 'kept'],
          references: [deep, { title: deepObject }, { title: 'Ref', url: deep, pmid: deepObject }],
          answers: [{ expert: 'dr-a', text: 'Kept.' }, { expert: deep, text: 'x' }, { expert: 'dr-a', text: deep, video: deep }, deep],
        }),
        question({ id: 'q-two', title: deep }),
        deep,
        deepObject,
        question({ id: 'q-three', category: deepObject, answers: deep }),
      ],
    });
    expect(feed.questions.map((q) => q.id)).to.deep.equal(['q-one']);
    expect(feed.questions[0]!.answers.map((a) => a.text)).to.deep.equal(['Kept.']);
    expect(feed.featured).to.deep.equal(['q-one']);
    const byField = new Map(problems.map((p) => [p.field, p.message]));
    expect(byField.get('featured[0]')).to.equal('a list is not a question in this feed; it is ignored.');
    expect(byField.get('featured[1]')).to.equal('an object is not a question in this feed; it is ignored.');
    expect(byField.get('$.title')).to.equal('must be a string, not a list; it is ignored.');
    expect(byField.get('experts[2].role')).to.equal('must be a string, not a list; it is ignored.');
    expect(byField.get('questions[0].answers[1].expert')).to.equal('must be a string, not a list; this answer is skipped.');
    expect(byField.get('questions[1].title')).to.equal('must be a string, not a list; this question is skipped.');
    expect(byField.get('questions[2]')).to.equal('is not an object; it is skipped.');
    expect(byField.get('questions[4].category')).to.equal('must be a string, not object; this question is skipped.');
    for (const problem of problems) expect(problem.message.length, problem.field).to.be.below(200);
  });

  it('names a deep version or kind in its message instead of overflowing', () => {
    expect(() => validateFeed({ version: nested(100_000), questions: [] })).to.throw(FeedFormatError, 'format version a list');
    expect(() => validateFeed({ version: 1, kind: nested(100_000, 'object'), questions: [] })).to.throw(FeedFormatError, 'of kind an object');
  });

  it('limits one-line fields to 1,000 characters and prose to 100,000 (fuzz finding F1)', () => {
    const at = (length: number) => 'n'.repeat(length);
    const over = at(1_001);
    const { feed, problems } = validateFeed({
      version: 1,
      title: over,
      categories: [
        { id: 'long-name', name: over },
        { id: 'general', name: at(1_000), description: at(99_990), names: { fr: over } },
      ],
      experts: [
        { id: 'dr-long', name: over },
        { id: 'dr-a', name: at(1_000), role: over, credentials: over, organisation: over, registration: over, conflictOfInterest: at(99_990) },
      ],
      questions: [
        question({ id: 'long-title', title: over }),
        question({
          title: at(1_000),
          category: 'general',
          summary: at(99_990),
          urgent: at(99_990),
          references: [{ title: over }, { title: at(1_000) }],
          answers: [{ expert: 'dr-a', text: at(99_990), video: { youtubeId: 'dQw4w9WgXcQ', title: over, transcript: at(99_990) } }],
        }),
        question({ id: 'long-text', category: 'general', answers: [{ expert: 'dr-a', text: at(100_001) }] }),
      ],
    });
    expect(problems.map(({ field, message }) => `${field}: ${message}`)).to.deep.equal([
      'categories[0].name: is longer than 1000 characters; category "long-name" is skipped.',
      'categories[1].names.fr: is longer than 1000 characters; it is ignored.',
      'experts[0].name: is longer than 1000 characters; expert "dr-long" is skipped.',
      'experts[1].role: is longer than 1000 characters; it is ignored.',
      'experts[1].credentials: is longer than 1000 characters; it is ignored.',
      'experts[1].organisation: is longer than 1000 characters; it is ignored.',
      'experts[1].registration: is longer than 1000 characters; it is ignored.',
      'questions[0].title: is longer than 1000 characters; this question is skipped.',
      'questions[1].answers[0].video.title: is longer than 1000 characters; it is ignored.',
      'questions[1].references[0].title: is longer than 1000 characters; this reference is skipped, and the numbers after it move up.',
      'questions[2].answers[0].text: is longer than 100000 characters; it is ignored.',
      'questions[2].answers[0]: has neither text nor a valid video; this answer is skipped.',
      'questions[2].answers: has no valid answer; this question is skipped.',
      '$.title: is longer than 1000 characters; it is ignored.',
    ]);
    // What is at the limit is kept: 1,000 for one-line fields, prose well beyond it.
    const kept = feed.questionsById.get('q-one')!;
    expect(kept.title).to.have.length(1_000);
    expect([kept.summary, kept.urgent, kept.answers[0]!.text, kept.answers[0]!.video!.transcript]).to.deep.equal(Array(4).fill(at(99_990)));
    expect(kept.category.name).to.have.length(1_000);
    expect(kept.category.description).to.have.length(99_990);
    expect(kept.answers[0]!.expert.name).to.have.length(1_000);
    expect(kept.answers[0]!.expert.conflictOfInterest).to.have.length(99_990);
    expect(kept.references.map((reference) => reference.title.length)).to.deep.equal([1_000]);
  });
});
