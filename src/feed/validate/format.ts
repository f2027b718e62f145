import { FEED_FORMAT_VERSION } from '../types.js';
import { FeedFormatError } from './format-error.js';
import { describe, field, isObject, type Json } from './rules.js';

// Shared by both readers (the validator, feed.ts, and the page's clean reader, clean.ts), so a
// feed that cannot be read at all gets its one message from the core, without the validator's chunk.

/** The version, the `questions` list and the kind: without them nothing in the document can be trusted. */
export function readFormat(data: unknown): { json: Json; questions: unknown[]; isIndex: boolean } {
  if (!isObject(data)) {
    throw new FeedFormatError('The feed is not a JSON object.', 'not-object');
  }
  const version = field(data, 'version');
  if (version !== FEED_FORMAT_VERSION) {
    throw new FeedFormatError(
      version === undefined
        ? `The feed has no "version"; this widget reads version ${FEED_FORMAT_VERSION}.`
        : `The feed is format version ${describe(version)}; this widget reads version ${FEED_FORMAT_VERSION}.`,
      'version',
    );
  }
  const questions = field(data, 'questions');
  if (!Array.isArray(questions)) {
    throw new FeedFormatError('The feed has no "questions" list.', 'structure');
  }
  const kind = field(data, 'kind');
  if (kind !== undefined && kind !== 'index') {
    throw new FeedFormatError(`The feed is of kind ${describe(kind)}; this widget reads full feeds and "index" feeds.`, 'structure');
  }
  return { json: data, questions, isIndex: kind === 'index' };
}
