import { FEED_FORMAT_VERSION } from '../../feed/types.js';
import { slugify } from '../../feed/slug.js';

/**
 * The editor's model of a feed: the JSON document itself, as it was read, edited in
 * place. Only the fields a form changes are written; every other key (one this
 * version does not know, `$schema`, a category's `names`, `synonyms`…) stays where
 * it was, with its value untouched, so saving an unedited feed gives back the same
 * JSON. A path is a list of keys and indexes: `['questions', 2, 'title']`.
 */
export type Json = Record<string, unknown>;
export type Path = ReadonlyArray<string | number>;

export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value at `path`, or undefined. Own keys only: `__proto__` is a key like any other. */
export function valueAt(document: unknown, path: Path): unknown {
  let here: unknown = document;
  for (const key of path) {
    if (Array.isArray(here) && typeof key === 'number') here = here[key];
    else if (isObject(here) && typeof key === 'string' && Object.hasOwn(here, key)) here = here[key];
    else return undefined;
  }
  return here;
}

/** The text of a string field for a form: '' when absent or not a string. */
export const textAt = (document: unknown, path: Path): string => {
  const value = valueAt(document, path);
  return typeof value === 'string' ? value : '';
};

/** Defines an own data property, so a key such as `__proto__` is stored as data, never as the prototype. */
function put(object: Json, key: string, value: unknown): void {
  Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
}

/**
 * Sets the field at `path` (making the objects on the way), or removes it when
 * `value` is undefined or an empty string: an emptied field leaves no `""` behind.
 * A key already there keeps its place in the object.
 */
export function setAt(document: Json, path: Path, value: unknown): void {
  if (path.length === 0) return;
  let here: unknown = document;
  for (let index = 0; index < path.length - 1; index++) {
    const key = path[index]!;
    let next = valueAt(here, [key]);
    if (!isObject(next) && !Array.isArray(next)) {
      if (value === undefined || value === '') return; // nothing to remove
      next = typeof path[index + 1] === 'number' ? [] : {};
      if (Array.isArray(here) && typeof key === 'number') here[key] = next;
      else put(here as Json, String(key), next);
    }
    here = next;
  }
  const last = path[path.length - 1]!;
  const remove = value === undefined || value === '';
  if (Array.isArray(here) && typeof last === 'number') {
    if (!remove) here[last] = value;
  } else if (isObject(here)) {
    if (remove) delete here[String(last)];
    else put(here, String(last), value);
  }
}

/** The list at `path`, made (empty) if absent. */
export function listAt(document: Json, path: Path): unknown[] {
  const value = valueAt(document, path);
  if (Array.isArray(value)) return value;
  const list: unknown[] = [];
  setAt(document, path, list);
  return list;
}

/** Moves the entry at `from` to `to` in a list; indexes out of range change nothing. Returns whether it moved. */
export function move(list: unknown[], from: number, to: number): boolean {
  if (from === to || from < 0 || to < 0 || from >= list.length || to >= list.length) return false;
  const [entry] = list.splice(from, 1);
  list.splice(to, 0, entry);
  return true;
}

/** An id from `text` that no entry in `taken` has: `amh`, `amh-2`, `amh-3`…; `fallback` when the text gives none. */
export function uniqueId(text: string, taken: Iterable<unknown>, fallback: string): string {
  const used = new Set([...taken].map((entry) => (isObject(entry) ? entry['id'] : undefined)));
  const base = slugify(text) || fallback;
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** A new, empty feed: what "New feed" starts from. */
export function newFeed(language = 'en'): Json {
  return { version: FEED_FORMAT_VERSION, title: '', language, categories: [], experts: [], questions: [] };
}

/**
 * Renames an id and every reference to it: an expert's in answers and reviewers, a
 * category's in questions, a question's in `featured`. Only exact matches change.
 */
export function renameReferences(document: Json, list: 'experts' | 'categories' | 'questions', from: string, to: string): void {
  if (!from || from === to) return;
  const questions = valueAt(document, ['questions']);
  const each = Array.isArray(questions) ? questions.filter(isObject) : [];
  if (list === 'experts') {
    for (const question of each) {
      if (question['reviewedBy'] === from) question['reviewedBy'] = to;
      const answers = question['answers'];
      for (const answer of Array.isArray(answers) ? answers.filter(isObject) : []) if (answer['expert'] === from) answer['expert'] = to;
    }
  } else if (list === 'categories') {
    for (const question of each) if (question['category'] === from) question['category'] = to;
  } else {
    const featured = valueAt(document, ['featured']);
    if (Array.isArray(featured)) featured.forEach((id, index) => id === from && (featured[index] = to));
  }
}

/** Whether a question (by id) is in the feed's `featured` list. */
export const isFeatured = (document: Json, id: string): boolean => {
  const featured = valueAt(document, ['featured']);
  return Array.isArray(featured) && featured.includes(id);
};

/** Puts a question in `featured` or takes it out; an emptied list is removed. */
export function setFeatured(document: Json, id: string, on: boolean): void {
  const featured = listAt(document, ['featured']);
  const at = featured.indexOf(id);
  if (on && at < 0) featured.push(id);
  if (!on && at >= 0) featured.splice(at, 1);
  if (featured.length === 0) delete document['featured'];
}

/**
 * The feed as a file: JSON with two-space indents and a final newline; on one line
 * where something in it is nested too deep to indent (JSON.stringify runs out of
 * stack sooner with indents: a hostile feed's 5,000 nested lists).
 */
export function feedText(document: Json): string {
  try {
    return `${JSON.stringify(document, null, 2)}\n`;
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return `${JSON.stringify(document)}\n`;
  }
}

/** Reads a feed file's text: the object, or an error message (not JSON, not an object). */
export function readFeedFile(text: string): { document: Json } | { error: string } {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  return isObject(data) ? { document: data } : { error: 'not-object' };
}
