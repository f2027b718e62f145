import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { feedText, isObject, listAt, move, newFeed, readFeedFile, setAt, setFeatured, textAt, uniqueId, valueAt, type Json, type Path } from '../document/feed-document.js';
import { idOwner, setEntryId } from '../document/ids.js';
import { checkDocument, ProblemIndex } from '../document/problems.js';
import { EditorLocalizeController, INTERFACE_LANGUAGES, type EditorMessageKey, type Params } from '../i18n/editor-localize.js';
import { canWriteFiles, ChangedOnDiskError, download, pickFile, readFromServer, saveWithPicker, writeToHandle, writeToServer } from '../file/file-access.js';
import { fieldId, type EditorContext, type ListPath } from './context.js';
import { categoriesSection, expertsSection, feedSection } from './feed-sections.js';
import { questionsSection } from './question-section.js';
import { problemSummary } from './problem-summary.js';
import { confirmNewDialog } from './confirm-new.js';
import { ReorderController } from './reorder-controller.js';
import { ActionBarController, SAVE_KEYS, SAVE_KEYS_SHOWN } from './action-bar-controller.js';
import { feedEditorStyles } from './feed-editor.styles.js';
import type { CsvImportEvent } from '../csv-import/csv-import.js';
import { importRows } from '../document/csv.js';

/** Fired after each save: the text written and how many problems it has. */
export class FeedSavedEvent extends Event {
  constructor(readonly detail: { text: string; problems: number; to: 'server' | 'file' | 'download' }) {
    super('fqa-saved', { bubbles: true, composed: true });
  }
}

/**
 * A feed editor for a clinic's content person: open, create, edit, check and save a
 * fertility-qa feed in forms, with the real elements previewing it beside them.
 *
 * @tagname fqa-feed-editor
 * @summary Writes and keeps a feed without touching JSON.
 * @fires fqa-saved - After each save (`detail`: `text`, `problems`, `to`).
 */
export class FqaFeedEditor extends LitElement implements EditorContext {
  static override styles = feedEditorStyles;

  static override properties = {
    endpoint: {},
    doc: { state: true },
    status: { state: true },
  };

  /** Under `fertility-qa edit`: the address the feed file is read from and saved to (GET, PUT). */
  declare endpoint: string | undefined;
  /** The feed being edited: the JSON document itself. */
  doc: Json = newFeed();
  /** What the live region last said. */
  status = '';
  problems = new ProblemIndex([]);

  private readonly localize = new EditorLocalizeController(this);
  private readonly reorder = new ReorderController(this, (list, from, to) => this.move(list, from, to));
  private fileName = 'feed.json';
  private handle: FileSystemFileHandle | undefined;
  /** Under `edit`: the version of the file read or last saved; a save is refused when the file on disk is another. */
  private serverVersion: string | undefined;
  private dirty = false;
  /** Entries shown open (by the object, so they stay open when moved). */
  private readonly opened = new WeakSet<object>();
  /** Entries added here whose id still follows their name. */
  private readonly idFollows = new WeakSet<object>();
  /** Entries whose id was emptied: the id their references still name, taken along by the next id. */
  private readonly formerIds = new WeakMap<object, string>();
  /** Text typed in fields and not yet committed (ids) or shown as typed (tags), by field key. */
  private readonly typed = new Map<string, string>();
  /** The question the preview shows (its index), followed from the field being edited. */
  private previewIndex = 0;
  private focusAfter?: { key: string; role: string };
  private csvText?: { text: string; name: string };

  constructor() {
    super();
    this.endpoint = undefined;
    // Ctrl/Cmd+S saves, except while the spreadsheet import's dialog is open.
    new ActionBarController(this, () => !this.csvText && (void this.save(), true));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeunload', this.onBeforeUnload);
    if (this.endpoint) void this.loadFromServer();
    else this.check();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeunload', this.onBeforeUnload);
  }

