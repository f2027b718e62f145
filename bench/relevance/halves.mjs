// The honest protocol: every judged set is split, by a fixed seed, into a tuning
// half (what a change to the ranking may be tried on) and a held-out half (what
// decides whether it stays). The split is by the query's own text, hashed with
// the seed: adding or removing a query moves no other query between halves.

/** The seed of the split: change it and every figure in bench/RELEVANCE.md must be measured again. */
export const SPLIT_SEED = 28;

/** FNV-1a of a string, mixed with the seed (32 bits). */
function hash(text, seed) {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // A final avalanche (murmur3's), so that near-identical queries scatter.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * A set's queries in two halves: the half of the queries with the lowest hashes is
 * held out (rounded up), the rest is for tuning. Deterministic for a given set.
 */
export function halves(queries, seed = SPLIT_SEED) {
  const ranked = queries.map((query, i) => ({ query, i, h: hash(query.query, seed) })).sort((a, b) => a.h - b.h || a.i - b.i);
  const heldOutIds = new Set(ranked.slice(0, Math.ceil(queries.length / 2)).map(({ i }) => i));
  return {
    tuning: queries.filter((_, i) => !heldOutIds.has(i)),
    heldOut: queries.filter((_, i) => heldOutIds.has(i)),
  };
}

/** Whether a query is in the held-out half of its set. */
export function isHeldOut(queries, query, seed = SPLIT_SEED) {
  return halves(queries, seed).heldOut.some((candidate) => candidate.query === query);
}
