import type { Json, Path } from '../document/feed-document.js';
import type { ProblemIndex } from '../document/problems.js';
import type { EditorMessageKey, Params } from '../i18n/editor-localize.js';

/** The lists whose entries the editor adds, removes and reorders. */
export type ListPath = readonly ['categories'] | readonly ['experts'] | readonly ['questions'] | readonly ['questions', number, 'answers' | 'references'];

/** What the form's templates read and call: the document, its problems, the messages and the edits. */
export interface EditorContext {
  readonly doc: Json;
  readonly problems: ProblemIndex;
  t(key: EditorMessageKey, params?: Params): string;
  /** Sets a field (an empty string removes it) and checks the feed again. */
  edit(path: Path, value: unknown): void;
  /** The text typed in a field not yet committed (an id) or shown as typed (tags), by its key; undefined when none. */
  typedAt(key: string): string | undefined;
  /** Keeps the text typed in a field until it is committed; undefined forgets it. */
  keepTyped(key: string, text: string | undefined): void;
  /**
   * Sets an entry's `id` (a committed field), and every reference to the id it had:
   * refused, and said, when another entry of the list has that id.
   */
  editId(list: 'categories' | 'experts' | 'questions', index: number, value: string): void;
  /** Sets an entry's name or title, and its id with it while the id has followed the name since the entry was added here. */
  editName(list: 'categories' | 'experts' | 'questions', index: number, key: 'name' | 'title', value: string): void;
  add(list: ListPath): void;
  removeEntry(list: ListPath, index: number): void;
  move(list: ListPath, from: number, to: number): void;
  isOpen(key: string): boolean;
  toggle(key: string): void;
}

/** The DOM id of the field at a path: `['questions', 2, 'title']` → `f-questions-2-title`. */
export const fieldId = (path: Path | string): string => `f-${(typeof path === 'string' ? path : path.join('.')).replace(/[^A-Za-z0-9_-]+/g, '-')}`;
