import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { textAt, type Path } from '../document/feed-document.js';
import { pathKey } from '../document/problems.js';
import { fieldId, type EditorContext } from './context.js';

/** How a field is drawn: its hint, whether it is required, and its kind of input. */
export interface FieldOptions {
  hint?: string;
  required?: boolean;
  multiline?: boolean;
  rows?: number;
  /** The input's type (text, url, number…). */
  type?: string;
  placeholder?: string;
  /** Reads the input's value into the document, e.g. tags from "a, b". */
  onInput?: (value: string) => void;
  /**
   * Reads the value into the document only when the field is committed (Enter, or
   * leaving it), not on each key: an id, whose references follow it. Until then the
   * field shows what is typed.
   */
  onCommit?: (value: string) => void;
  /** The field shows the text as typed while it has focus, not `value` re-made from the document (tags). */
  keepTyped?: boolean;
  /** The value shown, when it is not the string at the path. */
  value?: string;
  autocomplete?: string;
  /** Written in the feed's language (its direction follows the feed's). */
  feedText?: boolean;
  /** Extra content under the label (a formatting toolbar). */
  toolbar?: TemplateResult;
}

/**
 * The problems of a field, in words: its label, then the validator's message
 * ("Photo address is not a full web address…"). Shown under the field, tied to it with
 * `aria-describedby`, and the field marked `aria-invalid`.
 */
export function problemLines(ctx: EditorContext, key: string, label: string, id: string): TemplateResult | typeof nothing {
  const problems = ctx.problems.at(key);
  if (problems.length === 0) return nothing;
  return html`<ul class="field-problems" id=${`${id}-problems`}>
    ${problems.map((problem) => html`<li>${ctx.t('problemAt', { field: label, message: plainWords(ctx, problem.message) })}</li>`)}
  </ul>`;
}

/** The validator's terms told in a content person's words (where the interface is in English; other languages keep the validator's English). */
export function plainWords(ctx: EditorContext, message: string): string {
  return message
    .replace('is not an absolute http(s) URL', ctx.t('wordsNotUrl'))
    .replace(/is not a slug \(lower-case letters, digits and hyphens\)/, ctx.t('wordsNotSlug'))
    .replace('is not a date (YYYY-MM-DD)', ctx.t('wordsNotDate'));
}

/** A labelled text input or text area for the string at `path`. */
export function textField(ctx: EditorContext, path: Path, label: string, options: FieldOptions = {}): TemplateResult {
  const id = fieldId(path);
  const key = pathKey(path);
  const invalid = ctx.problems.at(key).length > 0;
  const typed = options.onCommit || options.keepTyped;
  const value = (typed && ctx.typedAt(key)) ?? options.value ?? textAt(ctx.doc, path);
  const describedBy = [options.hint && `${id}-hint`, invalid && `${id}-problems`].filter(Boolean).join(' ') || undefined;
  const input = (event: Event) => {
    const text = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
    if (typed) ctx.keepTyped(key, text);
    if (options.onCommit) return;
    if (options.onInput) options.onInput(text);
    else ctx.edit(path, text);
  };
  // Committed (change, or leaving the field after typing): the document takes the text (onCommit), and the field shows the document's value again.
  const change = (event: Event) => {
    if (!typed || ctx.typedAt(key) === undefined) return;
    ctx.keepTyped(key, undefined);
    options.onCommit?.((event.target as HTMLInputElement | HTMLTextAreaElement).value);
  };
  const dir = options.feedText ? 'auto' : undefined;
  return html`<div class="field" data-key=${key}>
    <label for=${id}>${label}${options.required ? html` <span class="required">${ctx.t('required')}</span>` : nothing}</label>
    ${options.hint ? html`<p class="hint" id=${`${id}-hint`}>${options.hint}</p>` : nothing} ${options.toolbar ?? nothing}
    ${options.multiline
      ? html`<textarea
          id=${id}
          rows=${options.rows ?? 4}
          dir=${ifDefined(dir)}
          .value=${live(value)}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${ifDefined(describedBy)}
          ?aria-required=${options.required}
          @input=${input}
          @change=${change}
          @blur=${change}
        ></textarea>`
      : html`<input
          id=${id}
          type=${options.type ?? 'text'}
          dir=${ifDefined(dir)}
          placeholder=${ifDefined(options.placeholder)}
          autocomplete=${options.autocomplete ?? 'off'}
          .value=${live(value)}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${ifDefined(describedBy)}
          ?aria-required=${options.required}
          @input=${input}
          @change=${change}
          @blur=${change}
        />`}
    ${problemLines(ctx, key, label, id)}
  </div>`;
}

/** A choice among the entries of a list (a category, an expert), by id; a value not in the list is kept and shown as such. */
export function choiceField(
  ctx: EditorContext,
  path: Path,
  label: string,
  choices: ReadonlyArray<{ id: string; name: string }>,
  options: { required?: boolean; none: string; hint?: string },
): TemplateResult {
  const id = fieldId(path);
  const key = pathKey(path);
  const value = textAt(ctx.doc, path);
  const invalid = ctx.problems.at(key).length > 0;
  const known = value === '' || choices.some((choice) => choice.id === value);
  const describedBy = [options.hint && `${id}-hint`, invalid && `${id}-problems`].filter(Boolean).join(' ') || undefined;
  return html`<div class="field" data-key=${key}>
    <label for=${id}>${label}${options.required ? html` <span class="required">${ctx.t('required')}</span>` : nothing}</label>
    ${options.hint ? html`<p class="hint" id=${`${id}-hint`}>${options.hint}</p>` : nothing}
    <select
      id=${id}
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy)}
      ?aria-required=${options.required}
      @change=${(event: Event) => ctx.edit(path, (event.target as HTMLSelectElement).value)}
    >
      <option value="" ?selected=${value === ''}>${options.none}</option>
      ${choices.map((choice) => html`<option value=${choice.id} ?selected=${choice.id === value}>${choice.name || choice.id}</option>`)}
      ${known ? nothing : html`<option value=${value} selected>${ctx.t('notInList', { value })}</option>`}
    </select>
    ${problemLines(ctx, key, label, id)}
  </div>`;
}

/** A checkbox. */
export function checkField(id: string, label: string, checked: boolean, change: (checked: boolean) => void, hint?: string): TemplateResult {
  return html`<div class="field check">
    <input type="checkbox" id=${id} .checked=${live(checked)} aria-describedby=${ifDefined(hint ? `${id}-hint` : undefined)} @change=${(event: Event) => change((event.target as HTMLInputElement).checked)} />
    <label for=${id}>${label}</label>
    ${hint ? html`<p class="hint" id=${`${id}-hint`}>${hint}</p>` : nothing}
  </div>`;
}
