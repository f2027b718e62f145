import { LitElement, html, type PropertyValues } from 'lit';
import { cell, guessMapping, IMPORT_FIELDS, parseTable, type ImportField, type Mapping, type Table } from '../document/csv.js';
import type { EditorMessageKey, Params } from '../i18n/editor-localize.js';
import { csvImportStyles } from './csv-import.styles.js';

/** Fired when the reader confirms an import: the rows and the columns chosen for each field. */
export class CsvImportEvent extends Event {
  constructor(readonly detail: { rows: string[][]; mapping: Mapping }) {
    super('fqa-csv-import', { bubbles: true, composed: true });
  }
}

/** The message of each field's label in the mapping. */
const FIELD_LABELS: Record<ImportField, EditorMessageKey> = {
  title: 'questionTitle',
  category: 'category',
  summary: 'summary',
  tags: 'tags',
  answer: 'answerText',
  expert: 'expert',
  published: 'published',
  reviewed: 'reviewed',
  nextReview: 'nextReview',
  urgent: 'urgent',
};

/**
 * The import of a spreadsheet (CSV or TSV), in a modal dialog: which column fills
 * each field (guessed from the header row, changeable), the first rows as they will
 * be read, and the rows that could not be read. Nothing is added before "Import".
 *
 * @tagname fqa-csv-import
 * @fires fqa-csv-import - The reader chose Import (`detail`: `rows`, `mapping`).
 * @fires fqa-csv-cancel - The reader closed the dialog without importing.
 */
export class FqaCsvImport extends LitElement {
  static override styles = csvImportStyles;
  static override properties = { text: {}, fileName: {}, t: { attribute: false }, mapping: { state: true } };

  /** The spreadsheet's text. */
  declare text: string;
  /** Its file name, shown in the heading. */
  declare fileName: string;
  /** The editor's messages. */
  declare t: (key: EditorMessageKey, params?: Params) => string;
  declare mapping: Mapping;
  private table: Table = { headers: [], rows: [], delimiter: ',' };

  constructor() {
    super();
    this.text = '';
    this.fileName = '';
    this.t = (key) => key;
    this.mapping = guessMapping([]);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('text')) {
      this.table = parseTable(this.text);
      this.mapping = guessMapping(this.table.headers);
    }
  }

  protected override firstUpdated(): void {
    this.renderRoot.querySelector('dialog')?.showModal();
  }

  private choose(field: ImportField, column: number): void {
    this.mapping = { ...this.mapping, [field]: column };
  }

  private confirm(): void {
    this.renderRoot.querySelector('dialog')?.close();
    this.dispatchEvent(new CsvImportEvent({ rows: this.table.rows, mapping: this.mapping }));
  }

  private cancel(): void {
    this.dispatchEvent(new Event('fqa-csv-cancel', { bubbles: true, composed: true }));
  }

  protected override render() {
    const { headers, rows, delimiter } = this.table;
    const withTitle = rows.filter((row) => cell(row, this.mapping, 'title')).length;
    const shown = IMPORT_FIELDS.filter((field) => this.mapping[field] >= 0);
    return html`<dialog aria-labelledby="import-heading" @cancel=${() => this.cancel()}>
      <h2 id="import-heading">${this.t('importHeading', { name: this.fileName })}</h2>
      <p>${this.t('importFound', { count: rows.length, columns: headers.length, separator: delimiter === '\t' ? this.t('tab') : delimiter })}</p>
      <fieldset>
        <legend>${this.t('importMapping')}</legend>
        <div class="mapping">
          ${IMPORT_FIELDS.map(
            (field) => html`<label
              >${this.t(FIELD_LABELS[field])}
              <select data-field=${field} @change=${(event: Event) => this.choose(field, Number((event.target as HTMLSelectElement).value))}>
                <option value="-1" ?selected=${this.mapping[field] < 0}>${this.t('noColumn')}</option>
                ${headers.map((header, index) => html`<option value=${index} ?selected=${this.mapping[field] === index}>${header || this.t('columnNumber', { number: index + 1 })}</option>`)}
              </select>
            </label>`,
          )}
        </div>
      </fieldset>
      <h3>${this.t('importPreview')}</h3>
      <div class="table-wrap" tabindex="0" role="region" aria-label=${this.t('importPreview')}>
        <table>
          <thead>
            <tr>
              ${shown.map((field) => html`<th scope="col">${this.t(FIELD_LABELS[field])}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${rows.slice(0, 3).map(
              (row) => html`<tr>
                ${shown.map((field) => html`<td dir="auto">${cell(row, this.mapping, field).slice(0, 200)}</td>`)}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <p>${this.t('importWillAdd', { count: withTitle })}</p>
      <div class="buttons">
        <button type="button" @click=${() => (this.renderRoot.querySelector('dialog')?.close(), this.cancel())}>${this.t('cancel')}</button>
        <button type="button" class="primary" ?disabled=${withTitle === 0} @click=${() => this.confirm()}>${this.t('importConfirm', { count: withTitle })}</button>
      </div>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fqa-csv-import': FqaCsvImport;
  }
}
