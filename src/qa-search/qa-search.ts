import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { FeedProviderController } from '../feed/feed-provider-controller.js';
import { feedTextLanguage } from '../i18n/localize.js';
import type { Feed } from '../feed/types.js';
export type { Messages } from '../i18n/messages.js';
import { enSearch } from '../i18n/en-search.js';
import { renderFeedError, renderStaleNote } from '../shared/feed-messages.js';
import { FeedElementMixin } from '../shared/feed-mixin.js';
import { ReservedSpaceController } from '../shared/reserved-space.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { clampHeadingLevel } from '../shared/heading.js';
import { pageHeadingLevelBefore } from './page-heading-level.js';
import type { SearchResult } from '../search/search-index.js';
import { MAX_QUERY_LENGTH, capQuery } from '../search/query-cap.js';
import { qaSearchStyles } from './qa-search.styles.js';
import { countText, noResultsText, renderCategories, renderCount, renderNoResults, renderResult } from './qa-search.templates.js';
import { allowedCategories, featuredQuestions, offeredCategories, questionsToShow, ShownQuestions } from './questions-to-show.js';
import { PagedListLoader } from './paged-list-loader.js';
import { RovingFocusController } from './roving-focus-controller.js';
import { StagedListController } from './staged-list-controller.js';
import { SearchIndexController } from './search-index-controller.js';
import { UrlStateController, type UrlState } from './url-state-controller.js';
import { SettleController } from './settle-controller.js';
import { VERSION } from '../version.js';
import { QaOpenEvent, QaSearchEvent } from '../events.js';
export { QaOpenEvent, QaSearchEvent, QaErrorEvent, QaVideoPlayEvent, QaCiteEvent } from '../events.js';

/**
 * A keystroke renders the first results; the rest once typing pauses (see StagedListController). A desktop
 * window shows about five results under the field, a phone with its keyboard up two or three. A pause of
 * 150 ms rendered the rest between the keystrokes of a reader typing 200 ms apart: a second frame each.
 */
const STAGED_LIST = { first: 6, restAfterMs: 300, key: (result: SearchResult) => result.question.id };

/**
 * Fuzzy search over a whole feed of questions: a search field, category
 * filters from the feed, and a list of results, each opening its question
 * (with every expert answer) in place; a question with a page of its own then
 * ends with a link to it. A result's accessible name is its question's title;
 * the passage of the best answer and its category are its description.
 *
 * When nothing matches closely (no question holds the query's words, or the
 * best holds only words most of the feed's questions hold), it says so, shows
 * the `no-results` slot and offers the featured questions.
 *
 * Keyboard: in the field, Down Arrow moves to the results and Escape clears
 * the query. In the results, Up/Down Arrow move between questions, Home/End go
 * to the first/last, Enter or Space opens or closes one, Escape returns to the
 * field; inside an opened answer, Escape closes it and returns to its result. The
 * category buttons are one Tab stop (Left/Right Arrow move among them), so Tab goes
 * from the field past them to the results. The number of results is announced politely once typing pauses.
 *
 * @tagname qa-search
 * @summary Search and browse every question of a feed.
 *
 * @slot disclaimer - Your own disclaimer, in place of the default ("general information for education, not personal medical advice").
 * @slot no-results - Shown under "No question matches … closely", e.g. "Can't find your question? Ask us" with a link to your contact page.
 *
 * @csspart base - The whole search block.
 * @csspart disclaimer - The disclaimer, shown once under the results.
 * @csspart label - The search field's label.
 * @csspart search-field - The search `<input>`.
 * @csspart categories - The group of category buttons.
 * @csspart category - Each category button (`aria-pressed` tells the chosen one).
 * @csspart category-select - The category select that stands for the buttons on narrow screens (under 30rem).
 * @csspart category-select-label - The select's visible label ("Categories"), on the same line as it.
 * @csspart count - The visible result count.
 * @csspart results - The results list.
 * @csspart result - Each result item.
 * @csspart result-control - The button of a result (in its heading): it opens the question in place; its name is the title.
 * @csspart result-title - A result's title; matched words are in `<mark>`.
 * @csspart result-excerpt - A passage of the best-matching answer, matched words in `<mark>`, and who answered (not shown once opened).
 * @csspart result-meta - A result's category and number of experts (the number not shown once opened).
 * @csspart result-page-link - In an opened result whose question has a page of its own: the link to that page.
 * @csspart question - The opened `<fertility-question>`.
 * @csspart message - Loading, error and no-results messages.
 * @csspart more - The "Show more questions" button.
 * @csspart all-categories - The "Search all categories" button under "No question in this category matches", with a category chosen.
 * @csspart retry - The "Try again" button after a failed load.
 * @csspart note - The note shown when a refresh failed and a saved copy is shown.
 *
 * @attr theme - A colour scheme (`light`, `dark`, `auto`) and/or a preset (`calm`, `warm`, `contrast`). Without it, the widget takes the page's colours.
 *
 * @cssprop --fqa-color-accent - Links, result titles, chosen category, focus ring.
 * @cssprop --fqa-color-on-accent - Text on the chosen category. Default: Canvas.
 * @cssprop --fqa-color-text - Text colour. Default: inherited from the page.
 * @cssprop --fqa-color-muted - Secondary text.
 * @cssprop --fqa-color-surface - Background of the search field.
 * @cssprop --fqa-color-border - Separators.
 * @cssprop --fqa-color-border-strong - Borders of the field and buttons.
 * @cssprop --fqa-color-highlight - Background of matched words. Default: a soft tint of the accent (the system's Mark in forced colours).
 * @cssprop --fqa-color-on-highlight - Text of matched words. Default: the text's own colour (MarkText in forced colours).
 * @cssprop --fqa-radius - Corner radius.
 * @cssprop --fqa-space - Base spacing unit.
 * @cssprop --fqa-font-family - Font. Default: inherited from the page.
 * @cssprop --fqa-font-size - Base font size.
 * @cssprop --fqa-focus-ring - Focus outline.
 *
 * @fires {QaSearchEvent} qa-search - A search was made: `detail: { query, category, resultCount }`. Fires once typing pauses.
 * @fires {QaOpenEvent} qa-open - A question was opened: `detail: { id }`.
 * @fires {QaErrorEvent} qa-error - Bubbles from an opened question whose feed failed (see `<fertility-question>`).
 * @fires {QaVideoPlayEvent} qa-video-play - Bubbles from an answer whose video the reader started.
 * @fires {QaCiteEvent} qa-cite - Bubbles from an answer whose citation the reader followed. `detail: { number }`.
 */
