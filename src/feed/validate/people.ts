import type { Category, Expert } from '../types.js';
import { field, isObject, type FieldReader, type Json } from './field-reader.js';
import { imageHostProblem } from '../image-host.js';
import { imageProblemMessage } from './video.js';
import { LANGUAGE_TAG } from './rules.js';

/**
 * Reads the `id` and `name` every listed entry (category, expert) must have,
 * reporting and skipping an entry without them or with an id already used.
 */
function namedEntry(raw: unknown, fields: FieldReader, kind: string, seen: Map<string, unknown>) {
  if (!isObject(raw)) return void fields.report(undefined, `is not an object; it is skipped.`);
  const id = fields.slug(raw, 'id', `this ${kind} is skipped.`);
  if (id === undefined) return undefined;
  const name = fields.text(raw, 'name', `${kind} "${id}" is skipped.`);
  if (name === undefined) return undefined;
  if (seen.has(id)) return void fields.report('id', `"${id}" is used twice; the later one is skipped.`);
  return { raw, id, name };
}

/** A category's `names`: own keys that are language tags, string values; in an object with no prototype. */
function languageNames(raw: Json, fields: FieldReader): Record<string, string> | undefined {
  const value = field(raw, 'names');
  if (value === undefined) return undefined;
  if (!isObject(value)) return void fields.report('names', 'must be an object of names by language tag; it is ignored.');
  const names: Record<string, string> = Object.create(null);
  const inNames = fields.at(`${fields.where.path}.names`);
  for (const tag of Object.keys(value)) {
    if (!LANGUAGE_TAG.test(tag)) fields.report('names', `${JSON.stringify(tag.slice(0, 20))} is not a language tag such as "ar" or "fr-CA"; it is ignored.`);
    else {
      const name = inNames.text(value, tag);
      if (name) names[tag.toLowerCase()] = name;
    }
  }
  return Object.keys(names).length ? names : undefined;
}

/** One entry of `categories`, or undefined (reported) when it is unusable or its id is taken. */
export function readCategory(raw: unknown, fields: FieldReader, seen: Map<string, Category>): Category | undefined {
  const entry = namedEntry(raw, fields, 'category', seen);
  if (!entry) return undefined;
  const { id, name } = entry;
  const description = fields.prose(entry.raw, 'description');
  const names = languageNames(entry.raw, fields);
  return { id, name, ...(description && { description }), ...(names && { names }) };
}

/** One entry of `experts`, or undefined (reported) when it is unusable or its id is taken. */
export function readExpert(raw: unknown, fields: FieldReader, seen: Map<string, Expert>): Expert | undefined {
  const entry = namedEntry(raw, fields, 'expert', seen);
  if (!entry) return undefined;
  const { id, name } = entry;
  const here = fields.at(fields.where.path, { expertId: id });
  const expert: Expert = { id, name };
  for (const key of ['role', 'credentials', 'organisation', 'registration'] as const) {
    const value = here.text(entry.raw, key);
    if (value) expert[key] = value;
  }
  const conflictOfInterest = here.prose(entry.raw, 'conflictOfInterest');
  if (conflictOfInterest) expert.conflictOfInterest = conflictOfInterest;
  for (const key of ['profileUrl', 'photoUrl'] as const) {
    const value = here.url(entry.raw, key);
    // The photo loads with the page, before the reader acts: never from a video host.
    const problem = value && key === 'photoUrl' ? imageHostProblem(value) : undefined;
    if (problem) here.report(key, imageProblemMessage(problem));
    else if (value) expert[key] = value;
  }
  return expert;
}
