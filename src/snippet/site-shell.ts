import { escapeHtml } from './fallback.js';

/**
 * The frame every page of a `fertility-qa pages` site sits in: the clinic's own
 * template (`--template`: an HTML file with `<!-- fertility-qa:content -->` where
 * the page's content goes), or a plain default with the site's name as a header.
 *
 * A template's relative addresses (its stylesheet, logo, links) are written for a
 * page at the site's top; each page gets them rebased for its own depth
 * (`../` per folder), so the site works wherever it is published, also at another
 * address than --base-url (a preview). Addresses with a scheme, `//host`, `/root`,
 * `#fragment`, `?query` and `data:` are left as they are.
 *
 * The template is the clinic's own file, trusted as their page is; only feed text is
 * untrusted, and it reaches the shell escaped (title, description) or as the
 * page's own escaped markup.
 */

/** The marker a template puts where each page's content goes. */
export const CONTENT_MARKER = '<!-- fertility-qa:content -->';

/** A template, read: its head (without what each page writes itself), and the body around the marker. */
export interface SiteTemplate {
  head: string;
  /**
   * What was left out of the template's head because each page writes its own, or because it
   * would break every page: a canonical, description, robots, Open Graph or Twitter tag, a
   * `<base>` (every relative link would lead elsewhere), JSON-LD. Each as written (shortened).
   */
  dropped: string[];
  before: string;
  after: string;
  /** Whether the template has its own `<main>` around the marker (else each page brings one). */
  hasMain: boolean;
  /** Attributes of the template's `<body>` (its classes keep the clinic's look). */
  bodyAttributes: string;
}

/** Why a template cannot be used, in one sentence. */
export class TemplateError extends Error {}

/** Case-insensitive index of `tag` (like `<head` or `</head>`), -1 when absent; plain search, no pattern over the file. */
const find = (text: string, tag: string, from = 0) => text.toLowerCase().indexOf(tag, from);

/** The end of the start tag that begins at `start` (after its `>`). */
const tagEnd = (text: string, start: number) => {
  const end = text.indexOf('>', start);
  return end < 0 ? -1 : end + 1;
};

/**
 * Reads a template: exactly one content marker inside `<body>`, a `<head>`.
 * Throws TemplateError saying what is missing.
 */
export function readTemplate(html: string): SiteTemplate {
  const marker = html.indexOf(CONTENT_MARKER);
  if (marker < 0) throw new TemplateError(`it has no ${CONTENT_MARKER} where the pages' content goes.`);
  if (html.indexOf(CONTENT_MARKER, marker + 1) >= 0) throw new TemplateError(`it has ${CONTENT_MARKER} more than once; put it once, where the pages' content goes.`);
  const headStart = find(html, '<head');
  const headEnd = find(html, '</head>');
  const bodyStart = find(html, '<body');
  const bodyEnd = find(html, '</body>');
  if (headStart < 0 || headEnd < headStart) throw new TemplateError('it has no <head>…</head>.');
  if (bodyStart < 0 || bodyEnd < bodyStart) throw new TemplateError('it has no <body>…</body>.');
  const bodyOpen = tagEnd(html, bodyStart);
  if (marker < bodyOpen || marker > bodyEnd) throw new TemplateError(`${CONTENT_MARKER} is outside its <body>.`);
  const head = html.slice(tagEnd(html, headStart), headEnd);
  const titleStart = find(head, '<title');
  const titleEnd = find(head, '</title>');
  const withoutTitle = titleStart >= 0 && titleEnd > titleStart ? head.slice(0, titleStart) + head.slice(titleEnd + '</title>'.length) : head;
  const { kept, dropped } = pageOwnTags(withoutTitle);
  const before = html.slice(bodyOpen, marker);
  return {
    head: kept.trim(),
    dropped,
    before: before.replace(/^\n/, ''),
    after: html.slice(marker + CONTENT_MARKER.length, bodyEnd).replace(/\n$/, ''),
    hasMain: find(before, '<main') >= 0,
    bodyAttributes: html.slice(bodyStart + '<body'.length, bodyOpen - 1).trim(),
  };
}

/** The value of attribute `name` in a start tag (quoted or not), lower-cased and trimmed; '' when absent. */
function attribute(tag: string, name: string): string {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(tag);
  return (match?.[1] ?? match?.[2] ?? match?.[3] ?? '').trim().toLowerCase();
}

/** Meta names and properties each page writes itself (a prefix when it ends in `:`). */
const PAGE_META = ['description', 'robots', 'og:', 'twitter:'];

