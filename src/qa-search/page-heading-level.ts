/**
 * The level of the page's last heading before `element` (0 when there is none): a widget's headings follow it.
 * In <qa-search>'s folder, which reads it: src/shared/ goes into the core chunk.
 */
export function pageHeadingLevelBefore(element: Element): number {
  const before = [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].filter((h) => h.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING);
  return Number(before.at(-1)?.localName[1] ?? 0);
}
