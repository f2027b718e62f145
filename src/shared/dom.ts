/** The nearest element matching `selector`, from `element` up, through shadow roots to their hosts. */
export function closestAcross(element: Element, selector: string): Element | null {
  for (let node: Element | null = element; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null)) {
    if (node.matches(selector)) return node;
  }
  return null;
}
