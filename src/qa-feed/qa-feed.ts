import { LitElement, css, html, type PropertyValues } from 'lit';
import { FeedProviderController } from '../feed/feed-provider-controller.js';
import { FeedSourceMixin } from '../shared/feed-mixin.js';
import { VERSION } from '../version.js';

/**
 * Loads one feed and shares it with every fertility-qa element inside it, so
 * they need no `src` of their own. Renders its children as they are, with no
 * box of its own (`display: contents`).
 *
 * ```html
 * <qa-feed src="/faq/feed.json">
 *   <fertility-question question="what-is-ivf"></fertility-question>
 *   <fertility-question question="what-is-amh"></fertility-question>
 * </qa-feed>
 * ```
 *
 * @tagname qa-feed
 * @summary Shares one feed with the elements inside it.
 *
 * @slot - The elements that read this feed (and any other content).
 */
export class QaFeed extends FeedSourceMixin(LitElement) {
  /** The fertility-qa version this element comes from (as in package.json). */
  static readonly version = VERSION;

  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Shares the feed with every element inside. */
  readonly #provider = new FeedProviderController(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#provider.setValue(this.feed.state); // tells the consumers only when it changed
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'qa-feed': QaFeed;
  }
}
