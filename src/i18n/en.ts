import type { CoreMessages } from './messages.js';
import type { enVideo } from './en-video.js';
import type { enAbout } from './en-about.js';

/**
 * English, the default: what the first answer, the loading state and every error show,
 * always in the core. The video panel's words (en-video.ts) and those of "About this answer"
 * (en-about.ts) come with their chunks, which add them (`addEnglish`); the search messages
 * are in en-search.ts. All of them in one table: `en` in en-all.ts.
 */
export const enCore: Omit<CoreMessages, keyof typeof enVideo | keyof typeof enAbout> = {
  loading: 'Loading expert answers…',
  expertsAnswered: { one: '{count} expert answered', other: '{count} experts answered' },
  published: 'Published',
  noFeed: 'No feed was given to this widget.',
  noQuestion: 'No question was chosen for this widget.',
  questionNotFound: 'The question “{id}” is not in this feed.',
  errorOffline: 'You seem to be offline. The expert answers will appear when your connection is back.',
  errorNetwork: 'The expert answers could not be loaded. Please check your connection and try again.',
  errorTimeout: 'The expert answers are taking too long to load. Please try again.',
  errorHttp: 'The expert answers could not be loaded from the server. Please try again later.',
  errorNotFound: 'The expert answers could not be found at their address.',
  errorServer: 'The server that holds the expert answers is having a problem. Please try again later.',
  errorContentType: 'The expert answers could not be found: their address leads to a web page instead.',
  errorNotJson: 'The expert answers could not be read: the file is damaged or incomplete.',
  errorFormat: 'The expert answers could not be read: the feed is in a format this widget does not know.',
  staleNote: 'These answers could not be updated just now, so you are seeing the copy loaded earlier.',
  retry: 'Try again',
  urgentHeading: 'Seek urgent care',
  references: 'References',
  citation: 'Reference {number}',
  disclaimer: 'These answers are general information for education, not personal medical advice. Please talk to your own doctor or clinic about your situation.',
  aboutExpert: 'About this expert',
  aboutAnswer: 'About this answer',
  answerFrom: 'Answer from',
  reviewedShort: 'Reviewed',
  declaredInterests: 'Declared interests',
  noAnswersFromOrganisation: 'There are no answers from {organisation} to this question yet.',
  moreAnswers: 'Show more answers ({shown} of {total} shown)',
};
