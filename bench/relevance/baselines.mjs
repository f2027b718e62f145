// The libraries the search is compared with, each given the same feed, the same
// fields (title, tags, summary, experts' names, answer text) with the search's
// own BM25F field weights, and the search's own text analysis (case and accents
// folded, the feed language's stop words and Snowball stemmer, from
// bench/relevance/adapter.ts's `createAnalysis`): what differs is the ranking.
// Each returns a SearchFunction like adapter.ts: (query, limit) => question ids, best first.
import lunr from 'lunr';
import MiniSearch from 'minisearch';
import Fuse from 'fuse.js';

/** The searchable text of a feed document's questions, one plain record each. */
export function records(feedDocument) {
  const experts = new Map((feedDocument.experts ?? []).map((expert) => [String(expert.id), String(expert.name ?? '')]));
  return feedDocument.questions.map((question) => ({
    id: String(question.id),
    title: String(question.title ?? ''),
    tags: (question.tags ?? []).join(' '),
    summary: String(question.summary ?? ''),
    experts: (question.answers ?? []).map((answer) => experts.get(String(answer.expert)) ?? '').join(' '),
    text: (question.answers ?? []).map((answer) => answer.text ?? '').join('\n'),
  }));
}

/**
 * lunr 2: BM25 per field, boosted by the field weights. Its English pipeline (trimmer, stop word filter,
 * Porter stemmer) is replaced by the search's analysis, at indexing and at query time; the query's terms OR-ed.
 */
export function createLunr(feedDocument, analysis) {
  const index = lunr(function () {
    this.pipeline.reset();
    this.searchPipeline.reset();
    this.tokenizer = (text) => (text == null ? [] : analysis.terms(String(text)).map((term) => new lunr.Token(term, {})));
    this.ref('id');
    for (const [field, boost] of Object.entries(analysis.weights)) this.field(field, { boost });
    for (const record of records(feedDocument)) this.add(record);
  });
  return (query, limit = 10) =>
    index
      // Built through the query API, so lunr's query syntax (":", "~", "^", "*", "+", "-") in what a patient types cannot throw.
      .query((q) => {
        for (const term of new Set(analysis.terms(query))) q.term(term, {});
      })
      .slice(0, limit)
      .map((result) => result.ref);
}

/** MiniSearch 7: BM25+, fuzzy 0.2, prefix search, the field weights as boosts, the search's analysis as its term processing. */
export function createMiniSearch(feedDocument, analysis) {
  const fields = Object.keys(analysis.weights);
  const index = new MiniSearch({
    fields,
    idField: 'id',
    tokenize: (text) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [],
    processTerm: (word) => analysis.term(word),
    searchOptions: { boost: analysis.weights, fuzzy: 0.2, prefix: true },
  });
  index.addAll(records(feedDocument));
  return (query, limit = 10) =>
    index
      .search(query)
      .slice(0, limit)
      .map((result) => result.id);
}

/**
 * Orama 3: its BM25 full-text search, boosted by the field weights, typo tolerance 1, the search's
 * analysis as its tokenizer (Orama's own stemmer and stop words off). Its search API is synchronous for
 * an in-memory index without hooks.
 */
export async function createOrama(feedDocument, analysis) {
  const { create, insertMultiple, search } = await import('@orama/orama');
  const tokenizer = {
    language: 'english',
    normalizationCache: new Map(),
    tokenize: (text) => (typeof text === 'string' ? analysis.terms(text) : []),
  };
  const fields = Object.keys(analysis.weights);
  const db = create({ schema: Object.fromEntries([['id', 'string'], ...fields.map((field) => [field, 'string'])]), components: { tokenizer } });
  await insertMultiple(db, records(feedDocument), 500);
  return (query, limit = 10) => {
    const found = search(db, { term: query, properties: fields, boost: analysis.weights, tolerance: 1, limit: Math.min(limit, feedDocument.questions.length) });
    return (found instanceof Promise ? [] : found.hits).map((hit) => hit.document.id);
  };
}

/**
 * fuse.js 7 on its own over every record: the same keys and weights, location
 * ignored (long answers). `fields` narrows the keys (at MedQuAD scale a scan of
 * the answers takes tens of seconds a query). fuse.js matches characters, not
 * terms: it gets no stemmer or stop words.
 */
export function createFuse(feedDocument, analysis, fields = Object.keys(analysis.weights)) {
  const fuse = new Fuse(records(feedDocument), {
    keys: fields.map((name) => ({ name, weight: analysis.weights[name] })),
    ignoreLocation: true,
    ignoreDiacritics: true,
    threshold: 0.35,
  });
  return (query, limit = 10) =>
    fuse
      .search(query, { limit })
      .map((result) => result.item.id);
}
