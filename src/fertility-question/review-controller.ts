import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { warn } from '../feed/load.js';
import type { Question } from '../feed/types.js';

/** Today as YYYY-MM-DD (UTC), to compare with feed dates. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Whether the question's next review date has passed. */
export function isReviewOverdue(question: Question): boolean {
  return question.nextReview !== undefined && question.nextReview < today();
}

/**
 * Warns editors in the console, once per question, when the question shown is
 * overdue for review (its `nextReview` date has passed). Readers see nothing
 * of it unless the element has `review-status`.
 */
export class ReviewController implements ReactiveController {
  /** The question already warned about. */
  private warned?: string;

  /** `question` gives the question shown; `source` the feed's URL for the warning. */
  constructor(
    host: ReactiveControllerHost,
    private readonly question: () => Question | undefined,
    private readonly source: () => string,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const question = this.question();
    if (question && isReviewOverdue(question) && this.warned !== question.id) {
      this.warned = question.id;
      warn(this.source(), `question "${question.id}": its review was due on ${question.nextReview} and is overdue.`);
    }
  }
}
