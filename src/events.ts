/**
 * Every event the elements fire, one class each, with a typed `detail`. All
 * bubble and are composed (they cross shadow roots), so a page can listen on
 * any ancestor: `document.addEventListener('qa-open', (event) => event.detail.id)`.
 */
import type { FeedErrorReason } from './feed/load.js';

/** Options every fertility-qa event is created with. */
const BUBBLES: EventInit = { bubbles: true, composed: true };

/** What `qa-error` tells: why, where from, and a message for the console. */
export interface QaErrorDetail {
  reason: FeedErrorReason | 'not-found' | 'no-feed';
  /** The feed's URL, `inline JSON`, or `''` when there is no feed. */
  source: string;
  message: string;
  /** The HTTP status, with `reason: 'http'`. */
  status?: number;
}

/** `qa-error`: the element's feed could not be loaded or read, or the question is not in it. */
export class QaErrorEvent extends Event {
  constructor(readonly detail: QaErrorDetail) {
    super('qa-error', BUBBLES);
  }
}

/** `qa-cite`: the reader followed a citation ("[2]") in an answer's text. */
export class QaCiteEvent extends Event {
  constructor(readonly detail: { number: number }) {
    super('qa-cite', BUBBLES);
  }
}

/** `qa-video-play`: the reader started an answer's video. */
export class QaVideoPlayEvent extends Event {
  constructor(readonly detail: { youtubeId: string; expert: string }) {
    super('qa-video-play', BUBBLES);
  }
}

/** `qa-toggle`: with `collapsible`, the reader showed or hid a question's answers. */
export class QaToggleEvent extends Event {
  constructor(readonly detail: { open: boolean }) {
    super('qa-toggle', BUBBLES);
  }
}

/** `qa-search`: a search was made (once typing pauses), for the page's own analytics. */
export class QaSearchEvent extends Event {
  constructor(readonly detail: { query: string; category: string | null; resultCount: number }) {
    super('qa-search', BUBBLES);
  }
}

/** `qa-open`: the reader opened a question in `<qa-search>`. */
export class QaOpenEvent extends Event {
  constructor(readonly detail: { id: string }) {
    super('qa-open', BUBBLES);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qa-error': QaErrorEvent;
    'qa-cite': QaCiteEvent;
    'qa-video-play': QaVideoPlayEvent;
    'qa-toggle': QaToggleEvent;
    'qa-search': QaSearchEvent;
    'qa-open': QaOpenEvent;
  }
}
