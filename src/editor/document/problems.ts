import { validateFeed } from '../../feed/validate/feed.js';
import { FeedFormatError } from '../../feed/validate/format-error.js';

/** One problem the validator found, placed at a field of the editor's form. */
export interface EditorProblem {
  /** The field's path as a key: `questions.2.answers.0.expert` (the validator's `$.questions[2].answers[0].expert`). */
  key: string;
  /** The validator's own words, after the field's name: "is missing; this question is skipped." */
  message: string;
}

/** `$.questions[2].answers[0].expert` → `questions.2.answers.0.expert`; `$` → ''. */
export const problemKey = (field: string): string =>
  field
    .replace(/^\$\.?/, '')
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/^\./, '');

/** A path as a key: `['questions', 2, 'title']` → `questions.2.title`. */
export const pathKey = (path: ReadonlyArray<string | number>): string => path.join('.');

/**
 * Checks the document with the validator the widget and the CLI use (`validateFeed`,
 * the full one with its messages), so the editor reports exactly what a reader's
 * widget would drop or repair. A document the validator cannot read at all (wrong
 * version, `questions` not a list) is one problem at the top.
 */
export function checkDocument(document: unknown, baseUrl?: string): EditorProblem[] {
  try {
    return validateFeed(document, baseUrl ? { baseUrl } : {}).problems.map((problem) => ({ key: problemKey(problem.field), message: problem.message }));
  } catch (error) {
    if (error instanceof FeedFormatError) return [{ key: '', message: error.message }];
    return [{ key: '', message: String(error) }];
  }
}

/** Problems by key, and a look-up for the problems of one field (exactly that key). */
export class ProblemIndex {
  readonly byKey = new Map<string, EditorProblem[]>();

  constructor(readonly all: EditorProblem[]) {
    for (const problem of all) {
      const list = this.byKey.get(problem.key) ?? [];
      list.push(problem);
      this.byKey.set(problem.key, list);
    }
  }

  /** The problems of the field at `key`. */
  at(key: string): EditorProblem[] {
    return this.byKey.get(key) ?? [];
  }

  /** How many problems lie at `key` or inside it (a question and its answers). */
  within(key: string): number {
    return this.all.filter((problem) => problem.key === key || problem.key.startsWith(`${key}.`)).length;
  }
}
