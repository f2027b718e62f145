import type { LitElement, PropertyValues } from 'lit';
import { FeedController } from '../feed/feed-controller.js';
import { warn } from '../feed/load.js';
import { LocalizeController, stringsConverter } from '../i18n/localize.js';
import { HostLookController } from '../styles/host-look.js';
import type { Messages, SearchMessages } from '../i18n/messages.js';

/**
 * Mixins for the elements that read a feed, in the style of Lion's
 * `DisabledMixin`: each declares its properties once, with one docstring, and
 * the element class lists them in its chain:
 * `class FertilityQuestion extends FeedElementMixin(LitElement)`.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Constructor<T = object> = new (...args: any[]) => T;

/** What `FeedSourceMixin` adds to an element: its type only (documented on the mixin's class). */
export declare class FeedSourceHost {
  src: string | undefined;
  timeout: number | undefined;
  cache: string | undefined;
  protected readonly feed: FeedController;
}

/**
 * `src`, `timeout` and `cache`, and the `FeedController` that loads the feed
 * they name again whenever one of them changes.
 */
export const FeedSourceMixin = <T extends Constructor<LitElement>>(superClass: T) => {
  class FeedSource extends superClass {
    static properties = {
      src: { reflect: true },
      timeout: { type: Number },
      cache: {},
    };

    /** URL of the feed, relative to the page. Not needed with an inline `<script type="application/json">` child or inside a `<qa-feed>`. */
    declare src: string | undefined;
    /** Seconds to wait for the feed before showing an error with a Retry button. Default 10. */
    declare timeout: number | undefined;
    /** `"session"`: keep the last good feed for this browser tab, revalidated with ETag / Last-Modified, and show it when a refresh fails. */
    declare cache: string | undefined;

    /** The element's feed: from `src`, an inline JSON child, or the nearest `<qa-feed>`. */
    protected readonly feed = new FeedController(this);

    protected override willUpdate(changed: PropertyValues<this>): void {
      super.willUpdate(changed);
      if (changed.has('src') || changed.has('timeout') || changed.has('cache')) this.feed.sync();
    }
  }
  return FeedSource as unknown as Constructor<FeedSourceHost> & T;
};

/** What `FeedElementMixin` adds to an element, beyond `FeedSourceHost`: its type only (documented on the mixin's class). */
export declare class FeedElementHost extends FeedSourceHost {
  strings: Partial<Messages> | undefined;
  protected readonly localize: LocalizeController;
  protected get englishSearch(): SearchMessages | undefined;
  protected get viewName(): string;
  protected renderView(): unknown;
  protected renderMessage(text: string): unknown;
}

/**
 * A feed source (`FeedSourceMixin`) that shows its feed: `strings` and the
 * `LocalizeController`, the host page's look (`HostLookController`), and a safe `render()`: a surprise in the data gives one
 * console warning and the widget's "could not read" message, never an error
 * that reaches the host page.
 */
export const FeedElementMixin = <T extends Constructor<LitElement>>(superClass: T) => {
  class FeedElement extends FeedSourceMixin(superClass) {
    static properties = {
      strings: { converter: stringsConverter },
    };

    /**
     * The page's own wording for any message, as an object (property) or JSON
     * (attribute), e.g. `{"retry": "Reload"}`. Keys: see the locale tables in `src/i18n/`.
     */
    declare strings: Partial<Messages> | undefined;

    /** The element's language and messages; re-renders when `lang` or `dir` changes. */
    protected readonly localize = new LocalizeController(this, this.englishSearch);

    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    constructor(...args: any[]) {
      super(...args);
      new HostLookController(this); // links and headings in the host page's colour and font
    }

    /** English search messages, for an element that shows them (they live in the search chunk). */
    protected get englishSearch(): SearchMessages | undefined {
      return undefined;
    }

    /** What the element was showing, for the warning when `renderView()` threw, e.g. `question "x"`. */
    protected get viewName(): string {
      return `<${this.localName}>`;
    }

    protected override render(): unknown {
      try {
        return this.renderView();
      } catch (error) {
        // Never let a surprise in the data break the host page: say so, politely, in the widget.
        warn(this.feed.state?.source ?? `<${this.localName}>`, `could not show ${this.viewName}: ${String(error)}`);
        return this.renderMessage(this.localize.t('errorFormat'));
      }
    }

    /** What the element shows; `render()` calls it, and catches what it throws. */
    protected renderView(): unknown {
      return undefined;
    }

    /** One message in the element's box (loading, errors, not found). */
    protected renderMessage(text: string): unknown {
      return text;
    }
  }
  return FeedElement as unknown as Constructor<FeedElementHost> & T;
};
