/**
 * The host page's look for the iframe page (dist/embed/embed.html): font family, text
 * size, text and link colour, from the embed address's parameters (`font`, `size`,
 * `color`, `link`), which the snippet builder fills from its pickers. Untrusted input
 * (anyone can write a link): each is read by a strict pattern, rebuilt from what it
 * matched, and set through the CSSOM (`style.setProperty`), one property each, so no
 * value can end a declaration, add another, load a URL (`url()`, `@import`) or reach
 * anything but the one property. Anything else is left out with one warning.
 */

/** Generic font families, written without quotes. */
const GENERIC = new Set(['serif', 'sans-serif', 'monospace', 'cursive', 'fantasy', 'system-ui', 'ui-serif', 'ui-sans-serif', 'ui-monospace', 'ui-rounded', 'math']);
/** A family name: letters (any script), digits, spaces, hyphens; at most 60 characters. */
const FAMILY = /^[\p{L}\p{N} -]{1,60}$/u;
/** At most this many families in the list. */
const MAX_FAMILIES = 6;

/** `Georgia, "Times New Roman", serif` from a list as written (quotes optional); undefined when any part is not a plain family name. */
export function fontFamilies(value: string): string | undefined {
  const names = value.split(',').map((name) => name.trim().replace(/^(["'])(.*)\1$/, '$2').trim());
  if (!names.length || names.length > MAX_FAMILIES || names.some((name) => !FAMILY.test(name))) return undefined;
  return names.map((name) => (GENERIC.has(name.toLowerCase()) ? name.toLowerCase() : `"${name}"`)).join(', ');
}

/** A text size: 12–32 px, or 0.75–2 rem/em; undefined otherwise. */
export function textSize(value: string): string | undefined {
  const match = /^(\d{1,2}(?:\.\d{1,3})?)(px|rem|em)$/.exec(value.trim());
  if (!match) return undefined;
  const n = Number(match[1]);
  const px = match[2] === 'px' ? n : n * 16;
  return px >= 12 && px <= 32 ? `${n}${match[2]}` : undefined;
}

/** A colour as a colour picker gives it (`#rgb` or `#rrggbb`); undefined otherwise. */
export function hexColour(value: string): string | undefined {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
  return match ? `#${match[1]!.toLowerCase()}` : undefined;
}

/** What each parameter sets: the page's own property and the widget's custom property. */
const PARAMETERS = [
  { name: 'font', read: fontFamilies, properties: ['font-family', '--fqa-font-family'], what: 'a list of font family names' },
  { name: 'size', read: textSize, properties: ['font-size', '--fqa-font-size'], what: 'a size from 12px to 32px (or 0.75rem to 2rem)' },
  { name: 'color', read: hexColour, properties: ['color', '--fqa-color-text'], what: 'a colour as #rgb or #rrggbb' },
  { name: 'link', read: hexColour, properties: ['--fqa-embed-link', '--fqa-color-accent'], what: 'a colour as #rgb or #rrggbb' },
] as const;

/** The properties to set on the page's body (CSS property → value) from the embed address's parameters; `warn` hears of each one left out. */
export function hostLook(params: URLSearchParams, warn: (message: string) => void): Record<string, string> {
  const look: Record<string, string> = {};
  for (const { name, read, properties, what } of PARAMETERS) {
    const given = params.get(name);
    if (given === null || given === '') continue;
    const value = given.length <= 400 ? read(given) : undefined;
    if (value === undefined) {
      warn(`?${name}= "${given.slice(0, 80)}" is not ${what}; it is ignored.`);
      continue;
    }
    for (const property of properties) look[property] = value;
  }
  return look;
}
