import type { ReactiveController, ReactiveElement } from 'lit';
import { QaErrorEvent, type QaErrorDetail } from '../events.js';
import type { FeedState } from '../feed/feed-state.js';
import { warn } from '../feed/load.js';
import type { Question } from '../feed/types.js';

/** What the element gives the controller: its feed, the question id it asks for, and the question found. */
export interface ErrorReportOptions {
  state(): FeedState | undefined;
  /** The `question` attribute as given. */
  questionId(): string | undefined;
  question(): Question | undefined;
  /** Whether the question is still being read from its own file (a partial index): not a problem yet. */
  pending?(): boolean;
}

/**
 * Fires `qa-error` after an update that shows a problem: no feed at all, a
 * feed that failed, or a question that is not in it. Each problem once, so
 * re-renders do not repeat it; the element's own problems (not a load error,
 * which the loader has logged) also get one console warning.
 */
export class ErrorReportController implements ReactiveController {
  /** The last problem reported. */
  private reported?: string;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: ErrorReportOptions,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (!this.host.isConnected) return; // taken out of the page (its after-paint chunk can arrive later): not a problem of the page's
    const detail = this.problem();
    const key = detail && `${detail.reason}|${detail.source}|${this.options.questionId()}`;
    if (key === this.reported) return;
    this.reported = key;
    if (!detail) return;
    if (detail.reason === 'not-found' || detail.reason === 'no-feed') warn(detail.source || `<${this.host.localName}>`, detail.message);
    this.host.dispatchEvent(new QaErrorEvent(detail));
  }

  /** The problem the element shows now, if any. */
  private problem(): QaErrorDetail | undefined {
    const state = this.options.state();
    if (!state) return { reason: 'no-feed', source: '', message: 'no src, no inline JSON and no <qa-feed> around it.' };
    if (state.status === 'error') {
      const { reason, message, status } = state.error;
      return { reason, source: state.source, message, ...(status !== undefined && { status }) };
    }
    if (state.status === 'ready' && !this.options.question() && !this.options.pending?.()) {
      const id = this.options.questionId()?.trim() ?? '';
      return { reason: 'not-found', source: state.source, message: id ? `question "${id}" is not in the feed.` : 'the "question" attribute is missing.' };
    }
    return undefined;
  }
}
