import { markupPlainText } from './answer-markup.js';

/**
 * Answer text without the signs of the feed's safe markup subset: link text
 * without its URL, no `**`/`*`, no list markers. Line breaks are kept. For
 * places that need plain text, not elements: search excerpts, JSON-LD.
 * Linear in the text's length (see `parseAnswerMarkup`).
 */
export const plainText = (text: string): string => markupPlainText(text);
