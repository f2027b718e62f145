/**
 * The answer markup's readers as they were at 051fde0 (before issue 26), kept
 * only as the baseline of bench/hostile-text.bench.ts: a regular expression
 * per line, whose link branch scanned to the line's end from every "[" and
 * backtracked, and plain text's link rule, which spanned lines.
 */
const INLINE = /\*\*(?<strong>[^*]+?)\*\*|\*(?<em>[^*\s][^*]*?)\*|\[(?<cite>\d{1,2})\](?!\()|\[(?<label>[^\]]+)\]\((?<href>[^)\s]+)\)/g;

/** The old reading of one line: the pieces as [kind, text]. */
function inlineOld(line: string): Array<[string, string]> {
  const parts: Array<[string, string]> = [];
  let last = 0;
  for (const match of line.matchAll(INLINE)) {
    const { strong, em, cite, label } = match.groups ?? {};
    parts.push(['text', line.slice(last, match.index)]);
    parts.push(strong !== undefined ? ['strong', strong] : em !== undefined ? ['em', em] : cite !== undefined ? ['cite', cite] : ['link', label ?? '']);
    last = (match.index ?? 0) + match[0].length;
  }
  parts.push(['text', line.slice(last)]);
  return parts;
}

/** The old blocks and lines, each line read by the old expression (what the widget and the HTML copy did). */
export function readOld(text: string): Array<Array<Array<[string, string]>>> {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => block.split('\n').map((line) => inlineOld(line.trim())));
}

/** The old plain text (search excerpts, JSON-LD, split). */
export function plainTextOld(text: string): string {
  return text
    .replace(/\[([^\]]+)\]\([^)\s]+\)/g, '$1')
    .replace(/\*\*|\*/g, '')
    .replace(/^\s*(?:[-*]|\d{1,3}[.)])\s+/gm, '')
    .trim();
}
