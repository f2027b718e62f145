/**
 * Opening and saving files: the File System Access API where the browser has it
 * (Chromium: "Save" writes back to the file that was opened), a file input and a
 * download elsewhere; and, under `fertility-qa edit`, the local server's address.
 */

/** The parts of the File System Access API used here (not yet in TypeScript's DOM types). */
interface PickerOptions {
  types?: Array<{ description: string; accept: Record<string, string[]> }>;
  suggestedName?: string;
  excludeAcceptAllOption?: boolean;
}
interface Pickers {
  showOpenFilePicker?: (options?: PickerOptions) => Promise<FileSystemFileHandle[]>;
  showSaveFilePicker?: (options?: PickerOptions) => Promise<FileSystemFileHandle>;
}

const pickers = globalThis as unknown as Pickers;

/** Whether "Save" can write back to an opened file. */
export const canWriteFiles = (): boolean => typeof pickers.showOpenFilePicker === 'function' && typeof pickers.showSaveFilePicker === 'function';

export interface OpenedFile {
  name: string;
  text: string;
  handle?: FileSystemFileHandle;
}

const FEED_TYPES = [{ description: 'JSON feed', accept: { 'application/json': ['.json'] } }];
const TABLE_TYPES = [{ description: 'Spreadsheet (CSV, TSV)', accept: { 'text/csv': ['.csv'], 'text/tab-separated-values': ['.tsv', '.tab'], 'text/plain': ['.txt'] } }];

/** Asks the reader for a file: the browser's file picker, or `input` (a hidden file input) where it has none. Undefined when cancelled. */
export async function pickFile(kind: 'feed' | 'table', input: HTMLInputElement): Promise<OpenedFile | undefined> {
  if (canWriteFiles()) {
    try {
      const [handle] = await pickers.showOpenFilePicker!({ types: kind === 'feed' ? FEED_TYPES : TABLE_TYPES });
      if (!handle) return undefined;
      const file = await handle.getFile();
      return { name: file.name, text: await file.text(), ...(kind === 'feed' && { handle }) };
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return undefined;
      throw error;
    }
  }
  input.accept = kind === 'feed' ? '.json,application/json' : '.csv,.tsv,.tab,.txt,text/csv,text/tab-separated-values';
  input.value = '';
  const file = await new Promise<File | undefined>((resolve) => {
    input.addEventListener('change', () => resolve(input.files?.[0]), { once: true });
    input.addEventListener('cancel', () => resolve(undefined), { once: true });
    input.click();
  });
  return file ? { name: file.name, text: await file.text() } : undefined;
}

/** Writes the text into a file the reader chose earlier. */
export async function writeToHandle(handle: FileSystemFileHandle, text: string): Promise<void> {
  const writable = await handle.createWritable();
  await writable.write(text);
  await writable.close();
}

/** Asks where to save (the browser's save picker) and writes there; undefined when cancelled. */
export async function saveWithPicker(name: string, text: string): Promise<FileSystemFileHandle | undefined> {
  try {
    const handle = await pickers.showSaveFilePicker!({ suggestedName: name, types: FEED_TYPES });
    await writeToHandle(handle, text);
    return handle;
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return undefined;
    throw error;
  }
}

/** Saves the text as a download named `name` (browsers without the File System Access API). */
export function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Under `fertility-qa edit`: the feed file's text from the local server (undefined when
 * the file does not exist yet), and the tag of that version of it, which a save sends back.
 */
export async function readFromServer(endpoint: string): Promise<{ name: string; text: string | undefined; version: string | undefined }> {
  const response = await fetch(endpoint, { cache: 'no-store' });
  const name = decodeURIComponent(response.headers.get('x-file-name') ?? 'feed.json');
  if (response.status === 404) return { name, text: undefined, version: undefined };
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return { name, text: await response.text(), version: response.headers.get('etag') ?? undefined };
}

/** A save refused because the file changed on disk since the editor read it. */
export class ChangedOnDiskError extends Error {}

/**
 * Under `fertility-qa edit`: writes the file through the local server, only over the
 * version read (`version`; none: only where there is no file yet). Resolves with the tag
 * of the version written; throws ChangedOnDiskError when the file changed meanwhile.
 */
export async function writeToServer(endpoint: string, text: string, version: string | undefined): Promise<string | undefined> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(version ? { 'if-match': version } : { 'if-none-match': '*' }) };
  const response = await fetch(endpoint, { method: 'PUT', headers, body: text });
  if (response.status === 412) throw new ChangedOnDiskError(await response.text());
  if (!response.ok) throw new Error((await response.text()) || `HTTP ${response.status}`);
  return response.headers.get('etag') ?? undefined;
}
