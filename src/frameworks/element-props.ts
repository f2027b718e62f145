import type { ExpertAnswer } from '../expert-answer/expert-answer.js';
import type { FertilityQuestion } from '../fertility-question/fertility-question.js';
import type { QaFeed } from '../qa-feed/qa-feed.js';
import type { QaSearch } from '../qa-search/qa-search.js';
import type { QaCiteEvent, QaErrorEvent, QaOpenEvent, QaSearchEvent, QaToggleEvent, QaVideoPlayEvent } from '../events.js';

/** The public properties of an element: what it declares beyond HTMLElement, minus methods. */
export type ElementProperties<E extends HTMLElement> = Partial<{
  [K in Exclude<keyof E, keyof HTMLElement> as E[K] extends (...args: never[]) => unknown ? never : K]: E[K];
}> & {
  /** Any attribute the element documents (e.g. `heading-level`, `theme`, `video-consent`). */
  [attribute: `${string}-${string}`]: unknown;
  theme?: string;
  lang?: string;
  dir?: string;
  class?: string;
  slot?: string;
};

/**
 * The events each element fires, by name: the `@fires {Type} name` lines of its
 * JSDoc, as custom-elements.json lists them (test/package/framework-events.test.mjs
 * fails when the two differ). One line per element.
 */
export interface ElementEvents {
  'fertility-question': { 'qa-error': QaErrorEvent; 'qa-video-play': QaVideoPlayEvent; 'qa-cite': QaCiteEvent; 'qa-toggle': QaToggleEvent };
  'expert-answer': { 'qa-video-play': QaVideoPlayEvent; 'qa-cite': QaCiteEvent };
  'qa-search': { 'qa-search': QaSearchEvent; 'qa-open': QaOpenEvent; 'qa-error': QaErrorEvent; 'qa-video-play': QaVideoPlayEvent; 'qa-cite': QaCiteEvent };
  'qa-feed': {};
}

export interface ElementTypes {
  'fertility-question': FertilityQuestion;
  'expert-answer': ExpertAnswer;
  'qa-search': QaSearch;
  'qa-feed': QaFeed;
}

/** Event props as React 19 and Preact read them on custom elements: `onqa-error={…}`. */
export type EventProps<Events> = { [K in keyof Events as `on${K & string}`]?: (event: Events[K]) => void };
