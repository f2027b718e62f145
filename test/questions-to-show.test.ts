// The pure function behind <qa-search>'s list (issue 17): what is listed for a
// query, a category, the `categories` attribute, pages, and an opened question.
import { expect } from '@open-wc/testing';
import { validateFeed } from '../src/feed/validate.js';
import type { SearchOptions, SearchResult } from '../src/search/search-index.js';
import { featuredQuestions, offeredCategories, questionsToShow, ShownQuestions, type Searcher } from '../src/qa-search/questions-to-show.js';
import { pagedList, type TitlesSource } from '../src/qa-search/paged-list.js';
import type { Feed } from '../src/feed/types.js';

/** 45 questions q1…q45 in three categories (a, b, c, in turn); q40 and q2 featured. */
const raw = {
  version: 1,
  categories: ['a', 'b', 'c'].map((id) => ({ id, name: `Category ${id}` })),
  experts: [{ id: 'dr', name: 'Dr Example' }],
  featured: ['q40', 'q2'],
  questions: Array.from({ length: 45 }, (_, i) => ({
    id: `q${i + 1}`,
    title: `Question ${i + 1}?`,
    category: ['a', 'b', 'c'][i % 3],
    answers: [{ expert: 'dr', text: `Answer ${i + 1}.` }],
  })),
};
const { feed, problems } = validateFeed(raw);
const ids = (results: SearchResult[]) => results.map((result) => result.question.id);
interface Asked {
  query: string;
  category: string | null;
  categories: string;
  pages: number;
  pageSize: number;
  opened: string;
}
const ask = (asked: Partial<Asked>, searcher?: Searcher) => {
  const { query = '', category = null, categories, pages = 1, pageSize = 20, opened } = asked;
  return questionsToShow(feed, searcher, query, category, categories, pages, pageSize, opened);
};

/** A searcher that records what it was asked and matches titles that contain the query's digits. */
function fakeSearcher() {
  const calls: Array<{ query: string; options: SearchOptions }> = [];
  const searcher: Searcher = {
    search(query, options) {
      calls.push({ query, options });
      const digits = query.replace(/\D/g, '');
      const all = feed.questions
        .filter((question) => question.title.includes(digits) && (!options.categories?.length || options.categories.includes(question.category.id)))
        .map((question) => ({ question, titleMatches: [] }));
      return { total: all.length, results: all.slice(0, options.limit) };
    },
  };
  return { searcher, calls };
}

describe('questionsToShow', () => {
  it('reads the test feed without problems', () => {
    expect(problems).to.deep.equal([]);
  });

  describe('with nothing typed', () => {
    it('lists the featured questions first, then the rest in feed order, one page', () => {
      const { results, total } = ask({ pages: 0 });
      expect(total).to.equal(45);
      expect(ids(results)).to.deep.equal(['q40', 'q2', 'q1', ...Array.from({ length: 17 }, (_, i) => `q${i + 3}`)]);
      expect(results.every((result) => result.titleMatches.length === 0 && !result.excerpt)).to.equal(true);
    });

    it('lists `pages` pages of `pageSize`', () => {
      expect(ask({ pages: 2, pageSize: 10 }).results).to.have.length(20);
      expect(ask({ pages: 3, pageSize: 20 }).results).to.have.length(45);
    });

    it('takes 20 per page for 0 or not a number, at least 1, whole numbers (as max-results always did)', () => {
      for (const pageSize of [0, Number.NaN]) expect(ask({ pageSize }).results, String(pageSize)).to.have.length(20);
      expect(ask({ pageSize: -3 }).results).to.have.length(1);
      expect(ask({ pageSize: 2.9 }).results).to.have.length(2);
      expect(ask({ pageSize: Number.POSITIVE_INFINITY }).results).to.have.length(45);
    });

    it('keeps to the chosen category, or to the categories offered', () => {
      const chosen = ask({ category: 'b' });
      expect(chosen.total).to.equal(15);
      expect(chosen.results.every((result) => result.question.category.id === 'b')).to.equal(true);
      expect(ids(chosen.results).slice(0, 2)).to.deep.equal(['q2', 'q5']); // featured q2 first
      const offered = ask({ categories: 'a, c' });
      expect(offered.total).to.equal(30);
      expect(offered.results.some((result) => result.question.category.id === 'b')).to.equal(false);
    });

    it('lists an opened question first when it is further down than the pages shown', () => {
      expect(ids(ask({ opened: 'q33', pageSize: 5 }).results)).to.deep.equal(['q33', 'q40', 'q2', 'q1', 'q3']);
      // Already shown: left where it is.
      expect(ids(ask({ opened: 'q3', pageSize: 5 }).results)).to.deep.equal(['q40', 'q2', 'q1', 'q3', 'q4']);
      // Not in the chosen category, or not in the feed: not listed.
      expect(ids(ask({ opened: 'q33', category: 'a', pageSize: 5 }).results)).to.not.include('q33');
      expect(ask({ opened: 'nope', pageSize: 5 }).total).to.equal(45);
    });

    it('changes nothing in the feed', () => {
      const before = feed.questions.map((question) => question.id);
      ask({ opened: 'q45', pageSize: 3 });
      expect(feed.questions.map((question) => question.id)).to.deep.equal(before);
    });
  });

  describe('with a query', () => {
    it('asks the searcher once, for every match in the categories, and pages its answer', () => {
      const { searcher, calls } = fakeSearcher();
      const { results, total } = ask({ query: '  1 ', categories: 'a,b', pageSize: 3 }, searcher);
      expect(calls).to.deep.equal([{ query: '1', options: { categories: ['a', 'b'], limit: 3 } }]); // a sharded index loads the titles of the 3 shown
      expect(total).to.equal(10); // 1, 10, 11, 13, 14, 16, 17, 19, 31, 41 (12, 15, 18 are in c)
      expect(ids(results)).to.deep.equal(['q1', 'q10', 'q11']);
    });

    it('passes the chosen category alone', () => {
      const { searcher, calls } = fakeSearcher();
      ask({ query: '4', category: 'c', categories: 'a,b' }, searcher);
      expect(calls[0]!.options.categories).to.deep.equal(['c']);
    });

    it('lists the questions as with nothing typed while there is no searcher yet (the index is loading)', () => {
      expect(ask({ query: 'ivf' })).to.deep.equal(ask({}));
    });
  });
});

