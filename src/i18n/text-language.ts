/** Language tags, read without the DOM (the text copy uses them in Node too). */

/** The primary language subtag: "es-MX" → "es". */
export const primary = (tag: string): string => tag.toLowerCase().split(/[-_]/)[0] ?? 'en';

/**
 * The `lang` for feed text inside a widget whose own words are in `widgetLanguage`: the
 * feed's `language` when its primary subtag differs (an English feed on an Arabic page), so
 * screen readers read it in its own voice (WCAG 3.1.2) and `dir="auto"` beside it lays it
 * out in its own direction; undefined when they agree or the feed does not say.
 */
export function feedTextLanguage(feedLanguage: string | undefined, widgetLanguage: string): string | undefined {
  return feedLanguage && primary(feedLanguage) !== primary(widgetLanguage) ? feedLanguage : undefined;
}