/**
 * A template head without what each page writes itself or what would break every page
 * (see SiteTemplate.dropped), and without its charset and viewport (the shell writes both,
 * first): `kept`, and each element left out that the clinic should hear about, `dropped`.
 */
function pageOwnTags(head: string): { kept: string; dropped: string[] } {
  const dropped: string[] = [];
  const kept = head.replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>|<(?:link|meta|base)\b[^>]*>/gi, (element) => {
    const tag = element.slice(0, element.indexOf('>') + 1);
    const name = tag.slice(1).split(/[\s/>]/)[0]!.toLowerCase();
    const meta = attribute(tag, 'name') || attribute(tag, 'property');
    const own =
      (name === 'link' && attribute(tag, 'rel').split(/\s+/).includes('canonical')) ||
      (name === 'meta' && PAGE_META.some((key) => (key.endsWith(':') ? meta.startsWith(key) : meta === key))) ||
      name === 'base' ||
      (name === 'script' && attribute(tag, 'type') === 'application/ld+json');
    if (own) {
      dropped.push(tag.length > 120 ? `${tag.slice(0, 117)}…>` : tag);
      return '';
    }
    return name === 'meta' && (attribute(tag, 'charset') || meta === 'viewport') ? '' : element;
  });
  return { kept: kept.replace(/\n\s*\n/g, '\n'), dropped };
}

