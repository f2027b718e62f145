/**
 * What search knows of a feed's language: its stop words (filler that never
 * matches on its own) and its stemmer ("getting" → "get"). Each language is
 * its own small chunk, loaded with the search code for the feed's language
 * only. Lists and stemmers come from @orama/stopwords and @orama/stemmers
 * (Snowball; Apache-2.0): English about 1.4 KB gzip, Spanish about 4 KB,
 * French about 3 KB, German about 2.2 KB (each fetched only for a feed in it).
 */
import { normalize } from './text-match.js';

/** Stop words and stemmer of one language. */
export interface LanguagePack {
  /** Normalised (lower case, accents folded) stop words. */
  stopWords: ReadonlySet<string>;
  /** The stem of a normalised word. */
  stem: (word: string) => string;
}

type Loaded = [{ stemmer: (word: string) => string }, { stopwords: string[] }];

/** Each language's pack, by primary subtag: a map, so no tag from a feed ("constructor", "__proto__") reads an object's own properties. */
const packs = new Map<string, () => Promise<Loaded>>([
  ['en', () => Promise.all([import('@orama/stemmers/english'), import('@orama/stopwords/english')])],
  ['es', () => Promise.all([import('@orama/stemmers/spanish'), import('@orama/stopwords/spanish')])],
  ['fr', () => Promise.all([import('@orama/stemmers/french'), import('@orama/stopwords/french')])],
  ['de', () => Promise.all([import('@orama/stemmers/german'), import('@orama/stopwords/german')])],
]);

/** Languages with stop words and stemming; any other feed gets accent folding only. */
export const SEARCH_LANGUAGES = [...packs.keys()];

/** The primary language subtag of a BCP 47 tag, lower case ("es-MX" → "es"). */
export const primaryLanguage = (tag: string): string => tag.toLowerCase().split('-')[0]!;

/**
 * The pack of a BCP 47 tag's language ("es-MX" → Spanish); English when the
 * feed names none, a plain pack (no stop words, no stemming) for others.
 */
export async function languagePack(tag = 'en'): Promise<LanguagePack> {
  const language = primaryLanguage(tag);
  const load = packs.get(language);
  if (!load) return { stopWords: new Set(), stem: (word) => word };
  const [{ stemmer }, { stopwords }] = await load();
  const stopWords = new Set(stopwords.map(normalize));
  // Snowball's English list holds "a"; @orama/stopwords' copy of it lacks it.
  if (language === 'en') stopWords.add('a');
  return { stopWords, stem: stemmer };
}