describe('offeredCategories', () => {
  it("offers the feed's categories, limited by a comma-separated list (spaces and empties ignored)", () => {
    expect(offeredCategories(feed, undefined).map((category) => category.id)).to.deep.equal(['a', 'b', 'c']);
    expect(offeredCategories(feed, ' c , ,a').map((category) => category.id)).to.deep.equal(['a', 'c']);
    expect(offeredCategories(feed, ' , ').map((category) => category.id)).to.deep.equal(['a', 'b', 'c']);
    expect(offeredCategories(feed, 'unknown')).to.deep.equal([]);
  });
});

describe('featuredQuestions', () => {
  it('offers the featured questions, or the first five', () => {
    expect(ids(featuredQuestions(feed))).to.deep.equal(['q40', 'q2']);
    expect(ids(featuredQuestions({ ...feed, featured: [] }))).to.deep.equal(['q1', 'q2', 'q3', 'q4', 'q5']);
  });
});

describe('pagedList: a partial index lists as the full one', () => {
  // The same 45 questions as a partial index: the first 5 and the featured q40 listed, the rest in titles files of 8.
  const listed = [...feed.questions.slice(0, 5), feed.questionsById.get('q40')!];
  const partial: Feed = {
    ...feed,
    questions: listed,
    questionsById: new Map(listed.map((question) => [question.id, question])),
    paged: { first: 5, categories: [['a', 15], ['b', 15], ['c', 15]], total: 45, indexUrl: 'https://example.org/index.json' },
  };
  const PER_FILE = 8;

  /** Lists through a titles source that loads a file at a time, as the controller does; returns the list and the files loaded. */
  function listAll(ids: string[], limit: number) {
    const files = new Set<number>();
    const source: TitlesSource = {
      categoryRuns: feed.questions.map((question) => [question.category.id, 1] as const),
      questionAt: (doc) => (files.has(Math.floor(doc / PER_FILE)) ? feed.questions[doc] : undefined),
    };
    let list = pagedList(partial, ids, limit);
    for (let rounds = 0; (list.needsSource || list.missing.length) && rounds < 20; rounds++) {
      for (const doc of list.missing) files.add(Math.floor(doc / PER_FILE));
      list = pagedList(partial, ids, limit, source);
    }
    expect(list.missing).to.deep.equal([]);
    return { list, files: [...files].sort((a, b) => a - b) };
  }

  it('gives the same questions, in the same order, with the same total, in every category and page', () => {
    for (const category of [null, 'a', 'b', 'c']) {
      for (const pageSize of [1, 3, 7, 20]) {
        for (const pages of [1, 2, 5]) {
          const expected = ask({ category, pageSize, pages });
          const { list } = listAll(category ? [category] : [], pageSize * pages);
          expect(list.questions.map((question) => question.id), `${category} ${pageSize}×${pages}`).to.deep.equal(ids(expected.results));
          expect(list.total).to.equal(expected.total);
        }
      }
    }
  });

  it('needs nothing beyond the index for the first screen, and only the files a page reaches after it', () => {
    const first = pagedList(partial, [], 6);
    expect(first.needsSource).to.equal(false);
    expect(first.questions.map((question) => question.id)).to.deep.equal(['q40', 'q2', 'q1', 'q3', 'q4', 'q5']);
    expect(listAll([], 9).files).to.deep.equal([0]); // q6…q8: documents 5–7, in the first file
    expect(listAll(['c'], 15).files).to.deep.equal([0, 1, 2, 3, 4, 5]); // every c question but those in the index, through q45
  });
});

