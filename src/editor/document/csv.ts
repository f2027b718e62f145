import { dsvFormat } from 'd3-dsv';
import { isObject, listAt, setAt, textAt, uniqueId, type Json } from './feed-document.js';

/** A spreadsheet read from its CSV or TSV text: its header row, the rows under it, and the separator found. */
export interface Table {
  headers: string[];
  rows: string[][];
  /** The separator found: `,`, `;`, `|` or a tab. */
  delimiter: string;
}

/** What each question field is read from: a column index, or -1 for none. */
export type Mapping = Record<ImportField, number>;

/** The fields an import fills, in the order the mapping lists them. */
export const IMPORT_FIELDS = ['title', 'category', 'summary', 'tags', 'answer', 'expert', 'published', 'reviewed', 'nextReview', 'urgent'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Header words that name each field (English, Spanish, French, German), lower-case. */
const GUESSES: Record<ImportField, readonly string[]> = {
  title: ['question', 'title', 'pregunta', 'titulo', 'título', 'titre', 'frage', 'titel', 'q'],
  category: ['category', 'categoría', 'categoria', 'catégorie', 'kategorie', 'topic', 'section'],
  summary: ['summary', 'resumen', 'résumé', 'zusammenfassung'],
  tags: ['tags', 'keywords', 'etiquetas', 'mots-clés', 'schlagwörter'],
  answer: ['answer', 'respuesta', 'réponse', 'antwort', 'text', 'a'],
  expert: ['expert', 'experto', 'experta', 'experte', 'author', 'answered by', 'doctor'],
  published: ['published', 'date', 'publicado', 'publié', 'veröffentlicht'],
  reviewed: ['reviewed', 'last reviewed', 'revisado', 'revu', 'geprüft'],
  nextReview: ['next review', 'nextreview', 'review by'],
  urgent: ['urgent', 'warning', 'urgente', 'dringend'],
};

/**
 * The separator of a spreadsheet's text: the one of tab, comma, semicolon (spreadsheets
 * in languages that write 1,5) and bar that its header line holds most often outside
 * quotes. One pass over that line.
 */
export function findDelimiter(text: string): string {
  const counts = new Map<string, number>([['\t', 0], [',', 0], [';', 0], ['|', 0]]);
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  let best = ',';
  for (const [delimiter, count] of counts) if (count > counts.get(best)!) best = delimiter;
  return best;
}

/** Reads a CSV or TSV text with d3-dsv (RFC 4180: quoted cells, quotes and line breaks inside them); blank rows are left out. */
export function parseTable(text: string): Table {
  const clean = text.replace(/^\uFEFF/, '');
  const delimiter = findDelimiter(clean);
  const [headers = [], ...rows] = dsvFormat(delimiter)
    .parseRows(clean)
    .filter((row) => row.some((value) => value.trim() !== ''));
  return { headers: headers.map((header) => header.trim()), rows, delimiter };
}

/** The column each field is most likely in, from the header's words; -1 where none fits. */
export function guessMapping(headers: readonly string[]): Mapping {
  const taken = new Set<number>();
  const mapping = {} as Mapping;
  for (const field of IMPORT_FIELDS) {
    const normal = headers.map((header) => header.toLowerCase().replace(/[_*:]+/g, ' ').trim());
    let column = normal.findIndex((header, index) => !taken.has(index) && GUESSES[field].includes(header));
    if (column < 0) column = normal.findIndex((header, index) => !taken.has(index) && GUESSES[field].some((word) => word.length > 2 && header.includes(word)));
    mapping[field] = column;
    if (column >= 0) taken.add(column);
  }
  return mapping;
}

/** One row's value for a field, trimmed; '' where the field has no column. */
export const cell = (row: readonly string[], mapping: Mapping, field: ImportField): string => (mapping[field] >= 0 ? String(row[mapping[field]] ?? '').trim() : '');

/**
 * Adds the rows as questions at the end of the feed. A category or expert is found by
 * its id or its name; one not in the feed yet is added (by name, with an id made from
 * it), so the import never points at something missing. Rows without a question are
 * skipped. Everything is kept as text: nothing in a cell is read as markup or code.
 */
export function importRows(document: Json, rows: readonly string[][], mapping: Mapping): { questions: number; experts: number; categories: number } {
  const added = { questions: 0, experts: 0, categories: 0 };
  const find = (list: 'categories' | 'experts', value: string): string => {
    const entries = listAt(document, [list]);
    const lower = value.toLowerCase();
    const found = entries.find((entry) => isObject(entry) && (entry['id'] === value || textAt(entry, ['name']).toLowerCase() === lower));
    if (isObject(found)) return String(found['id']);
    const id = uniqueId(value, entries, list === 'experts' ? 'expert' : 'category');
    entries.push({ id, name: value });
    added[list]++;
    return id;
  };
  const questions = listAt(document, ['questions']);
  for (const row of rows) {
    const title = cell(row, mapping, 'title');
    if (!title) continue;
    const question: Json = { id: uniqueId(title, questions, 'question'), title };
    const category = cell(row, mapping, 'category');
    question['category'] = category ? find('categories', category) : '';
    for (const field of ['summary', 'published', 'reviewed', 'nextReview', 'urgent'] as const) setAt(question, [field], cell(row, mapping, field));
    const tags = cell(row, mapping, 'tags');
    if (tags) question['tags'] = tags.split(/[,;]/).map((tag) => tag.trim()).filter(Boolean);
    const text = cell(row, mapping, 'answer');
    const expert = cell(row, mapping, 'expert');
    question['answers'] = text || expert ? [{ expert: expert ? find('experts', expert) : '', text }] : [];
    questions.push(question);
    added.questions++;
  }
  return added;
}
