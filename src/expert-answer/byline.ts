/**
 * The pieces of an expert's byline that the widget and its text copy (src/snippet/fallback.ts)
 * both show: pure functions, so they run in a browser and in Node (the CLI).
 */

/** "Dr Ada Example" → "AE": the expert's initials, for a byline or video panel without a photo. */
export function initials(name: string): string {
  // [^()]* stops at the next parenthesis, so each is read once (a lazy .*? re-read the rest of the name from every "(").
  const words = name.replace(/\([^()]*\)/g, '').split(/\s+/).filter((word) => /^\p{L}/u.test(word) && !/^(dr|prof|د|أ\.?د)\.?$/i.test(word));
  // Arabic letters join: two of them read as a syllable, so an Arabic name gives its first letter only.
  const last = words.length > 1 && !/^\p{Script=Arabic}/u.test(words[0]!) ? words[words.length - 1] : undefined;
  return [words[0], last].map((word) => word?.[0] ?? '').join('').toUpperCase();
}

/** Credentials short enough to stand after the name ("MD, FRCOG"); longer ones stay in "About this expert" only. */
export function shortCredentials(credentials: string | undefined): string | undefined {
  const value = credentials?.trim();
  return value && value.length <= 32 ? value : undefined;
}
