/**
 * Answer text without the signs of the feed's safe markup subset: link text
 * without its URL, no `**`/`*`, no list markers. Line breaks are kept. For
 * places that need plain text, not elements: search excerpts, JSON-LD.
 */
export function plainText(text: string): string {
  return text
    .replace(/\[([^\]]+)\]\([^)\s]+\)/g, '$1')
    .replace(/\*\*|\*/g, '')
    .replace(/^\s*(?:[-*]|\d{1,3}[.)])\s+/gm, '')
    .trim();
}
