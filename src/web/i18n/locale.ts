// The languages of the public interface and how they show in paths: German at the root, English under /en.
export const LOCALES = ['de', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const ENGLISH_PREFIX = '/en';

export function localeOfPath(path: string): Locale {
  return path === ENGLISH_PREFIX || path.startsWith(`${ENGLISH_PREFIX}/`) ? 'en' : 'de';
}

/** The path without the language prefix: "/en/vorhaben" → "/vorhaben". */
export function unlocalisedPath(path: string): string {
  if (localeOfPath(path) === 'de') return path;
  return path.slice(ENGLISH_PREFIX.length) || '/';
}

/** Files (feeds, images, downloads) are the same in every language: "/feed.xml", "/vorhaben/x/bild.png". */
const FILE_PATH = /\.[a-z0-9]+$/i;

/** A page path in the given language: ("en", "/vorhaben") → "/en/vorhaben"; file paths stay as they are. */
export function localisedPath(locale: Locale, path: string): string {
  if (locale === 'de' || FILE_PATH.test(path.split(/[?#]/, 1)[0]!)) return path;
  return path === '/' ? ENGLISH_PREFIX : `${ENGLISH_PREFIX}${path}`;
}
