import type { CoreMessages } from './messages.js';

/** English words of "About this answer" and the review notes: in the after-paint chunk (after-paint.ts adds them), never in the core. */
export const enAbout = {
  reviewed: 'Last reviewed',
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  linkNotCopied: 'The link could not be copied: {url}',
  answeredBy: 'Answered by',
  reviewedBy: 'by {name}',
  nextReview: 'Next review due',
  reviewOverdue: 'Review overdue since {date} (shown to editors)',
  andMore: 'and {count} more',
} satisfies Partial<CoreMessages>;