describe('categories of a very large feed (issue 26, hole 5)', () => {
  /** A valid partial index of `n` questions, each in a category of its own, none listed in `categories`. */
  const hugeIndex = (n: number) =>
    validateFeed(
      {
        version: 1,
        kind: 'index',
        experts: [],
        search: 'search/manifest.json',
        paged: { first: n, categories: Array.from({ length: n }, (_, i) => [`c${i}`, 1]) },
        questions: Array.from({ length: n }, (_, i) => ({ id: `q${i}`, title: `Question ${i}`, category: `c${i}`, answerCount: 1, experts: ['Dr A'], feed: `questions/q${i}.json` })),
      },
      { baseUrl: 'https://example.org/index.json' },
    );

  it('are named from the questions in linear work, and at most 200 are offered, with one warning', () => {
    const { feed: huge, problems: found } = hugeIndex(40_000);
    expect(found, JSON.stringify(found.slice(0, 2))).to.have.length(0);
    expect(huge.paged?.categories).to.have.length(40_000);
    // Count every read of the questions list: a lookup per category read it 40,000 x 40,000 times.
    let reads = 0;
    const questions = new Proxy(huge.questions, {
      get(target, key, receiver) {
        if (++reads > 20 * target.length) throw new Error('read the questions more than 20 times over');
        return Reflect.get(target, key, receiver);
      },
    });
    const counted = { ...huge, questions } as Feed;
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const offered = offeredCategories(counted, undefined);
      expect(offered).to.have.length(200);
      expect(offered[7]!.name).to.equal('c7');
      offeredCategories(counted, undefined); // asked again on the next keystroke: kept
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.deep.equal(['fertility-qa: <qa-search>: the feed has 40000 categories; the category chooser offers the first 200.']);
  });

  it('a categories attribute naming thousands of ids is read as a set', () => {
    const { feed: huge } = hugeIndex(5_000);
    const attribute = Array.from({ length: 5_000 }, (_, i) => `c${4_999 - i}`).join(',');
    const warn = console.warn;
    console.warn = () => {};
    try {
      expect(offeredCategories(huge, attribute).map(({ id }) => id).slice(0, 2)).to.deep.equal(['c0', 'c1']);
    } finally {
      console.warn = warn;
    }
  });

  it('past 200, the chooser is cut, not the filter: a categories attribute of 300 ids lists all their questions, and a chosen 250th is offered', () => {
    const { feed: huge } = hugeIndex(300);
    const attribute = Array.from({ length: 300 }, (_, i) => `c${i}`).join(',');
    const warn = console.warn;
    console.warn = () => {};
    try {
      const shown = questionsToShow(huge, undefined, '', null, attribute, 1, 400);
      expect(shown.total).to.equal(300);
      expect(offeredCategories(huge, attribute)).to.have.length(200);
      expect(offeredCategories(huge, attribute, 'c250').map(({ id }) => id).slice(-2)).to.deep.equal(['c199', 'c250']);
    } finally {
      console.warn = warn;
    }
  });
});

describe('ShownQuestions: what the list shows, worked out again only when an input changed', () => {
  it('keeps its result while the inputs are the same objects, and works it out again when one changes', () => {
    const list = new ShownQuestions();
    let calls = 0;
    const show = () => (calls++, { results: [], total: calls });
    const searcher = {};
    list.update([feed, searcher, 'ivf', null], show);
    list.update([feed, searcher, 'ivf', null], show);
    expect(calls).to.equal(1);
    expect(list.shown?.total).to.equal(1);
    list.update([feed, {}, 'ivf', null], show); // another searcher (the index was rebuilt)
    list.update([feed, {}, 'ivf', 'a'], show);
    expect(calls).to.equal(3);
    expect(list.shown?.total).to.equal(3);
  });

  it('keeps a search that throws as its error, and clears it once a search succeeds', () => {
    const list = new ShownQuestions();
    const failure = new Error('index broken');
    list.update(['x'], () => {
      throw failure;
    });
    expect(list.error).to.equal(failure);
    list.update(['y'], () => ({ results: [], total: 0 }));
    expect(list.error).to.equal(undefined);
    expect(list.shown?.total).to.equal(0);
  });
});