  private readonly onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (this.dirty) event.preventDefault();
  };

  t(key: EditorMessageKey, params?: Params): string {
    return this.localize.t(key, params);
  }

  // The document: opening, checking, saving.

  /** The feed as the file "Save" writes. */
  get feedText(): string {
    return feedText(this.doc);
  }

  /** Opens a feed from its text; says why in the status when it is not a feed. Returns whether it opened. */
  openText(text: string, name = 'feed.json', handle?: FileSystemFileHandle): boolean {
    const read = readFeedFile(text);
    if ('error' in read) {
      this.say(read.error === 'not-object' ? this.t('openNotObject', { name }) : this.t('openNotJson', { name, error: read.error }));
      return false;
    }
    this.doc = read.document;
    this.fileName = name;
    this.handle = handle;
    this.dirty = false;
    this.previewIndex = 0;
    this.check();
    this.say(this.t('opened', { name, count: this.problems.all.length }));
    return true;
  }

  /**
   * Starts a new, empty feed in the interface's language. Under `fertility-qa edit` the
   * file stays the server's: saving the new feed replaces it, and the editor says so.
   */
  startNew(): void {
    this.doc = newFeed(this.localize.lang.split('-')[0] || 'en');
    if (!this.endpoint) this.fileName = 'feed.json';
    this.handle = undefined;
    this.dirty = false;
    this.typed.clear();
    this.check();
    this.say(this.endpoint ? this.t('startedHere', { name: this.fileName }) : this.t('started'));
  }

  /** "New feed": starts one at once when nothing is unsaved, else asks first. */
  private askNew(): void {
    if (!this.dirty) this.startNew();
    else this.renderRoot.querySelector<HTMLDialogElement>('#confirm-new')?.showModal();
  }

  private async loadFromServer(): Promise<void> {
    try {
      const { name, text, version } = await readFromServer(this.endpoint!);
      this.serverVersion = version;
      if (text === undefined) {
        this.startNew();
        this.fileName = name;
        this.say(this.t('newFileHere', { name }));
      } else this.openText(text, name);
    } catch (error) {
      this.say(this.t('serverError', { error: String(error) }));
    }
  }

  private check(): void {
    this.problems = new ProblemIndex(checkDocument(this.doc, typeof location === 'undefined' ? undefined : location.href));
    this.requestUpdate();
  }

  /** Saves where the feed came from: the local server, the opened file, a chosen file, or a download. */
  async save(saveAs = false): Promise<void> {
    const text = this.feedText;
    const problems = this.problems.all.length;
    let to: FeedSavedEvent['detail']['to'] = 'download';
    try {
      if (this.endpoint && !saveAs) {
        this.serverVersion = await writeToServer(this.endpoint, text, this.serverVersion);
        to = 'server';
      } else if (this.handle && !saveAs) {
        await writeToHandle(this.handle, text);
        to = 'file';
      } else if (canWriteFiles()) {
        const handle = await saveWithPicker(this.fileName, text);
        if (!handle) return;
        this.handle = handle;
        this.fileName = handle.name;
        to = 'file';
      } else download(this.fileName, text);
    } catch (error) {
      if (error instanceof ChangedOnDiskError) this.say(this.t('changedOnDisk', { name: this.fileName }));
      else this.say(this.t('saveFailed', { error: error instanceof Error ? error.message : String(error) }));
      return;
    }
    this.dirty = false;
    this.say(`${this.t(to === 'download' ? 'downloaded' : 'saved', { name: this.fileName })}${problems ? ` ${this.t('savedWithProblems', { count: problems })}` : ''}`);
    this.dispatchEvent(new FeedSavedEvent({ text, problems, to }));
  }

  private async open(): Promise<void> {
    const input = this.renderRoot.querySelector<HTMLInputElement>('#file-input')!;
    const file = await pickFile('feed', input).catch((error: unknown) => void this.say(String(error)));
    if (file) this.openText(file.text, file.name, file.handle);
  }

  private async pickTable(): Promise<void> {
    const input = this.renderRoot.querySelector<HTMLInputElement>('#file-input')!;
    const file = await pickFile('table', input).catch((error: unknown) => void this.say(String(error)));
    if (file) this.importTable(file.text, file.name);
  }

  /** Shows the column mapping of a spreadsheet's text (CSV or TSV) before importing it. */
  importTable(text: string, name = 'table.csv'): void {
    this.csvText = { text, name };
    this.requestUpdate();
  }

  private onImport(event: CsvImportEvent): void {
    const added = importRows(this.doc, event.detail.rows, event.detail.mapping);
    this.csvText = undefined;
    this.changed();
    const also = [added.experts && this.t('importedExperts', { count: added.experts }), added.categories && this.t('importedCategories', { count: added.categories })].filter(Boolean) as string[];
    const list = new Intl.ListFormat(this.localize.lang, { type: 'conjunction' }).format(also);
    this.say(`${this.t('imported', { count: added.questions })}${also.length ? ` ${this.t('importedAlso', { list })}` : ''}`);
  }

  private say(message: string): void {
    // The same words twice would not be announced again: a zero-width space tells them apart.
    this.status = message === this.status.replace(/\u200b$/, '') ? `${message}\u200b` : message;
  }

  private changed(): void {
    this.dirty = true;
    this.check();
  }

  // EditorContext: what the form's templates call.

  edit(path: Path, value: unknown): void {
    setAt(this.doc, path, value);
    // A video whose last field was emptied goes, rather than stay as an empty, invalid object.
    const parent = path.slice(0, -1);
    const holder = valueAt(this.doc, parent);
    if (value === '' && parent[parent.length - 1] === 'video' && isObject(holder) && Object.keys(holder).length === 0) setAt(this.doc, parent, undefined);
    this.changed();
  }

  typedAt(key: string): string | undefined {
    return this.typed.get(key);
  }

  keepTyped(key: string, text: string | undefined): void {
    if (text !== undefined) this.typed.set(key, text);
    else if (this.typed.delete(key)) this.requestUpdate();
  }

  editId(list: 'categories' | 'experts' | 'questions', index: number, value: string): void {
    const entry = valueAt(this.doc, [list, index]);
    if (!isObject(entry) || value === textAt(entry, ['id'])) return;
    const owner = idOwner(this.doc, list, entry, value);
    if (owner >= 0) {
      const kind = ({ questions: 'questionHeading', experts: 'expertHeading', categories: 'categoryHeading' } as const)[list];
      this.say(this.t('idTaken', { id: value, owner: this.t(kind, { number: owner + 1, name: this.nameOf(listAt(this.doc, [list])[owner]) }) }));
      this.requestUpdate();
      return;
    }
    this.idFollows.delete(entry);
    setEntryId(this.doc, list, entry, value, this.formerIds);
    this.changed();
  }

  editName(list: 'categories' | 'experts' | 'questions', index: number, key: 'name' | 'title', value: string): void {
    const entry = valueAt(this.doc, [list, index]);
    if (!isObject(entry)) return;
    setAt(entry, [key], value);
    if (this.idFollows.has(entry)) {
      const others = listAt(this.doc, [list]).filter((other) => other !== entry);
      setEntryId(this.doc, list, entry, value.trim() ? uniqueId(value, others, list === 'questions' ? 'question' : list === 'experts' ? 'expert' : 'category') : '', this.formerIds);
    }
    this.changed();
  }

  add(list: ListPath): void {
    const entries = listAt(this.doc, list);
    const first = (key: 'categories' | 'experts') => {
      const found = valueAt(this.doc, [key]);
      return Array.isArray(found) ? (found.find((item) => isObject(item) && typeof item['id'] === 'string') as Json | undefined)?.['id'] : undefined;
    };
    const last = list[list.length - 1];
    const entry: Json =
      last === 'questions'
        ? { id: '', title: '', category: first('categories') ?? '', answers: [{ expert: first('experts') ?? '', text: '' }] }
        : last === 'answers'
          ? { expert: first('experts') ?? '', text: '' }
          : last === 'references'
            ? { title: '' }
            : { id: '', name: '' };
    entries.push(entry);
    if (last !== 'answers' && last !== 'references') this.idFollows.add(entry);
    this.opened.add(entry);
    const answers = entry['answers'];
    if (Array.isArray(answers)) answers.forEach((answer) => this.opened.add(answer as object));
    if (list[0] === 'questions') this.previewIndex = list.length === 1 ? entries.length - 1 : (list[1] as number);
    this.changed();
    this.focusAfter = { key: [...list, entries.length - 1].join('.'), role: 'first-field' };
  }

  removeEntry(list: ListPath, index: number): void {
    const entries = listAt(this.doc, list);
    const [entry] = entries.splice(index, 1);
    if (list.length === 1 && list[0] === 'questions' && isObject(entry) && typeof entry['id'] === 'string') setFeatured(this.doc, entry['id'], false);
    this.changed();
    this.say(this.t('removed', { name: this.nameOf(entry) }));
    this.focusAfter = entries.length ? { key: [...list, Math.min(index, entries.length - 1)].join('.'), role: 'toggle' } : { key: list.join('.'), role: 'add' };
  }

  move(list: ListPath, from: number, to: number): void {
    const entries = listAt(this.doc, list);
    if (!move(entries, from, to)) return;
    const role = (this.renderRoot as ShadowRoot).activeElement?.getAttribute('data-role') ?? 'toggle';
    if (list[0] === 'questions' && list.length === 1) this.previewIndex = to;
    this.changed();
    this.say(this.t('moved', { name: this.nameOf(entries[to]), position: to + 1, count: entries.length }));
    this.focusAfter = { key: [...list, to].join('.'), role };
  }

  isOpen(key: string): boolean {
    const entry = valueAt(this.doc, key.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)));
    return isObject(entry) && this.opened.has(entry);
  }

  toggle(key: string): void {
    const entry = valueAt(this.doc, key.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)));
    if (!isObject(entry)) return;
    if (this.opened.has(entry)) this.opened.delete(entry);
    else this.opened.add(entry);
    this.requestUpdate();
  }

  private nameOf(entry: unknown): string {
    return (isObject(entry) && (textAt(entry, ['title']) || textAt(entry, ['name']) || textAt(entry, ['expert']))) || this.t('untitled');
  }

  /** Goes to the field of a problem: opens the entries around it and moves focus there. */
  async jumpTo(key: string): Promise<void> {
    const parts = key.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    for (let end = 1; end <= parts.length; end++) {
      const entry = valueAt(this.doc, parts.slice(0, end));
      if (typeof parts[end - 1] === 'number' && isObject(entry)) this.opened.add(entry);
    }
    if (parts[0] === 'questions' && typeof parts[1] === 'number') this.previewIndex = parts[1];
    this.requestUpdate();
    await this.updateComplete;
    for (let end = parts.length; end >= 0; end--) {
      const target = this.renderRoot.querySelector<HTMLElement>(`#${fieldId(parts.slice(0, end).join('.') || 'title')}`);
      if (target) {
        target.focus();
        target.scrollIntoView?.({ block: 'center' });
        return;
      }
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const after = this.focusAfter;
    if (!after) return;
    this.focusAfter = undefined;
    const root = this.renderRoot;
    let target: HTMLElement | null = null;
    if (after.role === 'add') target = root.querySelector(`[data-add="${after.key}"]`);
    else {
      const item = root.querySelector(`li[data-key="${after.key}"]`);
      target = after.role === 'first-field' ? (item?.querySelector('.item-body input, .item-body select, .item-body textarea') ?? null) : (item?.querySelector(`[data-role="${after.role}"]:not([disabled])`) ?? item?.querySelector('[data-role="toggle"]') ?? null);
    }
    target?.focus();
  }

  /** The preview follows the question whose fields have focus. */
  private onFocusIn(event: FocusEvent): void {
    const item = (event.composedPath().find((node) => node instanceof HTMLElement && node.dataset['question'] !== undefined) as HTMLElement | undefined)?.dataset['question'];
    if (item !== undefined && Number(item) !== this.previewIndex) {
      this.previewIndex = Number(item);
      this.requestUpdate();
    }
  }

  protected override render() {
    const questions = valueAt(this.doc, ['questions']);
    const previewQuestion = Array.isArray(questions) ? questions[Math.min(this.previewIndex, questions.length - 1)] : undefined;
    const language = textAt(this.doc, ['language']);
    return html`<div class="editor" dir=${this.localize.dir} lang=${this.localize.lang}>
      <header class="bar">
        <h1>${this.t('editorTitle')} <span class="file" dir="auto">${this.fileName}</span></h1>
        <div class="actions">
          <button type="button" data-role="new" @click=${() => this.askNew()}>${this.t('new')}</button>
          ${this.endpoint ? nothing : html`<button type="button" @click=${() => this.open()}>${this.t('open')}</button>`}
          <button type="button" @click=${() => this.pickTable()}>${this.t('importTable')}</button>
          <button type="button" class="primary" aria-keyshortcuts=${SAVE_KEYS} @click=${() => this.save()}>${this.t('save')}</button>
          <kbd class="shortcut" aria-hidden="true">${SAVE_KEYS_SHOWN}</kbd>
          ${this.endpoint ? nothing : html`<button type="button" @click=${() => this.save(true)}>${canWriteFiles() ? this.t('saveAs') : this.t('download')}</button>`}
          <label class="ui-lang">${this.t('interfaceLanguage')}
            <select @change=${(event: Event) => this.setAttribute('lang', (event.target as HTMLSelectElement).value)}>
              ${INTERFACE_LANGUAGES.map(([tag, name]) => html`<option value=${tag} lang=${tag} ?selected=${this.localize.lang.split('-')[0] === tag}>${name}</option>`)}
            </select>
          </label>
        </div>
        <input type="file" id="file-input" hidden tabindex="-1" aria-hidden="true" />
        ${confirmNewDialog(this, this.fileName, () => this.startNew())}
        <p class="status" role="status">${this.status}</p>
      </header>
      <div class="layout">
        <form class="form" @submit=${(event: Event) => event.preventDefault()} @focusin=${this.onFocusIn} novalidate aria-label=${this.t('formLabel')}>
          ${problemSummary(this, (key) => void this.jumpTo(key))} ${feedSection(this)} ${categoriesSection(this, this.reorder)} ${expertsSection(this, this.reorder)}
          ${questionsSection(this, this.reorder)}
        </form>
        <fqa-editor-preview
          class="preview"
          .feedText=${this.feedText}
          .question=${isObject(previewQuestion) ? textAt(previewQuestion, ['id']) : ''}
          .feedLanguage=${language}
          .t=${this.boundT}
        ></fqa-editor-preview>
      </div>
      ${this.csvText
        ? html`<fqa-csv-import
            .text=${this.csvText.text}
            .fileName=${this.csvText.name}
            .t=${this.boundT}
            @fqa-csv-import=${this.onImport}
            @fqa-csv-cancel=${() => ((this.csvText = undefined), this.requestUpdate())}
          ></fqa-csv-import>`
        : nothing}
    </div>`;
  }

  /** `t`, for the elements inside (the preview, the import dialog). */
  private readonly boundT = (key: EditorMessageKey, params?: Params) => this.t(key, params);
}

declare global {
  interface HTMLElementTagNameMap {
    'fqa-feed-editor': FqaFeedEditor;
  }
}
