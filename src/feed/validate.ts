// The feed validator's public face. The readers live in src/feed/validate/: feed.ts
// (the whole document), question.ts, people.ts, video.ts, over field-reader.ts.
export { validateFeed, type ValidationResult } from './validate/feed.js';
export { FeedFormatError } from './validate/format-error.js';
export { durationSeconds } from './duration.js';

export { categoryName } from './category-name.js';
