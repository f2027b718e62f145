/**
 * fertility-qa for bundler users: the element classes, feed loading and
 * validation, without registering any tag. Import `fertility-qa/define.js`
 * to register the tags.
 */
export { ExpertAnswer, type AnswerData } from './expert-answer/expert-answer.js';
export { FertilityQuestion } from './fertility-question/fertility-question.js';
export { QaFeed } from './qa-feed/qa-feed.js';
export { QaSearch } from './qa-search/qa-search.js';
export { QaErrorEvent, QaCiteEvent, QaVideoPlayEvent, QaToggleEvent, QaSearchEvent, QaOpenEvent, type QaErrorDetail } from './events.js';
export { feedContext, type FeedState } from './feed/feed-state.js';
export { loadFeed, readFeedText, FeedLoadError, type FeedErrorReason, type LoadedFeed } from './feed/load.js';
export { validateFeed, FeedFormatError, type ValidationResult } from './feed/validate.js';
export * from './feed/types.js';
export { questionJsonLd, type QuestionJsonLd } from './seo/json-ld.js';
export { setVideoConsent } from './shared/video-consent.js';
export { splitFeed } from './feed/split.js';
export { VERSION } from './version.js';
export type { Messages } from './i18n/messages.js';
