/**
 * The feed's safe markup subset for answer text (docs/feed.md), read once into
 * blocks and inline pieces that every renderer shares: the widget (Lit), the
 * static HTML copy (snippet, `pages`) and plain text (search excerpts, JSON-LD,
 * `split`).
 *
 * - Blocks are separated by a blank line. A block whose every line starts with
 *   "- " or "* " is a bulleted list, "1. " or "1) " a numbered one; any other
 *   block is a paragraph whose lines are kept as line breaks.
 * - Inline: `**bold**`, `*emphasis*`, `[2]` (a citation of reference 2) and
 *   `[label](https://…)`, read left to right, the first that matches at a place.
 *
 * The reader is one pass over each line with no regular expression that can
 * backtrack over feed text: where a piece needs "the next `*`" or "the next
 * `]`", it asks a cursor that only ever moves forward, so the work grows
 * linearly with the text however it is written (`[a](x` repeated 20,000 times
 * took 2.5 s per renderer with the regular expression this replaces).
 */

/** One piece of a line. */
export type InlinePiece =
  | { kind: 'text'; text: string }
  | { kind: 'strong'; text: string }
  | { kind: 'em'; text: string }
  /** `[n]`: `source` is the text as written, shown as it is where there is no reference n. */
  | { kind: 'cite'; number: number; source: string }
  /** `[label](href)`: `href` as written, not yet checked (renderers keep only http(s)). */
  | { kind: 'link'; label: string; href: string };

/** One block of an answer. */
export type MarkupBlock =
  | { kind: 'paragraph'; lines: InlinePiece[][] }
  | { kind: 'bullets' | 'numbered'; items: InlinePiece[][] };

/** How many steps the reader has taken in all (characters looked at), for tests and benchmarks that count work instead of timing it: read the difference. */
export const markupWork = { steps: 0 };

// Anchored, and nothing follows the spaces they end on: linear.
const BULLET = /^[-*]\s+/;
const NUMBERED = /^\d{1,3}[.)]\s+/;

/** The blocks of an answer's text (`\r\n` and `\r` read as line breaks; blank blocks dropped). */
export function parseAnswerMarkup(text: string): MarkupBlock[] {
  const blocks: MarkupBlock[] = [];
  let lines: string[] = [];
  const close = () => {
    if (lines.length) blocks.push(block(lines));
    lines = [];
  };
  for (const line of splitLines(text)) {
    const trimmed = line.trim();
    if (trimmed === '') close();
    else lines.push(trimmed);
  }
  close();
  return blocks;
}

function block(lines: string[]): MarkupBlock {
  for (const [kind, marker] of [
    ['bullets', BULLET],
    ['numbered', NUMBERED],
  ] as const) {
    if (lines.every((line) => marker.test(line))) return { kind, items: lines.map((line) => parseInline(line.replace(marker, ''))) };
  }
  return { kind: 'paragraph', lines: lines.map((line) => parseInline(line)) };
}

/** A text's lines, split at `\r\n`, `\r` and `\n`. */
function splitLines(text: string): string[] {
  return text.split(/\r\n?|\n/);
}

/**
 * A cursor to the next place at or after `from` holding one of `chars` (a global regular
 * expression of one character class: each place is tried once, nothing to backtrack), or
 * the line's end. Asked with `from` that never decreases, it reads each character once.
 */
function nextOf(line: string, chars: RegExp): (from: number) => number {
  let found = -1;
  return (from) => {
    if (found >= from) return found;
    chars.lastIndex = from;
    found = chars.exec(line)?.index ?? line.length;
    markupWork.steps += found - from + 1;
    return found;
  };
}

const STAR = 42; // *
const OPEN = 91; // [
const PAREN_OPEN = 40; // (
const PAREN_CLOSE = 41; // )
const isDigit = (code: number) => code >= 48 && code <= 57;

/** The pieces of one line of answer text. */
export function parseInline(line: string): InlinePiece[] {
  const pieces: InlinePiece[] = [];
  const nextStar = nextOf(line, /\*/g);
  const nextClose = nextOf(line, /]/g);
  const nextHrefEnd = nextOf(line, /[)\s]/g);
  let text = 0; // where the plain text not yet given out starts
  let at = 0;
  const emit = (end: number, piece: InlinePiece) => {
    if (at > text) pieces.push({ kind: 'text', text: line.slice(text, at) });
    pieces.push(piece);
    at = text = end;
  };
  while (at < line.length) {
    markupWork.steps++;
    const code = line.charCodeAt(at);
    if (code === STAR) {
      if (line.charCodeAt(at + 1) === STAR) {
        // **bold**: up to the next "*", which must start "**"
        const star = nextStar(at + 2);
        if (star > at + 2 && star < line.length && line.charCodeAt(star + 1) === STAR) {
          emit(star + 2, { kind: 'strong', text: line.slice(at + 2, star) });
          continue;
        }
      } else if (at + 1 < line.length && !/\s/.test(line[at + 1]!)) {
        // *emphasis*: starts with neither a space nor "*", up to the next "*"
        const star = nextStar(at + 1);
        if (star < line.length) {
          emit(star + 1, { kind: 'em', text: line.slice(at + 1, star) });
          continue;
        }
      }
    } else if (code === OPEN) {
      const close = nextClose(at + 1);
      if (close < line.length && close > at + 1) {
        const inside = line.slice(at + 1, close);
        const followedByParen = line.charCodeAt(close + 1) === PAREN_OPEN;
        if (!followedByParen && close - at <= 3 && [...inside].every((c) => isDigit(c.charCodeAt(0)))) {
          emit(close + 1, { kind: 'cite', number: Number(inside), source: line.slice(at, close + 1) });
          continue;
        }
        if (followedByParen) {
          const end = nextHrefEnd(close + 2);
          if (end > close + 2 && line.charCodeAt(end) === PAREN_CLOSE) {
            emit(end + 1, { kind: 'link', label: inside, href: line.slice(close + 2, end) });
            continue;
          }
        }
      }
    }
    at++;
  }
  at = line.length;
  if (at > text) pieces.push({ kind: 'text', text: line.slice(text) });
  return pieces;
}

/** A piece as plain text: link text without its URL, bold and emphasis without their signs. */
export function pieceText(piece: InlinePiece): string {
  switch (piece.kind) {
    case 'cite':
      return piece.source;
    case 'link':
      return piece.label;
    default:
      return piece.text;
  }
}

/** A list marker at the start of a line of plain text ("- ", "1. "), or alone on it. */
const MARKER = /^(?:[-*]|\d{1,3}[.)])(?:\s+|$)/;

/**
 * Answer text without the signs of the markup: link text without its URL, no
 * `**`/`*`, no list markers (also at the start of a line in a paragraph);
 * line breaks kept, blocks separated by a blank line. For places that need
 * plain text: search excerpts, JSON-LD, `split`.
 */
export function markupPlainText(text: string): string {
  const line = (pieces: InlinePiece[]) => pieces.map(pieceText).join('').replaceAll('*', '');
  return parseAnswerMarkup(text)
    .map((block) => (block.kind === 'paragraph' ? block.lines.map((pieces) => line(pieces).replace(MARKER, '')) : block.items.map(line)).join('\n'))
    .join('\n\n')
    .trim();
}
