import type { FeedErrorReason } from '../feed/load.js';

/**
 * Every string the widget shows. English only for now; the table is the one
 * place a translation (or a page's own wording) will plug into.
 */
export const strings = {
  loading: 'Loading expert answers…',
  expertsAnswered: (count: number) =>
    new Intl.PluralRules('en').select(count) === 'one' ? `${count} expert answered` : `${count} experts answered`,
  reviewed: 'Last reviewed',
  published: 'Published',
  noFeed: 'No feed was given to this widget.',
  noQuestion: 'No question was chosen for this widget.',
  questionNotFound: (id: string) => `The question “${id}” is not in this feed.`,
  feedError: {
    offline: 'You seem to be offline. The expert answers will appear when your connection is back.',
    network: 'The expert answers could not be loaded. Please check your connection and try again.',
    timeout: 'The expert answers are taking too long to load. Please try again.',
    http: 'The expert answers could not be loaded from the server. Please try again later.',
    'content-type': 'The expert answers could not be found: their address leads to a web page instead.',
    'not-json': 'The expert answers could not be read: the file is damaged or incomplete.',
    format: 'The expert answers could not be read: the feed is in a format this widget does not know.',
  } satisfies Record<FeedErrorReason, string>,
  /** Messages for particular HTTP statuses; others use `feedError.http`. */
  httpError: (status: number) =>
    status === 404 || status === 410
      ? 'The expert answers could not be found at their address.'
      : status >= 500
        ? 'The server that holds the expert answers is having a problem. Please try again later.'
        : undefined,
  staleNote: 'These answers could not be updated just now, so you are seeing the copy loaded earlier.',
  retry: 'Try again',
  playVideo: 'Play video answer',
  /** Completes "Play video answer" for screen readers: whose answer, to what. */
  playVideoContext: (expert: string, question?: string) => (question ? ` from ${expert}: “${question}”` : ` from ${expert}`),
  videoHostNote: 'Video from YouTube. It loads when you press play.',
  videoFrameTitle: (expert: string, question?: string) =>
    question ? `Video answer from ${expert}: ${question}` : `Video answer from ${expert}`,
  watchOnYouTube: 'Watch on YouTube',
  opensInNewTab: '(opens in a new tab)',
};

/** The language of an element: its own or its nearest ancestor's `lang`, else the page's. */
export function languageOf(element: Element): string {
  return element.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en';
}

/** Formats a YYYY-MM-DD date in the reader's language, as a calendar date. */
export function formatDate(isoDate: string, language: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  try {
    return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  } catch {
    return new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  }
}
