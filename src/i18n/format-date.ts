/** Formats a YYYY-MM-DD date in the reader's language, as a calendar date (its own module: the static copy uses it in Node too). */
export function formatDate(isoDate: string, language: string, dateStyle: 'long' | 'medium' = 'long'): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  try {
    return new Intl.DateTimeFormat(language, { dateStyle, timeZone: 'UTC' }).format(date);
  } catch {
    return new Intl.DateTimeFormat('en', { dateStyle, timeZone: 'UTC' }).format(date);
  }
}
