import type { FeedProblem } from '../types.js';
import { safeHttpUrl } from '../safe-url.js';
import { isSlug } from '../slug.js';

import { field, isAbsent, isValidDate, MAX_LONG, MAX_SHORT, type Json } from './rules.js';
export { describe, field, isObject, MAX_LONG, MAX_SHORT, type Json } from './rules.js';

/** Where a field is: its JSON path, and the question or expert it belongs to. */
export interface Where {
  path: string;
  questionId?: string;
  expertId?: string;
}

/**
 * Reads the fields of one place in a feed (a question, an expert…) and reports
 * each unusable one there, at most one problem per field. `required` says what
 * is skipped when the field is unusable; without it, the field is ignored.
 */
export class FieldReader {
  constructor(
    private readonly problems: FeedProblem[],
    readonly where: Where,
    /** The feed's own URL: paths in the feed are relative to it. */
    readonly baseUrl?: string,
  ) {}

  /** A reader for another place, reporting to the same list; the question and expert carry over unless given. */
  at(path: string, ids: Omit<Where, 'path'> = {}): FieldReader {
    return new FieldReader(this.problems, { ...this.where, path, ...ids }, this.baseUrl);
  }

  /** Records a problem with `key` here (or with this place itself). */
  report(key: string | undefined, message: string): void {
    const { path, questionId, expertId } = this.where;
    this.problems.push({
      field: key === undefined ? path : `${path}.${key}`,
      message,
      ...(questionId !== undefined && { questionId }),
      ...(expertId !== undefined && { expertId }),
    });
  }

  /** A one-line string field (at most MAX_SHORT characters): trimmed and non-empty, or undefined. */
  text(object: Json, key: string, required?: string, max = MAX_SHORT): string | undefined {
    const value = field(object, key);
    const consequence = required ?? 'it is ignored.';
    if (isAbsent(value)) {
      if (required) this.report(key, `is missing; ${required}`);
      return undefined;
    }
    if (typeof value !== 'string') {
      this.report(key, `must be a string, not ${Array.isArray(value) ? 'a list' : typeof value}; ${consequence}`);
      return undefined;
    }
    if (value.length > max) {
      this.report(key, `is longer than ${max} characters; ${consequence}`);
      return undefined;
    }
    return value.trim();
  }

  /** A prose string field (answer text, a transcript, a summary): as `text`, up to MAX_LONG characters. */
  prose(object: Json, key: string, required?: string): string | undefined {
    return this.text(object, key, required, MAX_LONG);
  }

  /** An id: lower-case letters, digits and single hyphens, at most 100 characters. */
  slug(object: Json, key: string, required?: string): string | undefined {
    const value = this.text(object, key, required);
    if (value === undefined) return undefined;
    if (!isSlug(value)) {
      this.report(key, `${JSON.stringify(value.slice(0, 60))} is not a slug (lower-case letters, digits and hyphens); ${required ?? 'it is ignored.'}`);
      return undefined;
    }
    return value;
  }

  /** An absolute http(s) URL, or undefined. */
  url(object: Json, key: string): string | undefined {
    const value = this.prose(object, key);
    if (value === undefined) return undefined;
    const safe = safeHttpUrl(value);
    if (safe === undefined) this.report(key, 'is not an absolute http(s) URL; it is ignored.');
    return safe;
  }

  /** A real YYYY-MM-DD date, or undefined. */
  date(object: Json, key: string): string | undefined {
    const value = this.text(object, key);
    if (value !== undefined && !isValidDate(value)) {
      this.report(key, `${JSON.stringify(value.slice(0, 40))} is not a date (YYYY-MM-DD); it is ignored.`);
      return undefined;
    }
    return value;
  }
}
