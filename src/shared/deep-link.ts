/**
 * Deep links from the page's URL fragment: `#question-id` names a question,
 * `#question-id--expert-id` one expert's answer to it (validation gives each
 * answer that id). The fragment comes from whoever wrote the link, so reading
 * it never throws.
 */

/** Between a question's id and an expert's id in an answer's anchor. */
export const ANSWER_SEPARATOR = '--';

/**
 * A URL fragment (`location.hash`, with or without its `#`), percent-decoded.
 * `undefined` when it is not valid percent-encoding (`#%`, a cut-off
 * `#%E0%A4%A`, a lone surrogate `#%ED%A0%80`), where `decodeURIComponent` throws.
 */
export function decodeFragment(hash: string): string | undefined {
  try {
    return decodeURIComponent(hash.startsWith('#') ? hash.slice(1) : hash);
  } catch {
    return undefined;
  }
}

/** The question id a decoded fragment names: the part before `--`, if any. */
export function questionOfFragment(fragment: string): string {
  return fragment.split(ANSWER_SEPARATOR, 1)[0]!;
}

/** The anchor of one expert's answer to a question: `question-id--expert-id` (validation gives each answer this id). */
export function answerAnchor(questionId: string, expertId: string): string {
  return `${questionId}${ANSWER_SEPARATOR}${expertId}`;
}

/**
 * Whether the page itself owns the anchor `fragment`: an element with that id,
 * or an `<a name>`, in the page outside `widget` (and outside the widgets it sits
 * in, through shadow roots). The page's own anchors win: a skip link to `#main`
 * goes to the page's `<main id="main">` even when a feed has a question `main`,
 * so deep links are followed only for ids the page does not own.
 */
export function pageOwnsAnchor(fragment: string, widget: Element): boolean {
  let outermost: Element = widget;
  for (let root = widget.getRootNode(); root instanceof ShadowRoot; root = outermost.getRootNode()) outermost = root.host;
  const name = CSS.escape(fragment);
  return [...widget.ownerDocument.querySelectorAll(`[id="${name}"], a[name="${name}"]`)].some((anchor) => !outermost.contains(anchor));
}
