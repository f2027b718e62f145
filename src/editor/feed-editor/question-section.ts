import { html, nothing, type TemplateResult } from 'lit';
import { isFeatured, isObject, setFeatured, textAt, valueAt } from '../document/feed-document.js';
import { fieldId, type EditorContext } from './context.js';
import { checkField, choiceField, textField } from './fields.js';
import { answerToolbar } from './answer-toolbar.js';
import { entries } from './feed-sections.js';
import { listItem } from './list-item.js';
import type { ReorderController } from './reorder-controller.js';

/** The ids and names of a list's entries, for a choice. */
const choices = (ctx: EditorContext, key: 'categories' | 'experts') =>
  entries(ctx, key).map(({ entry }) => ({ id: textAt(entry, ['id']), name: textAt(entry, ['name']) })).filter((choice) => choice.id);

/** Questions, each with its answers and references. */
export function questionsSection(ctx: EditorContext, reorder: ReorderController): TemplateResult {
  const list = entries(ctx, 'questions');
  return html`<section aria-labelledby="questions-heading">
    <h2 id="questions-heading">${ctx.t('questionsSection')}</h2>
    <ul class="items">
      ${list.map(({ entry, index }) => {
        const name = textAt(entry, ['title']) || ctx.t('untitled');
        return listItem(ctx, reorder, {
          list: ['questions'],
          index,
          count: list.length,
          name,
          question: index,
          heading: ctx.t('questionHeading', { number: index + 1, name }),
          body: () => questionFields(ctx, reorder, index),
        });
      })}
    </ul>
    <button type="button" class="add" data-add="questions" @click=${() => ctx.add(['questions'])}>${ctx.t('addQuestion')}</button>
  </section>`;
}

function questionFields(ctx: EditorContext, reorder: ReorderController, index: number): TemplateResult {
  const at = (key: string) => ['questions', index, key];
  const id = textAt(ctx.doc, at('id'));
  const categories = choices(ctx, 'categories');
  const experts = choices(ctx, 'experts');
  const tags = valueAt(ctx.doc, at('tags'));
  const listsCategories = Array.isArray(valueAt(ctx.doc, ['categories']));
  return html`
    ${textField(ctx, at('title'), ctx.t('questionTitle'), { required: true, feedText: true, hint: ctx.t('questionTitleHint'), onInput: (value) => ctx.editName('questions', index, 'title', value) })}
    ${textField(ctx, at('id'), ctx.t('id'), { required: true, hint: ctx.t('questionIdHint'), onCommit: (value) => ctx.editId('questions', index, value) })}
    ${textField(ctx, at('summary'), ctx.t('summary'), { multiline: true, rows: 2, feedText: true, hint: ctx.t('summaryHint') })}
    ${listsCategories
      ? choiceField(ctx, at('category'), ctx.t('category'), categories, { required: true, none: ctx.t('chooseCategory'), ...(categories.length === 0 && { hint: ctx.t('noCategoriesYet') }) })
      : textField(ctx, at('category'), ctx.t('category'), { required: true, feedText: true })}
    ${textField(ctx, at('tags'), ctx.t('tags'), {
      hint: ctx.t('tagsHint'),
      feedText: true,
      value: Array.isArray(tags) ? tags.filter((tag) => typeof tag === 'string').join(', ') : '',
      keepTyped: true,
      onInput: (value) => ctx.edit(at('tags'), value.trim() === '' ? undefined : value.split(',').map((tag) => tag.trim()).filter(Boolean)),
    })}
    <div class="row">
      ${textField(ctx, at('published'), ctx.t('published'), { placeholder: 'YYYY-MM-DD', hint: ctx.t('dateHint') })}
      ${textField(ctx, at('reviewed'), ctx.t('reviewed'), { placeholder: 'YYYY-MM-DD', hint: ctx.t('dateHint') })}
      ${textField(ctx, at('nextReview'), ctx.t('nextReview'), { placeholder: 'YYYY-MM-DD', hint: ctx.t('dateHint') })}
    </div>
    ${choiceField(ctx, at('reviewedBy'), ctx.t('reviewedBy'), experts, { none: ctx.t('noReviewer') })}
    ${textField(ctx, at('urgent'), ctx.t('urgent'), { multiline: true, rows: 2, feedText: true, hint: ctx.t('urgentHint') })}
    ${textField(ctx, at('url'), ctx.t('questionUrl'), { type: 'url', placeholder: 'https://', hint: ctx.t('questionUrlHint') })}
    ${id ? checkField(fieldId(at('featured')), ctx.t('featured'), isFeatured(ctx.doc, id), (on) => (setFeatured(ctx.doc, id, on), ctx.edit([], undefined)), ctx.t('featuredHint')) : nothing}
    ${answersList(ctx, reorder, index, experts)} ${referencesList(ctx, reorder, index)}
  `;
}

