// Relevance facts on the demo feed, from issue 14's "done when": not timed, and
// fast enough for every test run. The search is reached through the benchmark's
// adapter (bench/relevance/adapter.ts), the same one `npm run bench:relevance`
// uses, so when the search's API changes only that file changes. Right answers
// come from the judged queries in bench/relevance/sets/demo-en.json.
//
// Issue 28's protocol (bench/relevance/halves.mjs): the judged outcomes pinned here
// are the held-out halves' (what no ranking rule was tuned on). The tests after them
// show what each ranking mechanism does, on examples some of which are in the tuning
// half: they say how a rule behaves, not that it is worth keeping (bench/RELEVANCE.md
// says that, on held-out data).
import { expect } from '@open-wc/testing';
import { createOurSearch } from '../bench/relevance/adapter.js';
import { halves } from '../bench/relevance/halves.mjs';
import { validateFeed } from '../src/feed/validate.js';
import { searchIndexFor } from '../src/search/search-index.js';

interface JudgedQuery {
  query: string;
  kind: string;
  relevant: string[];
}

const feedDocument = await (await fetch('/demo/feed.json')).json();
const judgedFile = await (await fetch('/bench/relevance/sets/demo-en.json')).json();
const judged: JudgedQuery[] = judgedFile.queries;
/** Queries no question of the demo feed answers: the right outcome is an empty list ("no close match"). */
const unanswered: string[] = judgedFile.unanswered;
const search = await createOurSearch(feedDocument);
const titles: Array<{ id: string; title: string }> = feedDocument.questions;

/** The judged right answers of a query written in demo-en.json. */
function relevantTo(query: string): string[] {
  const entry = judged.find((candidate) => candidate.query === query);
  if (!entry) throw new Error(`"${query}" is not in bench/relevance/sets/demo-en.json`);
  return entry.relevant;
}

/** The held-out half of a judged set's queries of one kind. */
const heldOut = (queries: JudgedQuery[], kind: string): JudgedQuery[] => halves(queries.filter((entry) => entry.kind === kind)).heldOut;

/** Mean reciprocal rank (first ten) of a search over the held-out judged queries of one kind. */
function mrr(kind: string, queries: JudgedQuery[] = judged, searchOf = search): number {
  const held = heldOut(queries, kind);
  const total = held.reduce((sum, { query, relevant }) => {
    const rank = searchOf(query, 10).findIndex((id) => relevant.includes(id));
    return sum + (rank === -1 ? 0 : 1 / (rank + 1));
  }, 0);
  return total / held.length;
}

/** A title's longest word (the first of equals), lower case. */
const longestWord = (title: string) => title.toLowerCase().match(/\p{L}+/gu)!.reduce((a, b) => (b.length > a.length ? b : a));

/** A title's longest word with its middle letter dropped: "specialist" → "speialist". */
function typoOfLongestWord(title: string): string {
  const longest = longestWord(title);
  const at = Math.floor(longest.length / 2);
  return longest.slice(0, at) + longest.slice(at + 1);
}

/**
 * The demo questions whose title's longest word has 6 letters or more and is in
 * no other title ("freezing" is in two: either question may come first).
 */
const typoTitles = titles.filter(({ title }) => {
  const word = longestWord(title);
  return word.length >= 6 && !titles.some((other) => other.title !== title && other.title.toLowerCase().match(/\p{L}+/gu)!.includes(word));
});

