/**
 * Text helpers shared by the search index and the result highlighting:
 * normalisation (case and accents folded: "Fécondation" → "fecondation"),
 * word splitting with positions, and the trigram similarity that makes
 * search tolerant of typos ("miscariage") and of unfinished words ("miscarr").
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const WORD = /[\p{L}\p{N}]+/gu;

/** Lower case, accents removed. */
export function normalize(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
}

/** The normalised words of a text. */
export function wordsOf(text: string): string[] {
  return normalize(text).match(WORD) ?? [];
}

/** Words of a text with their positions in the original string, for highlighting. */
export function wordSpans(text: string): Array<{ word: string; start: number; end: number }> {
  const spans: Array<{ word: string; start: number; end: number }> = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index ?? 0;
    spans.push({ word: normalize(match[0]), start, end: start + match[0].length });
  }
  return spans;
}

/** The trigrams of a word, padded with a space at each end: "ivf" → " iv", "ivf", "vf ". */
export function trigramsOf(word: string): string[] {
  const padded = ` ${word} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return [...grams];
}
