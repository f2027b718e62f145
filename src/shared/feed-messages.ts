import { html, nothing, type TemplateResult } from 'lit';
import type { FeedState } from '../feed/feed-state.js';
import type { FeedLoadError } from '../feed/load.js';
import { strings } from '../i18n/strings.js';

/** The reader's message for a feed that failed: specific to what went wrong, never technical. */
export function feedErrorText(error: FeedLoadError): string {
  return (error.status !== undefined && strings.httpError(error.status)) || strings.feedError[error.reason];
}

/** The message and Retry button every element shows for a feed that failed. */
export function renderFeedError(error: FeedLoadError, retry: () => void): TemplateResult {
  return html`<div part="base message" class="message" role="status">
    <p>${feedErrorText(error)}</p>
    <button part="retry" class="retry" type="button" @click=${retry}>${strings.retry}</button>
  </div>`;
}

/** A quiet note over answers shown from the copy saved earlier, because a refresh failed. */
export function renderStaleNote(state: FeedState | undefined): TemplateResult | typeof nothing {
  return state?.status === 'ready' && state.stale ? html`<p part="note" class="note" role="status">${strings.staleNote}</p>` : nothing;
}
