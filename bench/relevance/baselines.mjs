// The libraries the search is compared with, each given the same feed and the
// same fields (title, tags, summary, answer text) with the same field weights
// as the search's own index. Each returns a SearchFunction like adapter.ts:
// (query, limit) => question ids, best first.
import lunr from 'lunr';
import MiniSearch from 'minisearch';
import Fuse from 'fuse.js';

/** Field weights: those of src/search/search-index.ts (title first). */
export const WEIGHTS = { title: 4, tags: 3, summary: 1.5, text: 1 };

/** The searchable text of a feed document's questions, one plain record each. */
export function records(feedDocument) {
  return feedDocument.questions.map((question) => ({
    id: String(question.id),
    title: String(question.title ?? ''),
    tags: (question.tags ?? []).join(' '),
    summary: String(question.summary ?? ''),
    text: (question.answers ?? []).map((answer) => answer.text ?? '').join('\n'),
  }));
}

/** lunr 2: BM25, English stemming and stop words; the query's words OR-ed, each through lunr's pipeline. */
export function createLunr(feedDocument) {
  const index = lunr(function () {
    this.ref('id');
    for (const [field, boost] of Object.entries(WEIGHTS)) this.field(field, { boost });
    for (const record of records(feedDocument)) this.add(record);
  });
  return (query, limit = 10) =>
    index
      // Built through the query API, so lunr's query syntax (":", "~", "^", "*", "+", "-") in what a patient types cannot throw.
      .query((q) => {
        for (const token of lunr.tokenizer(query)) q.term(token.toString(), {});
      })
      .slice(0, limit)
      .map((result) => result.ref);
}

/** MiniSearch 7: fuzzy 0.2, prefix search, the same field boosts. */
export function createMiniSearch(feedDocument) {
  const fields = Object.keys(WEIGHTS);
  const index = new MiniSearch({ fields, idField: 'id', searchOptions: { boost: WEIGHTS, fuzzy: 0.2, prefix: true } });
  index.addAll(records(feedDocument));
  return (query, limit = 10) =>
    index
      .search(query)
      .slice(0, limit)
      .map((result) => result.id);
}

/**
 * fuse.js 7 on its own over every record: the same keys and weights, location
 * ignored (long answers). `fields` narrows the keys (at MedQuAD scale a scan of
 * the answers takes tens of seconds a query).
 */
export function createFuse(feedDocument, fields = Object.keys(WEIGHTS)) {
  const fuse = new Fuse(records(feedDocument), {
    keys: fields.map((name) => ({ name, weight: WEIGHTS[name] })),
    ignoreLocation: true,
    ignoreDiacritics: true,
    threshold: 0.35,
  });
  return (query, limit = 10) =>
    fuse
      .search(query, { limit })
      .map((result) => result.item.id);
}