export class QaSearch extends FeedElementMixin(LitElement) {
  /** The fertility-qa version this element comes from (as in package.json). */
  static readonly version = VERSION;

  static override styles = [sharedStyles, qaSearchStyles];

  static override properties = {
    placeholder: {},
    label: {},
    categories: {},
    maxResults: { attribute: 'max-results', type: Number },
    question: { reflect: true },
    open: { noAccessor: true },
    syncUrl: { attribute: 'sync-url', type: Boolean },
    headingLevel: { attribute: 'heading-level', type: Number },
    organisation: {},
    noDisclaimer: { attribute: 'no-disclaimer', type: Boolean },
    query: { state: true },
    category: { state: true },
    pages: { state: true },
  };

  /** Placeholder of the search field, e.g. "e.g. egg freezing". */
  declare placeholder: string | undefined;
  /** The search field's visible label. Default: "Search the expert answers". */
  declare label: string | undefined;
  /** Comma-separated category ids to offer and search (default: all of the feed's). */
  declare categories: string | undefined;
  /** How many results to list at once; "Show more" lists more. Default 20. */
  declare maxResults: number;
  /** The `id` of the opened question (as `<fertility-question question>`). Set it to open one at start. */
  declare question: string | undefined;
  /** Keep the query (`?q=`), category (`?category=`) and opened question (`#id`) in the page URL. */
  declare syncUrl: boolean;
  /**
   * Heading level (1–6) of each result's title; an opened question's experts are one below.
   * Default: one below the page's last heading before the element (2 when there is none).
   */
  declare headingLevel: number | undefined;
  /** Opened questions show only the answers of experts from this organisation (as the feed writes it). */
  declare organisation: string | undefined;
  /** Hides the disclaimer shown once under the results. Only for a page that shows its own, nearby. */
  declare noDisclaimer: boolean;