function answersList(ctx: EditorContext, reorder: ReorderController, question: number, experts: Array<{ id: string; name: string }>): TemplateResult {
  const raw = valueAt(ctx.doc, ['questions', question, 'answers']);
  const answers = Array.isArray(raw) ? raw : [];
  const list = ['questions', question, 'answers'] as const;
  return html`<fieldset class="sub">
    <legend>${ctx.t('answers')}</legend>
    ${ctx.problems.at(list.join('.')).length ? html`<p class="field-problems">${ctx.problems.at(list.join('.')).map((problem) => ctx.t('problemAt', { field: ctx.t('answers'), message: problem.message }))}</p>` : nothing}
    <ul class="items">
      ${answers.map((answer, index) => {
        const expertId = isObject(answer) ? textAt(answer, ['expert']) : '';
        const name = experts.find((expert) => expert.id === expertId)?.name || expertId || ctx.t('noExpertYet');
        const at = (...keys: string[]) => [...list, index, ...keys];
        return listItem(ctx, reorder, {
          list,
          index,
          count: answers.length,
          name,
          question,
          heading: ctx.t('answerHeading', { number: index + 1, name }),
          body: () => html`
            ${choiceField(ctx, at('expert'), ctx.t('expert'), experts, { required: true, none: ctx.t('chooseExpert'), ...(experts.length === 0 && { hint: ctx.t('noExpertsYet') }) })}
            ${textField(ctx, at('text'), ctx.t('answerText'), { multiline: true, rows: 8, feedText: true, hint: ctx.t('answerTextHint'), toolbar: answerToolbar(ctx, at('text')) })}
            <fieldset class="sub video">
              <legend>${ctx.t('video')}</legend>
              <p class="hint">${ctx.t('videoHint')}</p>
              ${textField(ctx, at('video', 'youtubeId'), ctx.t('youtubeId'), { hint: ctx.t('youtubeIdHint') })} ${textField(ctx, at('video', 'title'), ctx.t('videoTitle'), { feedText: true })}
              ${textField(ctx, at('video', 'duration'), ctx.t('duration'), { placeholder: 'PT2M30S', hint: ctx.t('durationHint') })}
              ${textField(ctx, at('video', 'poster'), ctx.t('poster'), { hint: ctx.t('posterHint') })}
              ${textField(ctx, at('video', 'transcript'), ctx.t('transcript'), { multiline: true, rows: 5, feedText: true, hint: ctx.t('transcriptHint') })}
            </fieldset>
          `,
        });
      })}
    </ul>
    <button type="button" class="add" data-add=${list.join('.')} @click=${() => ctx.add(list)}>${ctx.t('addAnswer')}</button>
  </fieldset>`;
}

function referencesList(ctx: EditorContext, reorder: ReorderController, question: number): TemplateResult {
  const raw = valueAt(ctx.doc, ['questions', question, 'references']);
  const references = Array.isArray(raw) ? raw : [];
  const list = ['questions', question, 'references'] as const;
  return html`<fieldset class="sub">
    <legend>${ctx.t('references')}</legend>
    <p class="hint">${ctx.t('referencesHint')}</p>
    <ul class="items">
      ${references.map((reference, index) => {
        const name = (isObject(reference) && textAt(reference, ['title'])) || ctx.t('untitled');
        const at = (key: string) => [...list, index, key];
        return listItem(ctx, reorder, {
          list,
          index,
          count: references.length,
          name,
          question,
          heading: ctx.t('referenceHeading', { number: index + 1, name }),
          body: () => html`
            ${textField(ctx, at('title'), ctx.t('referenceTitle'), { required: true, feedText: true })}
            ${textField(ctx, at('url'), ctx.t('referenceUrl'), { type: 'url', placeholder: 'https://' })}
            <div class="row">${textField(ctx, at('pmid'), ctx.t('pmid'))} ${textField(ctx, at('doi'), ctx.t('doi'), { placeholder: '10.' })}</div>
          `,
        });
      })}
    </ul>
    <button type="button" class="add" data-add=${list.join('.')} @click=${() => ctx.add(list)}>${ctx.t('addReference')}</button>
  </fieldset>`;
}
