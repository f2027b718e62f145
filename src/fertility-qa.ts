/**
 * The script-tag entry: `<script type="module" src=".../fertility-qa.js">`
 * registers every element. (Bundler users import `fertility-qa` for the
 * classes and `fertility-qa/define.js` to register the tags.)
 *
 * This file is tiny on purpose. It loads the rest (Lit and the elements: a
 * chunk with a hashed name beside it) only if no copy of fertility-qa got here
 * first. So a second copy of the script, from another URL or of another version,
 * never evaluates Lit: no tag is defined twice, and Lit's Trusted Types policy
 * (`lit-html`) is not created twice, which a `trusted-types` directive without
 * `'allow-duplicates'` would refuse with an exception. The clash is reported in
 * one warning. No chunk imports this file, so a query string on it
 * (`fertility-qa.js?ver=6.4`) loads nothing twice. It also starts the feeds'
 * requests at once (preloadFeeds).
 */
const FIRST = Symbol.for('fertility-qa');
const host = globalThis as { [FIRST]?: string };

if (host[FIRST] || customElements.get('fertility-question')) {
  console.warn(`fertility-qa: <fertility-question>, <expert-answer>, <qa-feed>, <qa-search> are already defined by another copy of the script (${host[FIRST]}); this one (${import.meta.url}) is not used.`);
} else {
  host[FIRST] = import.meta.url;
  preloadFeeds();
  reserveSpace();
  import('./define.js').then(
    () => {},
    (error: unknown) => console.warn(`fertility-qa: could not be loaded (${error}).`),
  );
}

/**
 * Starts each feed's request now, beside the core's: each element asks for its
 * feed only once the core has loaded, a chain of four requests before the first
 * answer (page, this file, the core, the feed). A `<link rel="preload">` the
 * element's own request then takes over. Only http(s) feeds, once each, and not
 * for `cache="session"` (whose request carries its own headers).
 */
function preloadFeeds(): void {
  const preloaded = new Set<string>();
  for (const element of document.querySelectorAll('fertility-question[src], qa-search[src], qa-feed[src]')) {
    if (element.hasAttribute('cache')) continue;
    let url: URL;
    try {
      url = new URL(element.getAttribute('src')!.trim(), document.baseURI);
    } catch {
      continue; // the element says what is wrong with it
    }
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || preloaded.has(url.href)) continue;
    preloaded.add(url.href);
    const link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = url.href;
    document.head.append(link);
  }
}

/**
 * Holds the place of each widget with nothing in it yet (a script-only embed: no
 * text copy inside) that the reader can see: from its top to the window's
 * bottom, at once. The widget then grows below the window, where growth moves
 * nothing the reader sees, instead of pushing the post down twice (its
 * placeholder, then the question: CLS 0.6 near the top of a post). The widget
 * lets go once it shows its question, results or message (ReservedSpaceController).
 * Not for a hidden, collapsible or compact element, nor one the page sizes
 * inline. Run before the first paint (`<script … blocking="render">` in the
 * page's `<head>`, in Chromium), nothing moves at all.
 */
function reserveSpace(): void {
  for (const element of document.querySelectorAll<HTMLElement>('fertility-question, qa-search')) {
    if ([...element.children].some((child) => child.localName !== 'script')) continue; // a text copy holds its own place
    if (element.hasAttribute('collapsible') || element.hasAttribute('compact')) continue; // small once shown: no room to hold
    if (element.style.display || element.style.minHeight || element.style.minBlockSize) continue; // the page sizes it itself
    if (!element.getClientRects().length) continue; // hidden by the page (display: none, hidden)
    const { top } = element.getBoundingClientRect();
    if (top >= innerHeight || top < 0) continue; // out of view: its growth moves nothing the reader sees
    // Written inline, and taken back exactly (ReservedSpaceController): display only where the element is still inline.
    const inline = getComputedStyle(element).display === 'inline';
    element.setAttribute('data-fqa-reserved', inline ? 'display' : '');
    if (inline) element.style.setProperty('display', 'block');
    element.style.setProperty('min-height', `${Math.ceil(innerHeight - top)}px`);
  }
}