  /**
   * Deprecated: the old name of `question` (it said "open" for an id, where
   * `<fertility-question open>` is a boolean). Still works, with one console warning.
   * @deprecated Use `question`.
   */
  get open(): string | undefined {
    return this.question;
  }
  set open(id: string | undefined) {
    if (!this.#warnedOpen) console.warn('fertility-qa: <qa-search> open: is deprecated and will be removed; use question="…" (the id of the question to open).');
    this.#warnedOpen = true;
    this.question = id;
  }

  declare private query: string;
  declare private category: string | null;
  /** How many pages of `max-results` results are listed (0 until the first search or category). */
  declare private pages: number;

  /** The opened question reads this search's feed through context, like any child of `<qa-feed>`. */
  readonly #provider = new FeedProviderController(this);
  private readonly searchIndex = new SearchIndexController(this, () => this.#shownFeed);
  /** A large split feed's partial index: the rest of the list, from the sharded index's titles files. */
  readonly #pagedList = new PagedListLoader(this, () => this.#shownFeed);
  readonly #urlState = new UrlStateController(
    this,
    (state) => this.#restore(state),
    (id) => (this.feed.state?.status === 'ready' && this.question === id ? this.renderRoot.querySelector(`#result-${CSS.escape(id)}`) : undefined),
  );
  readonly #rovingFocus = new RovingFocusController({
    items: () => [...this.renderRoot.querySelectorAll<HTMLElement>('.result:not([inert]) .result-control')], // not the results a keystroke keeps
    field: () => this.renderRoot.querySelector('#field'),
  });
  /** A keystroke renders the first results; the rest once typing pauses. */
  readonly #staged = new StagedListController<SearchResult>(this, STAGED_LIST);
  /** What the list shows, from `questionsToShow()` in `willUpdate()`. */
  readonly #list = new ShownQuestions();
  /** The heading level of the page's last heading before this element (0 when none). */
  #pageLevel = 0;
  /** Once typing pauses: the count announced, `qa-search` fired, the address written. */
  readonly #settle = new SettleController(this, {
    asked: () => ({ query: this.query.trim(), category: this.category }),
    searched: (query) => this.#searched(query),
    hasContent: (query) => this.searchIndex.hasContent(query),
    total: () => this.#list.shown?.total ?? 0,
    announce: (query, total) => (total === 0 ? noResultsText(this.localize, query, this.#chosenCategoryName()) : countText(this.localize, total, query)),
    writeAddress: () => this.#writeUrl('replace'),
    fire: (detail) => this.dispatchEvent(new QaSearchEvent(detail)),
  });
  /** Whether the deprecated `open` has been warned about. */
  #warnedOpen = false;

  constructor() {
    super();
    this.maxResults = 20;
    this.syncUrl = false;
    this.noDisclaimer = false;
    this.query = '';
    this.category = null;
    this.pages = 0;
    new ReservedSpaceController(this, () => this.feed.state?.status !== 'loading' && this.localize.ready);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#pageLevel = pageHeadingLevelBefore(this); // results' headings: one level below it
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#provider.setValue(this.feed.state); // tells the consumers only when it changed
    // Search here, once per change of what is asked, never in render(), which only shows the result.
    const searcher = this.searchIndex.ready ? this.searchIndex : undefined;
    const typed = this.query.trim();
    const query = (this.#searchedQuery = typed && this.searchIndex.hasContent(typed) ? typed : '');
    const feed = this.#shownFeed;
    const asked = [feed, searcher, this.searchIndex.revision, this.#pagedList.list, this.#pagedList.list?.revision, query, this.category, this.categories, this.pages, this.maxResults, this.question];
    this.#list.update(asked, () => feed && questionsToShow(feed, searcher, query, this.category, this.categories, this.pages, this.maxResults, this.question, this.#pagedList.list));
  }

  /** Also waits for the rest of a list a keystroke rendered the first results of, and for a settle under way (announcement, `qa-search`). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await this.#rendered();
    while (this.#settle.pending) {
      await this.#settle.done;
      done = await this.#rendered();
    }
    return done;
  }

  /** The update, and the rest of a staged list, rendered (what a settle waits for). */
  async #rendered(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    await this.#staged.whole;
    if (this.isUpdatePending) done = await super.getUpdateComplete();
    return done;
  }

  /**
   * The query as searched, worked out in `willUpdate()`: none while what is typed holds filler words
   * alone ("is", "is it my", a sentence's start), which list the questions as browsing does, not
   * "No question matches".
   */
  #searchedQuery = '';

  /** The chosen category's name, if any: "No question in … matches …" names it (the filter, not the clinic, may be why). */
  #chosenCategoryName(): string | undefined {
    const category = this.category && this.#shownFeed && allowedCategories(this.#shownFeed, this.categories).find(({ id }) => id === this.category);
    return category ? category.name : undefined;
  }


  readonly #onIntent = () => void this.searchIndex.want();

  #onInput(event: Event) {
    const field = event.target as HTMLInputElement;
    this.#onIntent();
    if (!this.searchIndex.ready) this.#settle.announcement = this.localize.t('searchLoading');
    this.query = capQuery(field.value);
    if (field.value !== this.query) field.value = this.query; // what the field shows is what is searched
    this.pages = 1;
    this.#rovingFocus.activeIndex = 0;
    this.#staged.stage();
    this.#settle.schedule();
  }

  #onFieldKeydown(event: KeyboardEvent) {
    if (event.key === 'Escape' && this.query) {
      event.preventDefault();
      this.#staged.renderWhole();
      this.query = '';
      this.pages = 1;
      this.#settle.schedule();
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      this.#staged.renderWhole(); // the reader goes to the list: End and the arrows reach all of it
      this.#rovingFocus.focusItem();
    }
  }

  /** Escape inside an opened answer closes it and returns to its result; other keys move among the results. */
  readonly #onResultsKeydown = (event: KeyboardEvent) => {
    const panel = event.key === 'Escape' && this.question ? event.composedPath().find((node) => (node as Element).classList?.contains('panel')) : undefined;
    if (!panel) return this.#rovingFocus.onKeydown(event);
    event.preventDefault();
    const button = this.renderRoot.querySelector<HTMLElement>(`#result-${CSS.escape(this.question!)}`);
    this.#toggle(this.question!, Number(button?.dataset.index ?? 0));
    button?.focus();
  };

  /** A select's changes come in runs (arrow keys): one step of history, announced once the reader pauses. */
  #chooseCategory(id: string | null, fromSelect = false) {
    if (this.category === id) return;
    this.#staged.renderWhole();
    this.category = id;
    this.pages = 1;
    this.#rovingFocus.activeIndex = 0;
    this.#writeUrl(fromSelect ? 'burst' : 'push');
    this.#settle.schedule(fromSelect ? undefined : 0);
  }

  #toggle(id: string, index: number) {
    this.#rovingFocus.activeIndex = index;
    this.question = this.question === id ? undefined : id;
    this.#writeUrl('push');
    if (this.question) this.dispatchEvent(new QaOpenEvent({ id }));
  }

  async #showMore(shownCount: number) {
    this.#staged.renderWhole();
    this.pages = Math.max(1, this.pages) + 1;
    await this.#rendered();
    // A partial index's next questions, or a sharded index's next results, load first.
    if (this.#pagedList.list?.busy || (this.query.trim() && this.searchIndex.busy)) await Promise.all([this.#pagedList.list?.idle(), this.searchIndex.idle()]).then(() => this.#rendered());
    this.#rovingFocus.focusItem(shownCount);
  }

  /** The feed, once ready and the reader's language with it. */
  get #shownFeed(): Feed | undefined {
    const state = this.feed.state;
    return state?.status === 'ready' && this.localize.ready ? state.feed : undefined;
  }

  /** Puts the query, category and opened question into the address (with `sync-url`); the element has the three, private. */
  #writeUrl = (mode: 'push' | 'replace' | 'burst') => this.#urlState.write(this as unknown as UrlState, mode);

  /** A state read from the address (on connect, Back/Forward): shown, and not announced again. */
  #restore({ query, category, question }: UrlState) {
    this.#staged.renderWhole();
    this.query = query;
    this.category = category;
    if (question !== undefined) this.question = question ?? undefined; // null: Back to a step without one
    this.pages = 1;
    this.#settle.remember(this.query.trim(), this.category);
    if (this.query.trim()) this.#onIntent();
  }

  /** Waits for the query's results to be rendered (a sharded index's too); false with no feed shown or a failed search. */
  async #searched(query: string): Promise<boolean> {
    if (!this.#shownFeed) return false;
    if (query) await this.searchIndex.want().then(() => this.#rendered());
    if (query && this.searchIndex.busy) await this.searchIndex.idle().then(() => this.#rendered()); // a sharded index's results
    return !query || (this.searchIndex.ready && !this.searchIndex.failed); // failed: render() says so
  }

  protected override get englishSearch() {
    return enSearch;
  }

  protected override get viewName(): string {
    return 'the search';
  }

  protected override renderMessage(text: string) {
    return html`<p part="message" class="message" role="status">${text}</p>`;
  }

  protected override renderView() {
    const state = this.feed.state;
    if (!state) return this.renderMessage(this.localize.t('noFeed'));
    if (state.status === 'error') return renderFeedError(state.error, () => this.feed.retry(), this.localize);
    if (this.#list.error) throw this.#list.error; // render() says so in the widget
    const feed = this.#shownFeed;
    const query = this.#searchedQuery;
    const shown = feed ? this.#list.shown : undefined;
    // A sharded index's first results for a query: the list waits for them (its previous results stay meanwhile).
    const waitingForIndex = Boolean(query) && (!this.searchIndex.ready || (this.searchIndex.busy && !shown?.total));
    // A partial index: "Loading…" until its list's chunk is in, and in a category not loaded yet until its first questions are.
    const waitingForList = !query && (this.#pagedList.waiting || (this.#pagedList.list?.busy && shown?.results.length === 0));
    const listed = shown !== undefined && !waitingForIndex && shown.total > 0 && !waitingForList;
    return html`
      <div part="base" class="search" aria-busy=${String(state.status === 'loading')}>
        <label part="label" class="label" for="field">${this.label || this.localize.t('searchLabel')}</label>
        <input
          id="field"
          part="search-field"
          class="field"
          type="search"
          autocomplete="off"
          enterkeyhint="search"
          aria-describedby="hint"
          aria-controls=${listed ? 'results' : nothing}
          placeholder=${this.placeholder ?? nothing}
          maxlength=${MAX_QUERY_LENGTH}
          .value=${this.query}
          @input=${this.#onInput}
          @focus=${this.#onIntent}
          @keydown=${this.#onFieldKeydown}
        />
        <p id="hint" class="hint">${this.localize.t('searchHint')}</p>
        ${feed ? renderCategories(offeredCategories(feed, this.categories, this.category), this.category, this.localize, (id, fromSelect) => this.#chooseCategory(id, fromSelect)) : nothing}
        ${renderStaleNote(state, this.localize)}
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.#settle.announcement}</div>
        ${!feed || !shown || waitingForList
          ? html`<p part="message" class="message">${this.localize.t('loading')}</p>`
          : query && (this.searchIndex.error ? waitingForIndex : this.searchIndex.failed)
            ? this.renderMessage(this.localize.t('errorNetwork')) // typing again tries again
            : waitingForIndex
              ? html`<p part="message" class="message">${this.localize.t('searchLoading')}</p>`
              : shown.total === 0
                ? html`${renderNoResults(this.localize, query, this.#chosenCategoryName(), this.category ? () => (this.#chooseCategory(null), this.#rovingFocus.focusField()) : undefined)}${this.#renderResults(featuredQuestions(feed), 0)}`
                : html`${this.#renderResults(shown.results, shown.total)}${!query && this.#pagedList.list?.failed
                    ? this.renderMessage(this.localize.t('errorNetwork')) // a partial index's next questions: "Show more" tries again
                    : nothing}`}
        ${this.noDisclaimer || !feed
          ? nothing // under the list, once there is one: shown under "Loading…", it jumped down when the list came (CLS 0.07 at 390 px)
          : html`<div part="disclaimer" class="disclaimer"><slot name="disclaimer">${this.localize.t('disclaimer')}</slot></div>`}
      </div>
    `;
  }

  #renderResults(results: SearchResult[], total: number) {
    const opened = results.findIndex((result) => result.question.id === this.question);
    const level = clampHeadingLevel(this.headingLevel, Math.min(6, this.#pageLevel + 1) || 2);
    const textLang = feedTextLanguage(this.#shownFeed?.language, this.localize.lang); // an English feed on an Arabic page
    return html`
      ${total ? html`<p part="count" class="count">${renderCount(this.localize, total, this.#searchedQuery)}</p>` : nothing}
      <ul id="results" part="results" class="results" aria-label=${this.localize.t('resultsLabel')} @keydown=${this.#onResultsKeydown}>
        ${this.#staged
          .items(results, opened + 1)
          .map(({ item: result, kept }, index) =>
            renderResult(result, index, kept, this.question === result.question.id, this.#rovingFocus.tabIndexOf(index, results.length), level, this.organisation, this.localize, () => this.#toggle(result.question.id, index), textLang),
          )}
      </ul>
      ${results.length < total
        ? html`<button part="more" class="more" type="button" @click=${() => this.#showMore(results.length)}>${this.localize.t('showMore')}</button>`
        : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'qa-search': QaSearch;
  }
  interface GlobalEventHandlersEventMap {
    'qa-search': QaSearchEvent;
    'qa-open': QaOpenEvent;
  }
}
