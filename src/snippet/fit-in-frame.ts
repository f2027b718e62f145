/**
 * Fits a question to its iframe, for the two iframe pages: demo/embed.js (bundled into
 * dist/embed/embed.js by scripts/embed-page.mjs) and each `fertility-qa pages`
 * embed.html, where it is inlined with `toString()` (so everything it uses is inside it).
 *
 * Whole when it fits; otherwise its title, summary, who answered and the first answer's start,
 * cut between blocks or after a whole line, never right after a heading (an expert's name
 * and details go with the start of their answer, or below the cut), fading out, with the rest `inert` (out of
 * the accessibility tree and the tab order), then `more` ("Read all answers"). The
 * whole height always goes to the embedding page (`fertility-qa:height`), which may grow
 * the frame to it. When the feed fails, `more` is removed (the fallback text stays).
 *
 * @param el The `<fertility-question>`, inside `clip`.
 * @param clip The box that is cut (class `cut` while cut).
 * @param more The "Read all answers" paragraph, after `clip`.
 * @param href Gives the link in `more` its address from the question, when given.
 */
export function fitInFrame(
  el: HTMLElement & { questionData?: unknown },
  clip: HTMLElement,
  more: HTMLElement,
  href?: (question: { url?: string }) => string,
): void {
  const shown = (node: Element) => [...(node.shadowRoot ?? node).children].filter((child) => child.getClientRects().length);
  const isBlock = (node: Element) => /^(block|list-item|flex|grid|table|flow-root)/.test(getComputedStyle(node).display);
  const leaves = (node: Element): Element[] => {
    const blocks = shown(node).filter(isBlock);
    return blocks.length ? blocks.flatMap(leaves) : [node];
  };
  const lineEdge = (block: Element, limit: number) => {
    const range = document.createRange();
    range.selectNodeContents(block);
    const boxes = [...range.getClientRects()].filter((box) => box.height);
    const fits = (y: number) => boxes.every((box) => box.bottom <= y || box.top >= y);
    return boxes.map((box) => box.bottom).filter((y) => y <= limit && fits(y)).sort((a, b) => b - a)[0];
  };
  const hideFrom = (node: Element, edge: number, partial?: Element): Element[] => {
    const { top, bottom } = node.getBoundingClientRect();
    if (bottom <= edge) return [];
    if (node === partial) {
      const below = [...node.querySelectorAll('a, button')].filter((child) => child.getBoundingClientRect().top >= edge);
      for (const child of below) child.setAttribute('inert', '');
      return below;
    }
    const blocks = shown(node).filter(isBlock);
    if (top >= edge || !blocks.length) {
      node.setAttribute('inert', '');
      return [node];
    }
    return blocks.flatMap((child) => hideFrom(child, edge, partial));
  };
  const headingLike = (node: Element) => /^H[1-6]$/.test(node.tagName) || node.getAttribute('role') === 'heading';
  // A heading, or the header that holds one (an expert's name, photo and details): nothing of its own below it yet.
  const headingGroup = (block: Element): Element | undefined => {
    const header = block.closest('header');
    if (header && header.querySelector('h1, h2, h3, h4, h5, h6, [role="heading"]')) return header;
    return headingLike(block) ? block : undefined;
  };
  let cut: Element[] = [];
  let posted = 0;
  const fit = () => {
    const question = el.questionData as { url?: string } | undefined;
    if (!question) return;
    for (const node of cut) node.removeAttribute('inert');
    cut = [];
    clip.classList.remove('cut');
    clip.style.removeProperty('max-block-size');
    more.hidden = true;
    const whole = Math.ceil(document.documentElement.scrollHeight);
    if (whole !== posted && parent !== window) parent.postMessage({ type: 'fertility-qa:height', height: (posted = whole) }, '*');
    if (whole <= innerHeight) return;
    const link = more.querySelector('a');
    if (href && link) link.href = href(question);
    more.hidden = false;
    const top = clip.getBoundingClientRect().top;
    // Room for the question: the frame, less "Read all answers" and the page's padding below it.
    const limit = innerHeight - (document.documentElement.scrollHeight - clip.getBoundingClientRect().bottom);
    const blocks = leaves(el);
    const next = blocks.find((block) => block.getBoundingClientRect().bottom > limit);
    // Between blocks; or, in a block that starts above the limit (not a heading), after its last whole line.
    let line = next && !headingGroup(next) ? lineEdge(next, limit) : undefined;
    let edge = line ?? Math.min(next?.getBoundingClientRect().top ?? limit, limit);
    // Never right after a heading: the cut moves up above it (an expert's whole header), unless that is the question's own start.
    const start = blocks[0]?.getBoundingClientRect().top ?? top;
    for (let moved = 0; moved < 4; moved++) {
      const last = blocks.filter((block) => block.getBoundingClientRect().bottom <= edge + 0.5).at(-1);
      const group = last && headingGroup(last);
      const above = group?.getBoundingClientRect().top;
      if (above === undefined || above <= start + 1) break;
      edge = above;
      line = undefined;
    }
    clip.style.maxBlockSize = `${Math.max(0, edge - top)}px`;
    clip.classList.add('cut');
    cut = hideFrom(el, edge, line ? next : undefined);
  };
  new ResizeObserver(fit).observe(el);
  addEventListener('resize', fit);
  el.addEventListener('qa-error', () => more.remove());
}

