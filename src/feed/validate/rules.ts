// The feed format's rules that both readers apply: the validator (feed.ts and the readers
// beside it, with a message for every problem) and the clean reader (clean.ts, in the
// page's core: a clean feed, or nothing). One copy of each limit and pattern; the fuzz
// test (test/clean-feed.test.ts) holds the two readers to the same Feed.

export type Json = Record<string, unknown>;

/** Longest one-line field (a name, a title, a role, a label): rendered in many places, so kept short. */
export const MAX_SHORT = 1_000;
/** Longest prose field (answer text, a transcript, a summary) or URL. */
export const MAX_LONG = 100_000;
/** Longest tag, synonym phrase or index entry's expert name. */
export const MAX_PHRASE = 200;
/** Longest `search` address of a split feed's index. */
export const MAX_SEARCH_URL = 1_000;
/** A category's `names` key: a language tag such as "ar" or "fr-CA". */
export const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;
/** Device names Windows reserves (any case, with or without an extension): no file can be called that. */
export const WINDOWS_DEVICE = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])(?:\.[^.]*)?$/i;
/** The most questions a partial index may say its feed holds (as the sharded index's manifest). */
export const MAX_QUESTIONS = 1_000_000;
export const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_QUESTIONS;
/** A reference's PubMed id and DOI. */
export const PMID = /^\d{1,9}$/;
export const DOI = /^10\.\d{4,9}\/\S+$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A short description of any JSON value for a message. It never walks into a
 * list or object, so a value nested 100,000 deep cannot overflow the stack.
 */
export const describe = (value: unknown): string =>
  typeof value === 'string'
    ? JSON.stringify(value.slice(0, 60))
    : Array.isArray(value)
      ? 'a list'
      : value === null
        ? 'null'
        : typeof value === 'object'
          ? 'an object'
          : String(value);

/** Own, enumerable data only: `__proto__` or inherited keys never count as fields. */
export const field = (object: Json, key: string): unknown => (Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined);

/** Absent: missing, null or blank (then an optional field is simply left out). */
export const isAbsent = (value: unknown): boolean => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** A real calendar date in YYYY-MM-DD form (2026-02-30 is not). */
export const isValidDate = (value: string): boolean => {
  if (!ISO_DATE.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
};

/** A short non-blank phrase (a tag, a synonym, an index entry's expert name). */
export const isPhrase = (value: unknown, blankAllowed = false): value is string =>
  typeof value === 'string' && (blankAllowed || value.trim() !== '') && value.length <= MAX_PHRASE;

/** The base a feed's relative addresses resolve against: the feed's own URL, else the page's. */
export const feedBase = (baseUrl: string | undefined): string | undefined => baseUrl ?? globalThis.document?.baseURI;
