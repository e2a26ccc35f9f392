// Renders a page component inside the page context of this app and request.
import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { AppEnv } from './session.ts';
import { localeOfPath, localisedPath } from './i18n/locale.ts';
import { messagesFor } from './i18n/messages.ts';
import { PageContextProvider, type PageContext } from './views/page-context.ts';

export type Renderer = (c: Context<AppEnv>, page: Child, status?: number) => Response | Promise<Response>;

export function createRenderer(
  assets: { stylesheetPath: string; pathOf: (name: string) => string },
  baseUrl: string,
  staticSite = false,
): Renderer {
  return (c, page, status = 200) => {
    const locale = localeOfPath(c.req.path);
    const context: PageContext = {
      stylesheetPath: assets.stylesheetPath,
      assetPath: assets.pathOf,
      user: c.get('user'),
      baseUrl,
      path: c.req.path,
      search: new URL(c.req.url).search,
      locale,
      t: messagesFor(locale),
      href: (path) => localisedPath(locale, path),
      staticSite,
    };
    c.header('Cache-Control', context.user ? 'private, no-store' : 'no-cache');
    return c.html(<PageContextProvider.Provider value={context}>{page}</PageContextProvider.Provider>, status as 200);
  };
}
