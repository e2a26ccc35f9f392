// What every page needs to know about the request beyond its own data.
import { createContext, useContext } from 'hono/jsx';
import type { SignedIn } from '../../services/sessions.ts';
import { de } from '../i18n/de.ts';
import type { Locale } from '../i18n/locale.ts';
import type { Messages } from '../i18n/messages.ts';

export interface PageContext {
  stylesheetPath: string;
  /** The cache-busting path of one of our assets, e.g. a progressive script. */
  assetPath: (name: string) => string;
  /** The signed-in back-office user, if any. */
  user: SignedIn | undefined;
  /** The public address of the site (BASE_URL) and the path of this page, for absolute links. */
  baseUrl: string;
  path: string;
  /** The query of this page's URL with its '?', or '': kept when switching the language. */
  search: string;
  /** The reader's language (by path: /en/… is English) and its interface strings. */
  locale: Locale;
  t: Messages;
  /** A public site path in the reader's language: href('/vorhaben') is '/en/vorhaben' in English. */
  href: (path: string) => string;
  /** Rendering for export-site: forms that need the server (search, subscribe, report) are left out. */
  staticSite: boolean;
}

export const PageContextProvider = createContext<PageContext>({
  stylesheetPath: '/assets/style.css',
  assetPath: (name) => `/assets/${name}`,
  user: undefined,
  baseUrl: '',
  path: '/',
  search: '',
  locale: 'de',
  t: de,
  href: (path) => path,
  staticSite: false,
});

export function usePageContext(): PageContext {
  return useContext(PageContextProvider);
}

/**
 * The `lang` of what editors wrote (titles, quotes, developments, names: German) on this page: "de" where the
 * page is in another language, so screen readers pronounce it as German; undefined on German pages.
 */
export function useContentLang(): 'de' | undefined {
  return usePageContext().locale === 'de' ? undefined : 'de';
}
