/**
 * Text helpers shared by the search index and the result highlighting:
 * normalisation (case and accents folded: "Fécondation" → "fecondation"),
 * word splitting with positions, and the trigram similarity that makes
 * search tolerant of typos ("miscariage") and of unfinished words ("miscarr").
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const WORD = /[\p{L}\p{N}]+/gu;
const NOT_ASCII = /[^\0-\x7f]/;

/** Lower case, accents removed (ASCII text has none: lower case only, one string made instead of three). */
export function normalize(text: string): string {
  return NOT_ASCII.test(text) ? text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase() : text.toLowerCase();
}

/** The normalised words of a text. */
export function wordsOf(text: string): string[] {
  return normalize(text).match(WORD) ?? [];
}

/** Calls `each` with every normalised word of a text and its position in the original string, for highlighting. */
export function forEachWord(text: string, each: (word: string, start: number, end: number) => void): void {
  for (const match of text.matchAll(WORD)) each(normalize(match[0]), match.index, match.index + match[0].length);
}

/** The trigrams of a word, padded with a space at each end: "ivf" → " iv", "ivf", "vf ". */
export function trigramsOf(word: string): string[] {
  const padded = ` ${word} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return [...grams];
}
