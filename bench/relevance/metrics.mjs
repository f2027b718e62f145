// Ranking measures. `ranked[i]` is the ids a system listed for `queries[i]`,
// best first; a query is answered when a listed id is in its `relevant` list.

/** MRR@k, Success@1 and Success@k over a set of queries. */
export function evaluate(queries, ranked, k = 10) {
  let reciprocal = 0;
  let first = 0;
  let inTop = 0;
  queries.forEach(({ relevant }, i) => {
    const right = new Set(relevant);
    const rank = ranked[i].slice(0, k).findIndex((id) => right.has(id));
    if (rank === -1) return;
    reciprocal += 1 / (rank + 1);
    if (rank === 0) first += 1;
    inTop += 1;
  });
  const n = queries.length || 1;
  return { mrr: reciprocal / n, success1: first / n, success10: inTop / n };
}

/**
 * What a reader sees in a whole list, where every right answer is judged (the demo feeds):
 * precision (the share of the listed questions that answer the query; an empty list counts 0),
 * recall (the share of the right questions listed), the list's mean length, and how many
 * queries list right questions only. `lists[i]` is everything a system listed for `queries[i]`.
 */
export function listQuality(queries, lists) {
  let precision = 0;
  let recall = 0;
  let length = 0;
  let onlyRight = 0;
  queries.forEach(({ relevant }, i) => {
    const right = new Set(relevant);
    const hits = lists[i].filter((id) => right.has(id)).length;
    precision += lists[i].length ? hits / lists[i].length : 0;
    recall += hits / right.size;
    length += lists[i].length;
    if (lists[i].length && hits === lists[i].length) onlyRight += 1;
  });
  const n = queries.length || 1;
  return { precision: precision / n, recall: recall / n, length: length / n, onlyRight };
}

/** The p-th percentile (nearest rank) of a list of numbers. */
export function percentile(values, p) {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
