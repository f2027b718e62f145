import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { ContextProvider } from '@lit/context';
import { feedContext } from '../feed/feed-state.js';
import type { Category, Feed, Question } from '../feed/types.js';
import { categoryName } from '../feed/validate.js'; // issue 15: category names per language
import { HostLookController } from '../styles/host-look.js'; // issue 15: the host page's link colour
export type { Messages } from '../i18n/messages.js';
import { enSearch } from '../i18n/en-search.js';
import { renderFeedError, renderStaleNote } from '../shared/feed-messages.js';
import { warn } from '../feed/load.js';
import { FeedElementMixin } from '../shared/feed-mixin.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { clampHeadingLevel, heading } from '../shared/heading.js';
import type { SearchIndex, SearchResult } from '../search/search-index.js';
import type { ShardedSearch } from '../search/sharded-index.js'; // issue 16: a split feed's sharded index
import { MAX_QUERY_LENGTH, capQuery } from '../search/query-cap.js';
import { decodeFragment, questionOfFragment } from '../shared/deep-link.js';
import { qaSearchStyles } from './qa-search.styles.js';
import { VERSION } from '../version.js';
import { QaOpenEvent, QaSearchEvent } from '../events.js';
export { QaOpenEvent, QaSearchEvent, QaErrorEvent, QaVideoPlayEvent, QaCiteEvent } from '../events.js';

/** The search code arrives in its own chunk, loaded when the reader shows intent to search (focus, input, or a `?q=`). */
let searchModule: Promise<typeof import('../search/search-index.js')> | undefined;
const loadSearch = () => (searchModule ??= import('../search/search-index.js'));

/** How long typing must pause before the result count is announced and `qa-search` fires. */
const SETTLE_MS = 600;

