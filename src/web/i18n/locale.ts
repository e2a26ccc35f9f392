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

/** A site path in the given language: ("en", "/vorhaben") → "/en/vorhaben". Only for public pages. */
export function localisedPath(locale: Locale, path: string): string {
  if (locale === 'de') return path;
  return path === '/' ? ENGLISH_PREFIX : `${ENGLISH_PREFIX}${path}`;
}
