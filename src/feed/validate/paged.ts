import type { PagedIndex } from '../types.js';
import { field, FieldReader, isObject, MAX_SHORT, type Json } from './field-reader.js';
import { isCount, MAX_QUESTIONS } from './rules.js';

/**
 * A split feed's partial index: `paged` (`{ first, categories }`), read only
 * with a usable `search` (the questions it does not list are in the sharded
 * index's titles files). Each unusable field gets one problem, and the index
 * is then listed as it is. `listed`: how many entries `questions` holds;
 * `leadingKept`: how many of the first `first` passed validation (when some
 * did not, none is taken as the feed's first: they are read from the titles files).
 */
export function readPaged(json: Json, root: FieldReader, listed: number, leadingKept: (first: number) => number, indexUrl: string | undefined): PagedIndex | undefined {
  const raw = field(json, 'paged');
  if (raw === undefined) return undefined;
  const here = root.at('paged');
  if (!isObject(raw)) return void here.report(undefined, 'must be an object ({ "first", "categories" }); the index is listed as it is.');
  if (!indexUrl) return void here.report(undefined, 'needs a usable "search" (the other questions are in its titles files); the index is listed as it is.');
  const first = field(raw, 'first');
  if (!isCount(first) || first > listed) return void here.report('first', `must be a whole number up to the ${listed} questions listed; the index is listed as it is.`);
  const categories = field(raw, 'categories');
  const pairs = Array.isArray(categories) ? categories : [];
  const seen = new Set<string>();
  let total = 0;
  const usable =
    Array.isArray(categories) &&
    pairs.length <= MAX_QUESTIONS &&
    pairs.every((pair: unknown) => {
      const [id, count] = Array.isArray(pair) && pair.length === 2 ? (pair as unknown[]) : [];
      if (typeof id !== 'string' || !id.trim() || id.length > MAX_SHORT || seen.has(id) || !isCount(count) || count < 1) return false;
      seen.add(id);
      total += count;
      return true;
    });
  if (!usable || total < listed - first || total > MAX_QUESTIONS) {
    return void here.report('categories', 'must list each category once with its number of questions ([id, count], counts from 1, as many in all as the feed holds); the index is listed as it is.');
  }
  return { first: leadingKept(first) === first ? first : 0, categories: pairs as Array<[string, number]>, total, indexUrl };
}
