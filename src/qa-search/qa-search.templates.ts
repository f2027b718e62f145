/**
 * The parts of `<qa-search>`'s view that take no state of their own: one
 * result, and the category filter. The element passes what they show and what
 * their buttons do; feed text only ever goes in as text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { categoryName } from '../feed/category-name.js';
import type { LocalizeController } from '../i18n/localize.js';
import type { Category } from '../feed/types.js';
import type { SearchResult } from '../search/search-index.js';
import { heading } from '../shared/heading.js';

/** "3 questions match “ivf”", or "12 questions" when nothing is typed. */
export function countText(localize: LocalizeController, total: number, query: string): string {
  return query ? localize.t('resultCount', { count: total, query }) : localize.t('questionCount', { count: total });
}

/** `countText` as shown: the query the reader typed in a `<bdi>`, so it cannot reorder the sentence. */
export function renderCount(localize: LocalizeController, total: number, query: string) {
  return query ? localize.isolated('resultCount', { count: total, query }) : localize.t('questionCount', { count: total });
}

/** "No question in “{category}” matches “{query}” closely." (or, for all categories, "No question matches “{query}” closely."), as text for the live region. */
export function noResultsText(localize: LocalizeController, query: string, category: string | undefined): string {
  return category === undefined ? localize.t('noResults', { query }) : localize.t('noResultsInCategory', { query, category });
}

/**
 * What shows when nothing matches closely: `noResultsText` with the category's name and the query the reader
 * typed each in a `<bdi>` (neither can reorder the sentence), the clinic's `no-results` slot, "Search all
 * categories" when one is chosen (`chooseAll`, its action), and the line that introduces the featured questions below.
 */
export function renderNoResults(localize: LocalizeController, query: string, category: string | undefined, chooseAll?: () => void) {
  return html`<div part="message" class="message">
    <p>${category === undefined ? localize.isolated('noResults', { query }) : localize.isolated('noResultsInCategory', { query, category })}</p>
    <slot name="no-results"></slot>
    ${chooseAll === undefined ? nothing : html`<p><button part="all-categories" class="more" type="button" @click=${chooseAll}>${localize.t('searchAllCategories')}</button></p>`}
    <p>${localize.t('browseInstead')}</p>
  </div>`;
}

/**
 * One result, one way for every result: a disclosure button in a heading whose name is
 * the question's title alone (matched words marked), described by a passage of the best
 * answer with who answered, and by its category and number of experts
 * (`aria-describedby`); a chevron shows that it opens in place, and `aria-expanded`
 * says so. Opened, the question's `<fertility-question>` shows below it (which says
 * who answered: the row then shows neither the passage nor the count), and a question
 * with a page of its own ends with a link to that page, named so (it leaves this one).
 * `kept`: a result a keystroke kept in its place until the rest of the list renders,
 * inert (see StagedListController). Feed text only ever goes in as text.
 */
export function renderResult({ question, titleMatches, excerpt }: SearchResult, index: number, kept: boolean, opened: boolean, tabindex: string, level: number, organisation: string | undefined, t: LocalizeController, toggle: () => void, textLang?: string): TemplateResult {
  const [excerptId, byId, metaId] = [`excerpt-${question.id}`, `by-${question.id}`, `meta-${question.id}`];
  const passage = excerpt && !opened;
  // Each part of the description by its own id: Chromium joins them with spaces, and drops a text of white space alone between elements.
  const description = [passage && excerptId, passage && excerpt.answer && byId, metaId].filter(Boolean).join(' ');
  return html`<li part="result" class="result" ?inert=${kept}>
    <div class="result-summary">
      ${heading(
        level,
        { className: 'result-heading' },
        html`<button
          part="result-control"
          class="result-control"
          type="button"
          id=${`result-${question.id}`}
          aria-expanded=${String(opened)}
          aria-controls=${`panel-${question.id}`}
          aria-describedby=${description}
          tabindex=${tabindex}
          data-index=${index}
          @click=${toggle}
        ><span class="result-sign" aria-hidden="true"></span><span part="result-title" class="result-title" lang=${textLang ?? nothing} dir="auto">${highlight(question.title, titleMatches)}</span></button>`,
      )}
      ${passage
        ? html`<p part="result-excerpt" class="result-excerpt"><span id=${excerptId} lang=${textLang ?? nothing} dir="auto">${highlight(excerpt.text, excerpt.matches)}</span>${excerpt.answer
            ? html` <span class="result-by" id=${byId}>— ${t.t('excerptBy')} <bdi>${excerpt.answer.expert.name}</bdi>${/[.!?]$/.test(excerpt.answer.expert.name) ? '' : '.'}</span>`
            : nothing}</p>`
        : nothing}
      <p part="result-meta" class="result-meta" id=${metaId}><bdi>${categoryName(question.category, t.lang)}</bdi>${opened
          ? nothing
          : html` · <span>${t.t('expertsAnswered', { count: question.answerCount })}</span>`}</p>
    </div>
    <div class="panel" id=${`panel-${question.id}`} ?hidden=${!opened}>
      ${opened
        ? html`<fertility-question
              part="question"
              compact
              question=${question.id}
              heading-level=${level}
              no-disclaimer
              no-structured-data
              organisation=${organisation ?? nothing}
              src=${question.feedUrl ?? nothing}
            ></fertility-question>
            ${question.url ? html`<p class="own-page"><a part="result-page-link" href=${question.url}>${t.t('ownPageLink')}</a></p>` : nothing}`
        : nothing}
    </div>
  </li>`;
}