/** A relative address (no scheme, not `//`, `/`, `#`, `?`), which rebasing prefixes. */
export const isRelativeAddress = (value: string): boolean => value !== '' && !/^([a-z][a-z0-9+.-]*:|[/#?\\])/i.test(value);

/** `url(…)` and `@import "…"` in CSS: the address is group 2 (`url`) or 4 (`@import`). */
export const CSS_ADDRESS = /url\(\s*(["']?)([^"')]*)\1\s*\)|@import\s+(["'])([^"']*)\3/gi;

/** CSS with `prefix` before each relative address of its `url()`s and `@import`s. */
function rebaseCss(css: string, prefix: string): string {
  return css.replace(CSS_ADDRESS, (whole, quote: string | undefined, address: string | undefined, importQuote: string, imported: string) => {
    if (address !== undefined) return isRelativeAddress(address.trim()) ? `url(${quote}${prefix}${address.trim()}${quote})` : whole;
    return isRelativeAddress(imported) ? `@import ${importQuote}${prefix}${imported}${importQuote}` : whole;
  });
}

/** Inline CSS of a template's HTML, each piece passed through `edit`: `<style>` elements' text and `style` attributes' values. */
function inlineCss(html: string, edit: (css: string) => string): string {
  return html
    .replace(/(<style\b[^>]*>)([\s\S]*?)(<\/style\s*>)/gi, (_, open: string, css: string, close: string) => `${open}${edit(css)}${close}`)
    .replace(/(\sstyle\s*=\s*)(?:"([^"]*)"|'([^']*)')/gi, (_, name: string, double: string | undefined, single: string | undefined) =>
      double !== undefined ? `${name}"${edit(double)}"` : `${name}'${edit(single!)}'`,
    );
}

/**
 * The relative addresses in `href`, `src`, `poster` and `srcset` attributes of a
 * template's HTML, and in its inline CSS (`<style>`, `style=""`: `url()`, `@import`), with
 * `prefix` before each (`../../` for a page two folders down).
 * One forward pass over attributes; quoted values only (as HTML editors write them).
 */
export function rebaseHtml(html: string, prefix: string): string {
  if (!prefix) return html;
  return inlineCss(html, (css) => rebaseCss(css, prefix)).replace(/(\s(?:href|src|poster|srcset)\s*=\s*)(["'])([^"']*)\2/gi, (_, name: string, quote: string, value: string) => {
    const rebased = name.trim().toLowerCase().startsWith('srcset')
      ? value
          .split(',')
          .map((item) => item.replace(/^(\s*)(\S+)/, (__, space: string, url: string) => `${space}${isRelativeAddress(url) ? prefix + url : url}`))
          .join(',')
      : isRelativeAddress(value)
        ? prefix + value
        : value;
    return `${name}${quote}${rebased}${quote}`;
  });
}

/** The relative addresses a template's HTML names (its stylesheet, images, icons, links, what its inline CSS names): each to copy beside the site, or a page of it. */
export function templateAddresses(html: string): string[] {
  const found = new Set<string>();
  for (const match of html.matchAll(/\s(?:href|src|poster|srcset)\s*=\s*(["'])([^"']*)\1/gi)) {
    for (const item of match[0].toLowerCase().includes('srcset') ? match[2]!.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [match[2]!]) {
      if (isRelativeAddress(item)) found.add(item);
    }
  }
  inlineCss(html, (css) => {
    for (const match of css.matchAll(CSS_ADDRESS)) {
      const address = (match[2] ?? match[4] ?? '').trim();
      if (isRelativeAddress(address)) found.add(address);
    }
    return css;
  });
  return [...found];
}

/** What one page puts into the shell. */
export interface ShellPage {
  /** `<html>`'s lang and dir. */
  lang: string;
  dir?: 'rtl';
  /** The page's own head (title, meta, links, JSON-LD), already escaped. */
  head: string;
  /** The page's content, already escaped. */
  content: string;
  /** How many folders below the site's top the page is (0: index.html). */
  depth: number;
  /** The site's name, for the default header. */
  siteName: string;
  /** The default shell's skip link's words ("Skip to content"), in the page's language. */
  skipLabel: string;
}

/** The stylesheet every page links (written at the site's top by `pages`). */
export const SITE_STYLESHEET = 'fertility-qa-site.css';

/** The site's own styles: the default shell's page (only under `.fertility-qa-site`), and the lists and breadcrumb in any shell. */
export const SITE_STYLES = `.fertility-qa-site { margin: 0; font-family: system-ui, sans-serif; line-height: 1.55; color: #1f2328; background: #fff; }
.fertility-qa-site-header, .fertility-qa-site main, .fertility-qa-site-footer { box-sizing: border-box; max-inline-size: 46rem; margin-inline: auto; padding: 1rem; }
.fertility-qa-site-header { border-block-end: 1px solid #d0d7de; }
.fertility-qa-site-header a { font-weight: 700; color: inherit; text-decoration: none; }
.fertility-qa-site-header a:hover, .fertility-qa-site-header a:focus-visible { text-decoration: underline; }
.fertility-qa-site-footer { border-block-start: 1px solid #d0d7de; color: #57606a; font-size: 0.875rem; }
.fertility-qa-site a { color: #0550ae; }
.fertility-qa-skip { position: absolute; inset-inline-start: 1rem; inset-block-start: -10rem; padding: 0.5rem 0.75rem; background: #fff; color: #0550ae; border: 2px solid currentColor; border-radius: 0.25rem; z-index: 1; }
.fertility-qa-skip:focus { inset-block-start: 0.5rem; }
.fertility-qa-breadcrumb ol { display: flex; flex-wrap: wrap; gap: 0.25rem 0.5rem; margin: 0 0 1rem; padding: 0; list-style: none; font-size: 0.9375rem; }
.fertility-qa-breadcrumb li:not(:last-child)::after { content: "›"; margin-inline-start: 0.5rem; }
.fertility-qa-site-list, .fertility-qa-site-categories { padding-inline-start: 1.25rem; }
.fertility-qa-site-list li, .fertility-qa-site-categories li { margin-block: 0.4rem; overflow-wrap: anywhere; }
.fertility-qa-site-categories p { margin: 0.1rem 0 0; }
.fertility-qa-more { margin-block-start: 2rem; }
@media (prefers-reduced-motion: no-preference) { .fertility-qa-site :focus-visible { transition: outline-offset 0.1s; } }
`;

/** The whole page: the template (rebased for the page's depth) or the default shell, with the page's head and content. */
export function shellPage(page: ShellPage, template?: SiteTemplate): string {
  const up = '../'.repeat(page.depth);
  const main = (content: string) => `<main id="content">\n${content}\n</main>`;
  // The same head in either shell: charset and viewport first, the page's own tags, the site's stylesheet, then the template's.
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    page.head,
    `<link rel="stylesheet" href="${up}${SITE_STYLESHEET}">`,
    ...(template?.head ? [rebaseHtml(template.head, up)] : []),
  ].join('\n');
  const body = template
    ? `<body${template.bodyAttributes ? ` ${rebaseHtml(` ${template.bodyAttributes}`, up).trim()}` : ''}>
${rebaseHtml(template.before, up)}${template.hasMain ? page.content : main(page.content)}${rebaseHtml(template.after, up)}`
    : `<body class="fertility-qa-site">
<a class="fertility-qa-skip" href="#content">${escapeHtml(page.skipLabel)}</a>
<header class="fertility-qa-site-header"><a href="${up || './'}">${escapeHtml(page.siteName)}</a></header>
${main(page.content)}`;
  return `<!doctype html>
<html lang="${escapeHtml(page.lang)}"${page.dir ? ` dir="${page.dir}"` : ''}>
<head>
${head}
</head>
${body}
</body>
</html>
`;
}