describe('relevance on the demo feed', () => {
  it('has at least 100 judged queries, all naming questions of the feed', () => {
    const ids = new Set(titles.map((question) => question.id));
    expect(judged.length).to.be.at.least(100);
    for (const { query, relevant } of judged) {
      expect(relevant.length, query).to.be.above(0);
      for (const id of relevant) expect(ids.has(id), `${query}: ${id}`).to.be.true;
    }
  });

  it('splits every judged kind into halves by the fixed seed, held-out and tuning, neither empty', () => {
    for (const kind of new Set(judged.map((entry) => entry.kind))) {
      const { tuning, heldOut: held } = halves(judged.filter((entry) => entry.kind === kind));
      expect(held.length, kind).to.be.at.least(tuning.length);
      expect(tuning.length, kind).to.be.above(0);
      expect(halves(judged.filter((entry) => entry.kind === kind)).heldOut, 'the same split every time').to.deep.equal(held);
    }
  });

  // Held-out MRR@10 floors: today's figures (bench/RELEVANCE.md), at or above the fair baselines'
  // (lunr, MiniSearch and Orama with the same stemmer, stop words and field weights) but on English
  // sentences, where MiniSearch has 0.96 to our 0.946.
  for (const [kind, floor] of [
    ['sentence', 0.945],
    ['two-word', 1],
    ['lay', 0.66],
    ['typo', 0.9],
  ] as const) {
    it(`keeps the held-out ${kind} queries' MRR@10 at ${floor} or more`, () => {
      expect(mrr(kind)).to.be.at.least(floor);
    });
  }

  it('ranks a right question first for every held-out typo query but "antimullerian" (three letters from "anti-müllerian": no match)', () => {
    for (const { query, relevant } of heldOut(judged, 'typo')) {
      if (query === 'antimullerian') expect(search(query), query).to.deep.equal([]);
      else expect(relevant, query).to.include(search(query)[0]);
    }
  });

  it('ranks a right question first for the held-out sentences but two (second and fourth today)', () => {
    const missed = heldOut(judged, 'sentence').filter(({ query, relevant }) => !relevant.includes(search(query)[0]!));
    expect(missed.map(({ query }) => query)).to.have.members(['my partners sperm count came back low what now', 'i feel so alone going through ivf where can i get help']);
  });

  it('says there is no close match (lists nothing) for the held-out unanswered queries it did at issue 28\'s end', () => {
    // Three of the twelve held out ("my period is late and the test is negative": "test" is in most questions and
    // in titles, "period is late" in two answers in passing; the other two weak everywhere). The other nine list
    // questions that share a word with them (bench/RELEVANCE.md, unanswered queries).
    const { heldOut: held } = halves(unanswered.map((query) => ({ query, kind: 'unanswered', relevant: [] as string[] })));
    expect(held.length).to.be.at.least(10);
    const silent = held.filter(({ query }: { query: string }) => search(query).length === 0).map(({ query }: { query: string }) => query);
    expect(silent).to.include.members(['my period is late and the test is negative', 'can i fly during the two week wait', 'can i get the flu vaccine while pregnant']);
  });

  it('lists only the question about stress for "can stress stop me getting pregnant" (the key concept)', () => {
    // "stress", the sentence's weightiest word, is in the best match's title: a question without it
    // ("When should we see a fertility specialist?": "stop", "get pregnant") is not a match.
    const listed = search('can stress stop me getting pregnant');
    expect(listed).to.deep.equal(['stress-and-infertility']);
    for (const id of listed) expect(relevantTo('can stress stop me getting pregnant')).to.include(id);
  });

  it('keeps a second topic: a question whose title holds another of the query\'s words', () => {
    // "stress" is the weightiest word and in the best match's title; a question whose title holds the query's
    // other word stays. (Issue 28: the second topic's own lower floor, 0.3 for 0.4, is gone: held-out sets gain
    // 0.002 precision without it, and no MRR; the questions about IVF under the best's floor are no longer listed.)
    const titleOf = new Map(titles.map(({ id, title }) => [id, title.toLowerCase()]));
    for (const [query, topics] of [
      ['stress and ivf', ['stress', 'ivf']],
      ['support during ivf', ['support', 'ivf']],
      ['does stress affect sperm', ['stress', 'sperm']],
    ] as const) {
      const listed = search(query).map((id) => titleOf.get(id)!);
      for (const topic of topics) expect(listed.some((title) => title.includes(topic)), `${query}: a title with "${topic}" in ${listed.join(' | ')}`).to.be.true;
    }
    expect(search('stress and ivf')).to.include.members(['stress-and-infertility', 'ivf-age']);
    expect(search('does stress affect sperm')).to.include.members(['stress-and-infertility', 'sperm-health']);
  });

  it('decides the key concept on the whole feed: a category filter only narrows the list', async () => {
    const { feed } = validateFeed(feedDocument, { baseUrl: 'http://localhost/feed.json' });
    const index = await searchIndexFor(feed);
    const ids = (query: string, categories?: string[]) => index.searchNow(query, { limit: 100, ...(categories && { categories }) }).results.map((result) => result.question.id);
    const categoryOf = new Map(feed.questions.map((question) => [question.id, question.category.id]));
    const categories = [...new Set(categoryOf.values())];
    for (const query of ['difference sperm', ...judged.map((entry) => entry.query)]) {
      const all = ids(query);
      for (const category of categories) {
        const filtered = ids(query, [category]);
        for (const id of all.filter((id) => categoryOf.get(id) === category)) expect(filtered, `${query} in ${category}`).to.include(id);
      }
    }
  });

  it('lists only questions that answer "my period is late" (a lay phrase counts where its words stand together)', () => {
    // "period is late" is a lay group with "irregular periods": the first appointment's answer says "your
    // periods" and "later" far apart, and is no match.
    const listed = search('my period is late');
    expect(listed).to.have.members(['stress-and-infertility', 'when-to-see-a-fertility-specialist']);
    for (const id of listed) expect(relevantTo('my period is late')).to.include(id);
  });

  it('finds a lay phrase in other wordings of it: its words\' stems in any order ("late periods", "period missed")', () => {
    const expected = search('my period is late');
    for (const query of ['late periods', 'period missed', 'missed periods', 'periods late']) expect(search(query), query).to.deep.equal(expected);
  });

  it('lists only questions that answer "how old is too old for ivf"', () => {
    // The IVF questions' titles hold "IVF" (a second topic), and egg freezing and AMH hold "age" and "IVF" in
    // passing: the question whose title holds both, "Is there an age limit for IVF?", makes them no match.
    for (const query of ['how old is too old for ivf', 'am i too old for ivf']) {
      const listed = search(query);
      expect(listed[0], query).to.equal('ivf-age');
      for (const id of listed) expect(relevantTo('how old is too old for ivf'), `${query} listed ${id}`).to.include(id);
    }
  });

  it('lists no question whose title holds none of the query\'s words when another\'s title holds them all', () => {
    // Each of these listed 3 or 4 questions before the rule: "sperm health" also listed the questions about
    // lifestyle and stress (whose answers say "sperm" and "health"), "first appointment" the one about when to
    // see a specialist. A title's words are compared whole, with the lay synonym of "old" ("age").
    const titleWords = new Map(titles.map(({ id, title }) => [id, title.toLowerCase().match(/\p{L}+/gu)!]));
    for (const [query, words] of [
      ['too old for ivf', ['old', 'age', 'ivf']],
      ['sperm health', ['sperm', 'health']],
      ['first appointment', ['first', 'appointment']],
    ] as const) {
      const listed = search(query);
      expect(listed.length, query).to.be.above(0);
      for (const id of listed) expect(titleWords.get(id)!.some((word) => (words as readonly string[]).includes(word)), `${query} listed ${id}`).to.be.true;
    }
  });

  it('does not count a word still being typed by the words it may become: "egg co" is not yet about "considers"', () => {
    // The title "What is egg freezing and who considers it?" holds "egg" and, by prefix, "co": the rule above
    // would drop the questions about AMH and the rest while the reader is on the way to "egg count".
    expect(search('egg co').length).to.be.above(2);
    expect(search('egg count')).to.deep.equal(['amh-test']);
  });

  it('"is it my fault" lists only questions about guilt or blame, or nothing', () => {
    // (A tuning query: its outcome, the question about fault first, was pinned here before issue 28's split.)
    for (const id of search('is it my fault')) expect(relevantTo('is it my fault')).to.include(id);
  });

  it('lists nothing for filler words alone', () => {
    for (const query of ['is it', 'can i', 'what is the', 'how do i']) expect(search(query), query).to.deep.equal([]);
  });

  it('ranks a question first for a one-letter typo in its title\'s longest word', () => {
    for (const { id, title } of typoTitles) expect(search(typoOfLongestWord(title))[0], `${title}: "${typoOfLongestWord(title)}"`).to.equal(id);
  });

  it('finds a lay word in its other forms, typed letter by letter: "miscarried", "miscarrying" (the group of "miscarry"), "blocked tube"', () => {
    // A patient's past tense had no match: the feed says "miscarriage", and "miscarried" is three edits from it.
    const aboutMiscarriage = ['miscarriage-is-it-anyones-fault', 'recurrent-miscarriage-tests'];
    for (const query of ['miscarried', 'i miscarried']) {
      // Every keystroke from "miscarr" on ("miscarrie" listed nothing, between "miscarri" and "miscarried").
      for (let end = query.indexOf('miscarr') + 'miscarr'.length; end <= query.length; end++) {
        expect(search(query.slice(0, end))[0], query.slice(0, end)).to.be.oneOf(aboutMiscarriage);
      }
    }
    for (const query of ['miscarrying', 'keep miscarrying', 'miscarried ']) expect(search(query)[0], query).to.be.oneOf(aboutMiscarriage);
    expect(search('blocked tube')[0]).to.equal('iui-vs-ivf');
  });

  it('understands lay words: "egg count", "tubes", "miscarry"', () => {
    // lay-term synonyms switched on in the demo feed ("layTerms": true)
    for (const query of ['egg count', 'blocked tubes', 'miscarry']) expect(relevantTo(query), query).to.include(search(query)[0]);
  });
});