/**
 * Fuzzy search over a whole feed of questions: a search field, category
 * filters from the feed, and a list of results, each opening its question
 * (with every expert answer) in place.
 *
 * Keyboard: in the field, Down Arrow moves to the results and Escape clears
 * the query. In the results, Up/Down Arrow move between questions, Home/End go
 * to the first/last, Enter or Space opens or closes one, Escape returns to the
 * field. The number of results is announced politely once typing pauses.
 *
 * @tagname qa-search
 * @summary Search and browse every question of a feed.
 *
 * @slot disclaimer - Your own disclaimer, in place of the default ("general information for education, not personal medical advice").
 *
 * @csspart base - The whole search block.
 * @csspart disclaimer - The disclaimer, shown once under the results.
 * @csspart label - The search field's label.
 * @csspart search-field - The search `<input>`.
 * @csspart categories - The group of category buttons.
 * @csspart category - Each category button (`aria-pressed` tells the chosen one).
 * @csspart category-select - The category select that stands for the buttons on narrow screens (under 30rem).
 * @csspart count - The visible result count.
 * @csspart results - The results list.
 * @csspart result - Each result item.
 * @csspart result-control - The button (or link, for a question with its own page) of a result.
 * @csspart result-title - A result's title; matched words are in `<mark>`.
 * @csspart result-excerpt - A passage of the best-matching answer, matched words in `<mark>`, and who answered.
 * @csspart result-meta - A result's category and number of experts.
 * @csspart question - The opened `<fertility-question>`.
 * @csspart message - Loading, error and no-results messages.
 * @csspart more - The "Show more questions" button.
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
 * @cssprop --fqa-color-highlight - Background of matched words. Default: Mark.
 * @cssprop --fqa-color-on-highlight - Text of matched words. Default: MarkText.
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
    index: { state: true },
    announcement: { state: true },
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
    if (!this.warnedOpen) console.warn('fertility-qa: <qa-search> open: is deprecated and will be removed; use question="…" (the id of the question to open).');
    this.warnedOpen = true;
    this.question = id;
  }

  declare private query: string;
  declare private category: string | null;
  /** How many pages of `max-results` results are listed (0 until the first search or category). */
  declare private pages: number;
  declare private index: SearchIndex | ShardedSearch | undefined;
  /** The index being loaded, for `settle()`. */
  private indexLoading?: Promise<unknown>;
  declare private announcement: string;
  /** Whether the deprecated `open` has been warned about. */
  private warnedOpen = false;

  /** The opened question reads this search's feed through context, like any child of `<qa-feed>`. */
  private readonly provider = new ContextProvider(this, { context: feedContext });
  /** Which result control is in the tab order (roving tabindex). */
  private activeIndex = 0;
  private settleTimer?: ReturnType<typeof setTimeout>;
  /** The reader showed intent to search (focus or input): load the search. */
  private wanted = false;
  /** The heading level of the page's last heading before this element (0 when none). */
  private pageLevel = 0;
  private lastSettled?: string;

  constructor() {
    super();
    new HostLookController(this); // issue 15: links and accents in the host page's link colour
    this.maxResults = 20;
    this.syncUrl = false;
    this.noDisclaimer = false;
    this.query = '';
    this.category = null;
    this.pages = 0;
    this.announcement = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Results' headings follow the page: one level below its last heading before this element.
    const before = [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].filter((h) => h.compareDocumentPosition(this) & Node.DOCUMENT_POSITION_FOLLOWING);
    this.pageLevel = Number(before.at(-1)?.localName[1] ?? 0);
    if (this.syncUrl) this.readUrl();
    window.addEventListener('popstate', this.onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    clearTimeout(this.settleTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.provider.value !== this.feed.state) this.provider.setValue(this.feed.state);
    const state = this.feed.state;
    // The search code and index load on intent: first focus or input, or a query from the URL.
    if (state?.status === 'ready' && this.index?.feed !== state.feed && (this.wanted || this.query.trim())) {
      this.index = undefined;
      const feed = state.feed;
      const whole = () => loadSearch().then(({ searchIndexFor }) => searchIndexFor(feed));
      // A split feed whose index names a sharded index searches that (answers included), fetching what each query needs.
      (this.indexLoading = feed.searchIndexUrl
        ? import('../search/sharded-index.js')
            .then(({ shardedSearchFor }) => shardedSearchFor(feed, () => this.shardedResultsIn()))
            .catch((error: unknown) => {
              warn('<qa-search>', `the sharded search index could not be opened (${error instanceof Error ? error.message : String(error)}); searching the index itself.`);
              return whole();
            })
        : whole()
      ).then((index) => {
          if (this.feed.state?.status === 'ready' && this.feed.state.feed === index.feed) this.index = index;
      });
    }
    // Search here, once per change of what is asked, never in render(), which only shows the result.
    const feed = this.localize.ready ? this.readyFeed : undefined; // wait for the reader's language too
    try {
      this.shown = feed ? this.shownQuestions(feed) : undefined;
      this.searchError = undefined;
    } catch (error) {
      this.searchError = error; // render() says so in the widget
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('question') && this.question && changed.get('question') === undefined && this.feed.state?.status === 'ready') {
      this.scrollToOpened();
    }
  }

  /** A sharded search's results came in: show them, and announce them if the count was announced already. */
  private shardedResultsIn() {
    this.shownCache = undefined;
    this.requestUpdate();
    if (this.lastSettled === `${this.query.trim()}|${this.category}`) {
      this.lastSettled = undefined;
      this.scheduleSettle(0);
    }
  }

  /** The feed, once ready. */
  private get readyFeed(): Feed | undefined {
    const state = this.feed.state;
    return state?.status === 'ready' ? state.feed : undefined;
  }

  /** The categories offered: the feed's (or its questions'), limited by the `categories` attribute. */
  private offeredCategories(feed: Feed): Category[] {
    const all = feed.categories.length
      ? feed.categories
      : [...new Map(feed.questions.map((question) => [question.category.id, question.category])).values()];
    const wanted = this.categories?.split(',').map((id) => id.trim()).filter(Boolean);
    return wanted?.length ? all.filter((category) => wanted.includes(category.id)) : all;
  }

  /** What the list shows now, searched in `willUpdate()`. */
  private shown?: ShownQuestions;
  private searchError?: unknown;
  private shownCache?: { key: string; feed: Feed; index: SearchIndex | ShardedSearch | undefined; shown: ShownQuestions };

  /** The questions shown now (searched once per change of query, category, page or index). */
  private shownQuestions(feed: Feed): ShownQuestions {
    const key = [this.query.trim(), this.category, this.categories, this.pages, this.maxResults, this.question].join('|');
    if (this.shownCache?.key !== key || this.shownCache.feed !== feed || this.shownCache.index !== this.index) {
      this.shownCache = { key, feed, index: this.index, shown: this.computeShown(feed) };
    }
    return this.shownCache.shown;
  }

  /** The categories a search is limited to. */
  private searchedCategories(feed?: Feed): string[] {
    if (!feed) return [];
    const offered = this.offeredCategories(feed).map((category) => category.id);
    return this.category ? [this.category] : this.categories ? offered : [];
  }

  private computeShown(feed: Feed): ShownQuestions {
    const categories = this.searchedCategories(feed);
    const limit = this.pageSize * Math.max(1, this.pages);
    const query = this.query.trim();
    if (query && this.index) {
      const all = this.index.search(query, { categories, limit: Number.MAX_SAFE_INTEGER });
      return { results: all.slice(0, limit), total: all.length };
    }
    const inCategory = (question: Question) => categories.length === 0 || categories.includes(question.category.id);
    const featured = feed.featured.map((id) => feed.questionsById.get(id)!).filter(inCategory);
    const rest = feed.questions.filter((question) => inCategory(question) && !feed.featured.includes(question.id));
    const ordered = [...featured, ...rest];
    // A question opened from the URL or the `question` attribute is listed even when it is further down.
    const opened = this.question ? feed.questionsById.get(this.question) : undefined;
    if (opened && inCategory(opened) && ordered.indexOf(opened) >= limit) ordered.unshift(...ordered.splice(ordered.indexOf(opened), 1));
    return {
      results: ordered.slice(0, limit).map((question) => ({ question, titleMatches: [] })),
      total: ordered.length,
    };
  }

  private get pageSize(): number {
    return Math.max(1, Math.trunc(this.maxResults) || 20);
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
    if (!state) return html`<p part="message" class="message" role="status">${this.localize.t('noFeed')}</p>`;
    if (state.status === 'error') return renderFeedError(state.error, () => this.feed.retry(), this.localize);
    if (this.searchError) throw this.searchError;
    const feed = this.localize.ready ? this.readyFeed : undefined; // wait for the reader's language too
    const query = this.query.trim();
    const shown = feed ? this.shown : undefined;
    // A sharded search's first query: nothing to show until its results are in (then the previous results stay meanwhile).
    const waitingForIndex = Boolean(query) && (!this.index || ('has' in this.index && shown?.total === 0 && !this.index.has(query, { categories: this.searchedCategories(feed) })));
    const listed = shown !== undefined && !waitingForIndex && shown.total > 0;
    return html`
      <div part="base" class="search" aria-busy=${state.status === 'loading' ? 'true' : 'false'}>
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
          @input=${this.onInput}
          @focus=${this.onIntent}
          @keydown=${this.onFieldKeydown}
        />
        <p id="hint" class="hint">${this.localize.t('searchHint')}</p>
        ${feed ? this.renderCategories(feed) : nothing}
        ${renderStaleNote(state, this.localize)}
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
        ${!feed || !shown
          ? html`<p part="message" class="message">${this.localize.t('loading')}</p>`
          : waitingForIndex
            ? html`<p part="message" class="message">${this.localize.t('searchLoading')}</p>`
            : shown.total === 0
              ? html`<div part="message" class="message">
                    <p>${this.localize.t('noResults', { query })}</p>
                    <p>${this.localize.t('browseInstead')}</p>
                  </div>
                  ${this.renderResults(this.featured(feed), 0, '')}`
              : this.renderResults(shown.results, shown.total, query)}
        ${this.noDisclaimer ? nothing : html`<div part="disclaimer" class="disclaimer"><slot name="disclaimer">${this.localize.t('disclaimer')}</slot></div>`}
      </div>
    `;
  }

  private renderCategories(feed: Feed) {
    const categories = this.offeredCategories(feed);
    if (categories.length < 2) return nothing;
    const button = (id: string | null, name: string) => html`<button
      part="category"
      class="category"
      type="button"
      aria-pressed=${this.category === id ? 'true' : 'false'}
      @click=${() => this.chooseCategory(id)}
    >
      ${name}
    </button>`;
    // On a phone a select stands for the buttons (CSS shows one), so the first result shows above the keyboard.
    return html`<div part="categories" class="categories" role="group" aria-label=${this.localize.t('categoriesLabel')}>
        ${button(null, this.localize.t('allCategories'))} ${categories.map((category) => button(category.id, categoryName(category, this.localize.lang)))}
      </div>
      <select
        part="category-select"
        class="category-select"
        aria-label=${this.localize.t('categoriesLabel')}
        @change=${(event: Event) => this.chooseCategory((event.target as HTMLSelectElement).value || null)}
      >
        ${[{ id: '', name: this.localize.t('allCategories') }, ...categories.map((category) => ({ id: category.id, name: categoryName(category, this.localize.lang) }))].map(
          ({ id, name }) => html`<option value=${id} ?selected=${(this.category ?? '') === id}>${name}</option>`,
        )}
      </select>`;
  }

  /** The featured questions (or the first ones), offered when nothing matches closely. */
  private featured(feed: Feed): SearchResult[] {
    const ids = feed.featured.length ? feed.featured : feed.questions.map((question) => question.id);
    return ids.slice(0, 5).map((id) => ({ question: feed.questionsById.get(id)!, titleMatches: [] }));
  }

  private renderResults(results: SearchResult[], total: number, query: string) {
    const level = clampHeadingLevel(this.headingLevel, Math.min(6, this.pageLevel + 1) || 2);
    this.activeIndex = Math.min(this.activeIndex, results.length - 1);
    return html`
      ${total ? html`<p part="count" class="count">${this.countText(total, query)}</p>` : nothing}
      <ul id="results" part="results" class="results" aria-label=${this.localize.t('resultsLabel')} @keydown=${this.onResultsKeydown}>
        ${results.map(({ question, titleMatches, excerpt }, index) => {
          const opened = this.question === question.id;
          const content = html`<span part="result-title" class="result-title">${highlight(question.title, titleMatches)}</span>
            ${excerpt
              ? html`<span part="result-excerpt" class="result-excerpt">${highlight(excerpt.text, excerpt.matches)}${excerpt.answer
                  ? html` <span class="result-by">— ${this.localize.t('answeredBy')} <bdi>${excerpt.answer.expert.name}</bdi></span>`
                  : nothing}</span>`
              : nothing}
            <span part="result-meta" class="result-meta"
              ><bdi>${categoryName(question.category, this.localize.lang)}</bdi> · <span>${this.localize.t('expertsAnswered', { count: question.answerCount })}</span>${question.url
                ? html` · <span class="leaves">${this.localize.t('leavesPage')} ↗</span>`
                : nothing}</span
            >`;
          const tabindex = index === this.activeIndex ? '0' : '-1';
          return html`<li part="result" class="result">
            ${heading(level, { className: 'result-heading' }, question.url
              ? html`<a part="result-control" class="result-control result-link" href=${question.url} tabindex=${tabindex} data-index=${index}>${content}</a>`
              : html`<button
                  part="result-control"
                  class="result-control"
                  type="button"
                  id=${`result-${question.id}`}
                  aria-expanded=${opened ? 'true' : 'false'}
                  aria-controls=${`panel-${question.id}`}
                  tabindex=${tabindex}
                  data-index=${index}
                  @click=${() => this.toggle(question.id, index)}
                >
                  ${content}
                </button>`)}
            ${question.url
              ? nothing
              : html`<div class="panel" id=${`panel-${question.id}`} ?hidden=${!opened}>
                  ${opened
                    ? html`<fertility-question
                        part="question"
                        compact
                        question=${question.id}
                        heading-level=${level}
                        no-disclaimer
                        no-structured-data
                        organisation=${this.organisation ?? nothing}
                        src=${question.feedUrl ?? nothing}
                      ></fertility-question>`
                    : nothing}
                </div>`}
          </li>`;
        })}
      </ul>
      ${results.length < total
        ? html`<button part="more" class="more" type="button" @click=${() => this.showMore(results.length)}>${this.localize.t('showMore')}</button>`
        : nothing}
    `;
  }

  /** "3 questions match “ivf”", or "12 questions" when nothing is typed. */
  private countText(total: number, query: string): string {
    return query ? this.localize.t('resultCount', { count: total, query }) : this.localize.t('questionCount', { count: total });
  }

  private readonly onIntent = () => {
    this.wanted = true;
    this.requestUpdate();
  };

  private onInput(event: Event) {
    const field = event.target as HTMLInputElement;
    this.onIntent();
    if (!this.index) this.announcement = this.localize.t('searchLoading');
    this.query = capQuery(field.value);
    if (field.value !== this.query) field.value = this.query; // what the field shows is what is searched
    this.pages = 1;
    this.activeIndex = 0;
    this.scheduleSettle();
  }

  private onFieldKeydown(event: KeyboardEvent) {
    if (event.key === 'Escape' && this.query) {
      event.preventDefault();
      this.query = '';
      this.pages = 1;
      this.scheduleSettle();
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      this.focusResult(this.activeIndex);
    }
  }

  private onResultsKeydown(event: KeyboardEvent) {
    const control = event.composedPath()[0] as HTMLElement;
    if (!control.classList?.contains('result-control')) return; // keys inside an opened question are its own
    const count = this.resultControls().length;
    const index = Number(control.dataset.index);
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: count - 1 };
    if (event.key in moves) {
      event.preventDefault();
      const target = moves[event.key]!;
      if (target < 0) this.field.focus();
      else this.focusResult(Math.min(target, count - 1));
    } else if (event.key === 'Escape') {
      event.preventDefault();
      this.field.focus();
    }
  }

  private get field(): HTMLInputElement {
    return this.renderRoot.querySelector('#field')!;
  }

  private resultControls(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('.result-control')];
  }

  private focusResult(index: number) {
    const controls = this.resultControls();
    if (controls.length === 0) return;
    this.activeIndex = Math.max(0, Math.min(index, controls.length - 1));
    controls.forEach((control, i) => (control.tabIndex = i === this.activeIndex ? 0 : -1));
    controls[this.activeIndex]!.focus();
  }

  private chooseCategory(id: string | null) {
    if (this.category === id) return;
    this.category = id;
    this.pages = 1;
    this.activeIndex = 0;
    this.writeUrl('push');
    this.scheduleSettle(0);
  }

  private toggle(id: string, index: number) {
    this.activeIndex = index;
    this.question = this.question === id ? undefined : id;
    this.writeUrl('push');
    if (this.question) this.dispatchEvent(new QaOpenEvent({ id }));
  }

  private async showMore(shownCount: number) {
    this.pages = Math.max(1, this.pages) + 1;
    await this.updateComplete;
    this.focusResult(shownCount);
  }

  /** Once typing pauses: announce the count, fire `qa-search`, update the URL. */
  private scheduleSettle(delay = SETTLE_MS) {
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => this.settle(), delay);
  }

  private async settle() {
    const feed = this.readyFeed;
    if (!feed) return;
    if (this.query.trim() && !this.index) {
      await (this.indexLoading ?? loadSearch().then(({ searchIndexFor }) => searchIndexFor(feed)));
      await this.updateComplete;
    }
    const query = this.query.trim();
    const { total } = this.shownQuestions(feed);
    const key = `${query}|${this.category}`;
    this.writeUrl('replace');
    if (key === this.lastSettled) return;
    this.lastSettled = key;
    this.announcement = total === 0 ? this.localize.t('noResults', { query }) : this.countText(total, query);
    this.dispatchEvent(new QaSearchEvent({ query, category: this.category, resultCount: total }));
  }

  private scrollToOpened() {
    this.updateComplete.then(() => {
      this.renderRoot.querySelector(`#result-${CSS.escape(this.question ?? '')}`)?.scrollIntoView({ block: 'start' });
    });
  }

  // URL sync: ?q= and ?category= for the search, #question-id for the opened question.

  private readUrl() {
    const url = new URL(location.href);
    this.query = capQuery(url.searchParams.get('q') ?? '');
    this.category = url.searchParams.get('category');
    // #question-id opens it; #question-id--expert-id opens it too (the question then moves focus to that answer).
    const fragment = decodeFragment(url.hash);
    if (fragment === undefined) warn('<qa-search>', 'malformed #fragment in the address, ignored.');
    this.question = (fragment && questionOfFragment(fragment)) || this.question;
    this.pages = 1;
    this.lastSettled = `${this.query.trim()}|${this.category}`;
  }

  private writeUrl(mode: 'push' | 'replace') {
    if (!this.syncUrl) return;
    const url = new URL(location.href);
    const query = this.query.trim();
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    if (this.category) url.searchParams.set('category', this.category);
    else url.searchParams.delete('category');
    url.hash = this.question ? encodeURIComponent(this.question) : '';
    if (url.href === location.href) return;
    if (mode === 'push') history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
  }

  private readonly onPopState = () => {
    if (!this.syncUrl) return;
    this.readUrl();
    if (!new URL(location.href).hash) this.question = undefined;
  };
}

interface ShownQuestions {
  results: SearchResult[];
  /** How many questions match in all (more than `results` when paged). */
  total: number;
}

/** A text with matched ranges in `<mark>`; feed text only ever goes in as text. */
function highlight(title: string, ranges: Array<[number, number]>) {
  if (ranges.length === 0) return title;
  const parts: unknown[] = [];
  let last = 0;
  for (const [start, end] of ranges) {
    parts.push(title.slice(last, start), html`<mark>${title.slice(start, end)}</mark>`);
    last = end;
  }
  parts.push(title.slice(last));
  return parts;
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
