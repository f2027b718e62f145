import { markupPlainText } from './answer-markup.js';
import type { Answer } from './types.js';

/**
 * Answer text without the signs of the feed's safe markup subset: link text
 * without its URL, no `**`/`*`, no list markers. Line breaks are kept. For
 * places that need plain text, not elements: search excerpts, JSON-LD.
 * Linear in the text's length (see `parseAnswerMarkup`).
 */
export const plainText = (text: string): string => markupPlainText(text);

/**
 * A question's first `count` answers that have text (video-only answers passed over), for
 * excerpts: bounded work whatever the question holds, and an excerpt even when the first
 * answers are videos.
 */
export function firstTextAnswers(answers: readonly Answer[], count: number): Answer[] {
  const found: Answer[] = [];
  for (let i = 0; i < answers.length && found.length < count; i++) if (answers[i]!.text) found.push(answers[i]!);
  return found;
}
