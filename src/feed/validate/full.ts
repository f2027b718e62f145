// The full validator with its messages, for `checkFeed` (in-page.ts) to load at the
// first problem: in the built script, a chunk of its own.
export { validateFeed } from './feed.js';
