import { html, nothing, type TemplateResult } from 'lit';
import type { FeedState } from '../feed/feed-state.js';
import type { FeedErrorReason, FeedLoadError } from '../feed/load.js';
import type { LocalizeController } from '../i18n/localize.js';
import type { CoreMessages } from '../i18n/messages.js';

const ERROR_MESSAGES: Record<FeedErrorReason, keyof CoreMessages> = {
  offline: 'errorOffline',
  network: 'errorNetwork',
  timeout: 'errorTimeout',
  http: 'errorHttp',
  'content-type': 'errorContentType',
  'not-json': 'errorNotJson',
  format: 'errorFormat',
};

/** The reader's message for a feed that failed: specific to what went wrong, never technical. */
export function feedErrorText(error: FeedLoadError, localize: LocalizeController): string {
  const status = error.status ?? 0;
  if (status === 404 || status === 410) return localize.t('errorNotFound');
  if (status >= 500) return localize.t('errorServer');
  return localize.t(ERROR_MESSAGES[error.reason]);
}

/** The message and Retry button every element shows for a feed that failed. */
export function renderFeedError(error: FeedLoadError, retry: () => void, localize: LocalizeController): TemplateResult {
  return html`<div part="base message" class="message" role="status">
    <p>${feedErrorText(error, localize)}</p>
    <button part="retry" class="retry" type="button" @click=${retry}>${localize.t('retry')}</button>
  </div>`;
}

/** A quiet note over answers shown from the copy saved earlier, because a refresh failed. */
export function renderStaleNote(state: FeedState | undefined, localize: LocalizeController): TemplateResult | typeof nothing {
  return state?.status === 'ready' && state.stale ? html`<p part="note" class="note" role="status">${localize.t('staleNote')}</p>` : nothing;
}
