// createApp: one Hono app with security headers, sessions, our assets, the public site, the
// back office and error pages.
import { Hono } from 'hono';
import type { Config } from '../config.ts';
import { AppError, NotFoundError, PayloadTooLargeError } from '../domain/errors.ts';
import type { Logger } from '../log.ts';
import type { Db } from '../store/database.ts';
import { adminRoutes } from './admin/routes.tsx';
import { API_PREFIX, apiRoutes } from './api/routes.ts';
import { loadAssets } from './assets/assets.ts';
import { ErrorPage, NotFoundPage, TooLargePage } from './public/message-pages.tsx';
import { ENGLISH_PREFIX } from './i18n/locale.ts';
import { publicRoutes } from './public/routes.tsx';
import { createRenderer } from './render.tsx';
import { securityHeaderList, securityHeaders } from './security-headers.ts';
import { withoutTrailingSlash } from './trailing-slash.ts';
import { cachePolicy } from './cache-policy.ts';
import { loggedPath } from './log-path.ts';
import { pageCache } from './page-cache.ts';
import { PageStore, preferredEncoding, variantEtag } from './page-store.ts';
import { bodyLimits } from './forms/request-limits.ts';
import { loadSession, type AppEnv } from './session.ts';

export interface AppOptions {
  logger?: Logger;
  /** The current time, replaceable in tests. */
  clock?: () => Date;
  /** Cache public responses in memory (default on). */
  pageCache?: boolean;
  /** Where the page cache keeps them: shared with the fast path in front of the app (site-server.ts). */
  pages?: PageStore;
  /** Render for export-site: no forms that need the server. */
  staticSite?: boolean;
}

export function createApp(config: Config, db: Db, options: AppOptions = {}): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const clock = options.clock ?? (() => new Date());
  const logger = options.logger;
  const https = config.baseUrl.startsWith('https:');
  const assets = loadAssets(config.rootDirectory);
  const render = createRenderer(assets, config.baseUrl, options.staticSite);

  // The request log: no client address, no query string, no link secret (log-path.ts).
  app.use(async (c, next) => {
    const started = performance.now();
    await next();
    logger?.info(
      { method: c.req.method, path: loggedPath(c.req.path), status: c.res.status, ms: Math.round(performance.now() - started) },
      'request',
    );
  });
  app.use(securityHeaders(https));
  app.use(withoutTrailingSlash());

  app.get('/assets/:name', (c) => {
    const asset = assets.files[c.req.param('name')];
    if (!asset) throw new NotFoundError();
    c.header('Cache-Control', c.req.query('v') ? 'public, max-age=31536000, immutable' : 'public, max-age=3600');
    const encoding = preferredEncoding(c.req.header('Accept-Encoding'), asset.compressed);
    const etag = encoding ? variantEtag(asset.etag, encoding) : asset.etag;
    if (asset.compressed.br) c.header('Vary', 'Accept-Encoding');
    c.header('ETag', etag);
    if (c.req.header('If-None-Match') === etag) return c.body(null, 304);
    if (encoding) c.header('Content-Encoding', encoding);
    return c.body(encoding ? (asset.compressed[encoding] as Uint8Array<ArrayBuffer>) : asset.body, 200, { 'Content-Type': asset.type });
  });

  // One store for pages and API answers, which the fast path (site-server.ts) reads as well.
  const cache =
    options.pageCache === false
      ? undefined
      : pageCache(db, { clock, securityHeaders: securityHeaderList(https), policy: cachePolicy, pages: options.pages ?? new PageStore() });
  app.route(API_PREFIX, apiRoutes({ db, clock, config, logger, cache }));
  app.use(loadSession(db, clock));
  app.use(bodyLimits());
  if (cache) app.use(cache);
  const discovery = { dipKeySet: config.dipApiKey !== undefined, intervalMs: config.discoverIntervalMs };
  app.route('/admin', adminRoutes({ db, render, clock, cookies: { secure: https }, discovery }));
  const publicDeps = { db, render, clock, cookies: { secure: https }, config };
  // The same public pages in English; the language comes from the path (see i18n/locale.ts).
  app.route(ENGLISH_PREFIX, publicRoutes(publicDeps));
  app.route('/', publicRoutes(publicDeps));

  app.notFound((c) => render(c, <NotFoundPage />, 404));
  app.onError((error, c) => {
    if (error instanceof NotFoundError) return render(c, <NotFoundPage error={error} />, 404);
    if (error instanceof PayloadTooLargeError) {
      // The rest of the body is not wanted: the connection ends with this answer.
      c.header('Connection', 'close');
      return render(c, <TooLargePage limitBytes={error.limitBytes} />, 413);
    }
    if (error instanceof AppError) return render(c, <ErrorPage error={error} />, error.status);
    logger?.error({ err: error, path: loggedPath(c.req.path) }, 'request failed');
    return render(c, <ErrorPage />, 500);
  });
  return app;
}