describe('relevance on the Spanish demo feed ("language": "es")', () => {
  const feedEs = fetch('/demo/feed.es.json').then((response) => response.json());
  const judgedEs = fetch('/bench/relevance/sets/demo-es.json').then((response) => response.json());
  let searchEs: Awaited<ReturnType<typeof createOurSearch>>;
  before(async () => {
    searchEs = await createOurSearch(await feedEs);
  });

  it('drops Spanish filler words: they match nothing on their own', () => {
    for (const query of ['que es el', 'como puedo', 'por que a mi']) expect(searchEs(query), query).to.deep.equal([]);
  });

  it('folds accents and stems Spanish words', () => {
    expect(searchEs('fecundación in vitro')[0]).to.equal('fiv');
    expect(searchEs('fecundacion in vitro')[0]).to.equal('fiv');
    // "embarazada" and "embarazo" share a stem; "embarazada" is in no answer.
    expect(searchEs('embarazada perdida')).to.include('aborto-culpa');
  });

  it('finds a right question near the top for the held-out Spanish queries of every kind (MRR@10 0.9 or more)', async () => {
    const { queries } = await judgedEs;
    expect(queries.length).to.be.at.least(20);
    for (const kind of new Set<string>(queries.map((entry: JudgedQuery) => entry.kind))) expect(mrr(kind, queries, searchEs), kind).to.be.at.least(0.9);
  });
});
