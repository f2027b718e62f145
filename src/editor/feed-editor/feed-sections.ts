import { html, type TemplateResult } from 'lit';
import { isObject, textAt, valueAt } from '../document/feed-document.js';
import type { EditorContext } from './context.js';
import { textField } from './fields.js';
import { listItem } from './list-item.js';
import type { ReorderController } from './reorder-controller.js';

/** The entries of a list in the document that are objects, with their index. */
export function entries(ctx: EditorContext, key: 'categories' | 'experts' | 'questions'): Array<{ entry: Record<string, unknown>; index: number }> {
  const list = valueAt(ctx.doc, [key]);
  return Array.isArray(list) ? list.flatMap((entry, index) => (isObject(entry) ? [{ entry, index }] : [])) : [];
}

/** The feed's own fields: title and language. */
export function feedSection(ctx: EditorContext): TemplateResult {
  return html`<section aria-labelledby="feed-heading">
    <h2 id="feed-heading">${ctx.t('feedSection')}</h2>
    ${textField(ctx, ['title'], ctx.t('feedTitle'), { hint: ctx.t('feedTitleHint'), feedText: true })}
    ${textField(ctx, ['language'], ctx.t('feedLanguage'), { hint: ctx.t('feedLanguageHint'), placeholder: 'en' })}
  </section>`;
}

/** Categories: id, name, description. */
export function categoriesSection(ctx: EditorContext, reorder: ReorderController): TemplateResult {
  const list = entries(ctx, 'categories');
  return html`<section aria-labelledby="categories-heading">
    <h2 id="categories-heading">${ctx.t('categoriesSection')}</h2>
    <p class="hint">${ctx.t('categoriesHint')}</p>
    <ul class="items">
      ${list.map(({ entry, index }) => {
        const name = textAt(entry, ['name']) || ctx.t('unnamed');
        return listItem(ctx, reorder, {
          list: ['categories'],
          index,
          count: list.length,
          name,
          heading: ctx.t('categoryHeading', { number: index + 1, name }),
          body: () => html`
            ${textField(ctx, ['categories', index, 'name'], ctx.t('name'), { required: true, feedText: true, onInput: (value) => ctx.editName('categories', index, 'name', value) })}
            ${textField(ctx, ['categories', index, 'id'], ctx.t('id'), { required: true, hint: ctx.t('idHint'), onCommit: (value) => ctx.editId('categories', index, value) })}
            ${textField(ctx, ['categories', index, 'description'], ctx.t('description'), { multiline: true, rows: 2, feedText: true })}
          `,
        });
      })}
    </ul>
    <button type="button" class="add" data-add="categories" @click=${() => ctx.add(['categories'])}>${ctx.t('addCategory')}</button>
  </section>`;
}

/** Experts: who they are, and why a reader can trust them. */
export function expertsSection(ctx: EditorContext, reorder: ReorderController): TemplateResult {
  const list = entries(ctx, 'experts');
  return html`<section aria-labelledby="experts-heading">
    <h2 id="experts-heading">${ctx.t('expertsSection')}</h2>
    <ul class="items">
      ${list.map(({ entry, index }) => {
        const name = textAt(entry, ['name']) || ctx.t('unnamed');
        const at = (key: string) => ['experts', index, key];
        return listItem(ctx, reorder, {
          list: ['experts'],
          index,
          count: list.length,
          name,
          heading: ctx.t('expertHeading', { number: index + 1, name }),
          body: () => html`
            ${textField(ctx, at('name'), ctx.t('expertName'), { required: true, feedText: true, onInput: (value) => ctx.editName('experts', index, 'name', value) })}
            ${textField(ctx, at('id'), ctx.t('id'), { required: true, hint: ctx.t('idHint'), onCommit: (value) => ctx.editId('experts', index, value) })}
            ${textField(ctx, at('role'), ctx.t('role'), { feedText: true })} ${textField(ctx, at('credentials'), ctx.t('credentials'), { feedText: true })}
            ${textField(ctx, at('organisation'), ctx.t('organisation'), { feedText: true })}
            ${textField(ctx, at('registration'), ctx.t('registration'), { hint: ctx.t('registrationHint'), feedText: true })}
            ${textField(ctx, at('profileUrl'), ctx.t('profileUrl'), { type: 'url', placeholder: 'https://', hint: ctx.t('urlHint') })}
            ${textField(ctx, at('photoUrl'), ctx.t('photoUrl'), { type: 'url', placeholder: 'https://', hint: ctx.t('photoHint') })}
            ${textField(ctx, at('conflictOfInterest'), ctx.t('conflictOfInterest'), { multiline: true, rows: 2, feedText: true })}
          `,
        });
      })}
    </ul>
    <button type="button" class="add" data-add="experts" @click=${() => ctx.add(['experts'])}>${ctx.t('addExpert')}</button>
  </section>`;
}