/** Above this many categories, the chooser is a select at every width, not a row of buttons. */
export const MAX_CATEGORY_BUTTONS = 12;

/**
 * The category filter: a toolbar of buttons, one per category (and "All"), `aria-pressed` on the
 * chosen one (the only one in the tab order: the arrows move among them), and a select with its visible label on the same line that stands
 * for the buttons on a phone (CSS shows one), so the first result shows above
 * the keyboard; over MAX_CATEGORY_BUTTONS categories, the select alone at every
 * width. Nothing for fewer than two. `choose` is told when the select chose (`fromSelect`): Chromium
 * changes a closed select at each arrow key, so its changes come in runs.
 */
export function renderCategories(categories: Category[], chosen: string | null, localize: LocalizeController, choose: (id: string | null, fromSelect?: boolean) => void) {
  if (categories.length < 2) return nothing;
  const named = [{ id: '', name: localize.t('allCategories') }, ...categories.map((category) => ({ id: category.id, name: categoryName(category, localize.lang) }))];
  const pick = (id: string, fromSelect = false) => choose(id || null, fromSelect); // '' stands for all
  // A long list is a select at every width: a wall of buttons stands between the field and the results.
  const many = categories.length > MAX_CATEGORY_BUTTONS;
  return html`${many
      ? nothing
      : html`<div part="categories" class="categories" role="toolbar" aria-label=${localize.t('categoriesLabel')} @keydown=${moveAmongCategories}>
          ${named.map(
            ({ id, name }) =>
              html`<button part="category" class="category" type="button" aria-pressed=${String((chosen ?? '') === id)} tabindex=${(chosen ?? '') === id ? '0' : '-1'} @click=${() => pick(id)}>
                ${name}
              </button>`,
          )}
        </div>`}
    <label part="category-select-label" class="category-select-label ${many ? 'many' : ''}"
      >${localize.t('categoriesLabel')}
      <select part="category-select" class="category-select" @change=${(event: Event) => pick((event.target as HTMLSelectElement).value, true)}>
        ${named.map(({ id, name }) => html`<option value=${id} ?selected=${(chosen ?? '') === id}>${name}</option>`)}
      </select></label
    >`;
}

/**
 * The category buttons are one stop for Tab (the chosen one; APG's toolbar), so Tab goes from the field
 * past them to the results: Left/Right Arrow (mirrored right to left), Home and End move among them.
 */
function moveAmongCategories(event: KeyboardEvent) {
  const group = event.currentTarget as HTMLElement;
  const buttons = [...group.querySelectorAll('button')];
  const index = buttons.indexOf(event.target as HTMLButtonElement);
  const forward = getComputedStyle(group).direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const moves: Record<string, number> = { ArrowRight: index - 1, ArrowLeft: index - 1, Home: 0, End: buttons.length - 1 };
  moves[forward] = index + 1;
  const next = buttons[moves[event.key] ?? -1];
  if (index < 0 || !next) return;
  event.preventDefault();
  for (const button of buttons) button.tabIndex = button === next ? 0 : -1;
  next.focus();
}

/**
 * A text with matched ranges in `<mark>`. Ranges with only white space between them are
 * marked as one: a white-space-only text between two marks is dropped from an accessible
 * name or description in Chromium ("older age" read as "olderage").
 */
export function highlight(text: string, ranges: ReadonlyArray<readonly [number, number]>) {
  if (ranges.length === 0) return text;
  const merged: Array<[number, number]> = [];
  for (const [start, end] of ranges) {
    const last = merged[merged.length - 1];
    if (last && start >= last[1] && !text.slice(last[1], start).trim()) last[1] = end;
    else merged.push([start, end]);
  }
  const parts: unknown[] = [];
  let last = 0;
  for (const [start, end] of merged) {
    parts.push(text.slice(last, start), html`<mark>${text.slice(start, end)}</mark>`);
    last = end;
  }
  parts.push(text.slice(last));
  return parts;
}
