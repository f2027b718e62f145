import { LitElement, html, type PropertyValues } from 'lit';
import type { EditorMessageKey, Params } from '../i18n/editor-localize.js';
import { editorPreviewStyles } from './editor-preview.styles.js';

/**
 * The live preview: the feed being edited, shown by the real elements (`<fertility-question>`
 * for the question being edited, or `<qa-search>` over the whole feed), in a frame as wide
 * as a phone (390 px) or as the pane. The feed reaches them as an inline
 * `<script type="application/json">` whose text is set as text, so whatever was typed is
 * read by the widget's own loader and validator, as a reader's page would read it.
 *
 * @tagname fqa-editor-preview
 */
export class FqaEditorPreview extends LitElement {
  static override styles = editorPreviewStyles;
  static override properties = {
    feedText: { attribute: false },
    question: {},
    feedLanguage: {},
    view: { state: true },
    width: { state: true },
    t: { attribute: false },
  };

  /** The feed as JSON text. */
  declare feedText: string;
  /** The id of the question shown in the question view. */
  declare question: string;
  /** The feed's language: the preview is in it, as readers see it. */
  declare feedLanguage: string;
  declare view: 'question' | 'search';
  declare width: 'phone' | 'desktop';
  declare t: (key: EditorMessageKey, params?: Params) => string;
  private timer?: ReturnType<typeof setTimeout>;
  /** What the frame shows now, so an unchanged feed is not drawn again. */
  private shown = '';

  constructor() {
    super();
    this.feedText = '';
    this.question = '';
    this.feedLanguage = '';
    this.view = 'question';
    this.width = 'phone';
    this.t = (key) => key;
  }

  /** Resolves once the frame shows the current feed (after the short pause that spares redrawing on every keystroke). */
  get settled(): Promise<void> {
    return this.updateComplete.then(() => (this.timer ? new Promise<void>((resolve) => setTimeout(resolve, 250)).then(() => this.settled) : undefined));
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!['feedText', 'question', 'feedLanguage', 'view'].some((key) => changed.has(key as keyof FqaEditorPreview))) return;
    clearTimeout(this.timer);
    // At once for a change of question or view; after a pause while typing.
    const wait = changed.has('feedText') && this.shown ? 200 : 0;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.draw();
    }, wait);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  private draw(): void {
    const frame = this.renderRoot.querySelector<HTMLElement>('.frame');
    if (!frame) return;
    const key = `${this.view}\u0000${this.question}\u0000${this.feedLanguage}\u0000${this.feedText}`;
    if (key === this.shown) return;
    this.shown = key;
    if (this.view === 'question' && !this.question) {
      const note = document.createElement('p');
      note.className = 'empty';
      note.textContent = this.t('previewEmpty');
      frame.replaceChildren(note);
      return;
    }
    const element = document.createElement(this.view === 'search' ? 'qa-search' : 'fertility-question');
    if (this.view === 'question') element.setAttribute('question', this.question);
    const data = document.createElement('script');
    data.type = 'application/json';
    data.textContent = this.feedText; // text, never parsed as markup
    element.append(data);
    frame.replaceChildren(element);
  }

  protected override render() {
    const lang = this.feedLanguage || 'en';
    return html`<section aria-labelledby="preview-heading">
      <h2 id="preview-heading">${this.t('preview')}</h2>
      <div class="controls">
        <fieldset>
          <legend>${this.t('previewView')}</legend>
          ${(['question', 'search'] as const).map(
            (view) => html`<label><input type="radio" name="view" value=${view} .checked=${this.view === view} @change=${() => (this.view = view)} />${this.t(view === 'question' ? 'viewQuestion' : 'viewSearch')}</label>`,
          )}
        </fieldset>
        <fieldset>
          <legend>${this.t('previewWidth')}</legend>
          ${(['phone', 'desktop'] as const).map(
            (width) => html`<label><input type="radio" name="width" value=${width} .checked=${this.width === width} @change=${() => (this.width = width)} />${this.t(width === 'phone' ? 'widthPhone' : 'widthDesktop')}</label>`,
          )}
        </fieldset>
      </div>
      <div class="frame ${this.width}" lang=${lang} dir=${lang.split('-')[0] === 'ar' ? 'rtl' : 'ltr'} data-view=${this.view}></div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fqa-editor-preview': FqaEditorPreview;
  }
}
