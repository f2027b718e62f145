import { isObject, listAt, renameReferences, setAt, textAt, type Json } from './feed-document.js';

/** The lists whose entries have ids that other parts of the feed name. */
export type IdList = 'categories' | 'experts' | 'questions';

/** The index of another entry of `list` whose id is `id`, or -1. */
export function idOwner(document: Json, list: IdList, entry: Json, id: string): number {
  if (!id) return -1;
  return listAt(document, [list]).findIndex((other) => other !== entry && isObject(other) && other['id'] === id);
}

/**
 * Sets an entry's id and moves the references to the id it had (answers, reviewers,
 * questions' categories, `featured`). An emptied id leaves them waiting, in `formerIds`,
 * for the next one (the field cleared, then typed again later); an id another entry
 * also has (a feed with twins) moves none, since they may be the other's.
 */
export function setEntryId(document: Json, list: IdList, entry: Json, id: string, formerIds: WeakMap<object, string>): void {
  const old = textAt(entry, ['id']);
  const from = old || formerIds.get(entry) || '';
  setAt(entry, ['id'], id);
  if (!id) {
    if (old) formerIds.set(entry, old);
    return;
  }
  formerIds.delete(entry);
  if (from && idOwner(document, list, entry, from) < 0) renameReferences(document, list, from, id);
}
