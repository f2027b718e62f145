/** The longest id (of a question, an expert, a category). */
export const MAX_ID = 100;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether an id is a slug: lower-case letters, digits and single hyphens, at most `MAX_ID` characters. */
export const isSlug = (value: string): boolean => value.length <= MAX_ID && SLUG.test(value);
