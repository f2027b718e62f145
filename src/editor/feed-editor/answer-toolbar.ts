import { html, type TemplateResult } from 'lit';
import type { Path } from '../document/feed-document.js';
import { fieldId, type EditorContext } from './context.js';
import type { EditorMessageKey } from '../i18n/editor-localize.js';

/** One formatting change to a text: the new text and what stays selected. */
interface Formatted {
  text: string;
  start: number;
  end: number;
}

/** Puts `before` and `after` around the selection (or a placeholder word, selected). */
function wrap(text: string, start: number, end: number, before: string, after: string, placeholder: string): Formatted {
  const inner = text.slice(start, end) || placeholder;
  return { text: text.slice(0, start) + before + inner + after + text.slice(end), start: start + before.length, end: start + before.length + inner.length };
}

/** Starts each selected line (or the current one) with a list sign: "- " or "1. ", "2. "… */
function listLines(text: string, start: number, end: number, numbered: boolean): Formatted {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const toBreak = text.indexOf('\n', end);
  const to = toBreak < 0 ? text.length : toBreak;
  const lines = text.slice(from, to).split('\n');
  const marked = lines.map((line, index) => `${numbered ? `${index + 1}. ` : '- '}${line.replace(/^(?:[-*]|\d{1,3}[.)])\s+/, '')}`).join('\n');
  // A list is a block of its own: a blank line before it when text precedes it.
  const gap = from > 0 && !text.slice(0, from).endsWith('\n\n') ? '\n' : '';
  return { text: text.slice(0, from) + gap + marked + text.slice(to), start: from + gap.length, end: from + gap.length + marked.length };
}

/** The formatting the answer markup supports (docs/feed.md): each button's message and what it does. */
const ACTIONS: ReadonlyArray<readonly [EditorMessageKey, string, (text: string, start: number, end: number, word: string) => Formatted]> = [
  ['bold', 'B', (text, start, end, word) => wrap(text, start, end, '**', '**', word)],
  ['emphasis', 'I', (text, start, end, word) => wrap(text, start, end, '*', '*', word)],
  ['bullets', '•', (text, start, end) => listLines(text, start, end, false)],
  ['numbered', '1.', (text, start, end) => listLines(text, start, end, true)],
  ['link', '🔗', (text, start, end, word) => wrap(text, start, end, '[', '](https://)', word)],
  ['citation', '[1]', (text, _start, end) => wrap(text, end, end, '[', ']', '1')],
];

/**
 * A toolbar over an answer's text area (role toolbar, one tab stop, arrows between
 * its buttons, as the APG toolbar pattern): each button writes the feed's own markup
 * signs around the selection, so what is saved is the text a reader's widget renders.
 */
export function answerToolbar(ctx: EditorContext, path: Path): TemplateResult {
  const id = fieldId(path);
  const apply = (event: Event, index: number) => {
    const area = ((event.currentTarget as HTMLElement).getRootNode() as ShadowRoot | Document).getElementById(id);
    if (!(area instanceof HTMLTextAreaElement)) return;
    const [key, , action] = ACTIONS[index]!;
    const result = action(area.value, area.selectionStart, area.selectionEnd, ctx.t(key === 'link' ? 'linkText' : 'formatWord'));
    area.value = result.text;
    ctx.edit(path, result.text);
    area.focus();
    area.setSelectionRange(result.start, result.end);
  };
  const keys = (event: KeyboardEvent) => {
    const buttons = [...(event.currentTarget as HTMLElement).querySelectorAll('button')];
    const at = buttons.indexOf(event.target as HTMLButtonElement);
    const rtl = getComputedStyle(event.currentTarget as HTMLElement).direction === 'rtl';
    const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1, Home: -at, End: buttons.length - 1 - at }[event.key];
    if (step === undefined || at < 0) return;
    event.preventDefault();
    const next = buttons[(at + step + buttons.length) % buttons.length]!;
    buttons.forEach((button) => (button.tabIndex = button === next ? 0 : -1));
    next.focus();
  };
  return html`<div
    class="toolbar"
    role="toolbar"
    aria-label=${ctx.t('formatting')}
    aria-controls=${id}
    @keydown=${keys}
  >
    ${ACTIONS.map(
      ([key, sign], index) => html`<button type="button" tabindex=${index === 0 ? 0 : -1} title=${ctx.t(key)} data-format=${key} @click=${(event: Event) => apply(event, index)}>
        <span aria-hidden="true">${sign}</span><span class="visually-hidden">${ctx.t(key)}</span>
      </button>`,
    )}
  </div>`;
}
