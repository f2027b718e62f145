/** The longest id (of a question, an expert, a category). */
export const MAX_ID = 100;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether an id is a slug: lower-case letters, digits and single hyphens, at most `MAX_ID` characters. */
export const isSlug = (value: string): boolean => value.length <= MAX_ID && SLUG.test(value);

/**
 * A slug made from a name or title: lower-case ASCII letters, digits and single hyphens, accents
 * folded ("Fécondation in vitro" → `fecondation-in-vitro`), at most 60 characters; '' when the
 * text gives none (as the feed editor makes ids).
 */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return isSlug(slug) ? slug : '';
}
