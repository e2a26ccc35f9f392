// The site's HTTP server: the fast path (fast-path.ts) in front of the app, both reading one page store.
import { createServer, type Server } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { cachePolicy } from './cache-policy.ts';
import { withFastPath, type VersionSource } from './fast-path.ts';
import type { Logger } from '../log.ts';
import type { PageStore } from './page-store.ts';

export interface SiteServerOptions {
  /** The store the app's page cache fills (AppOptions.pages). */
  pages: PageStore;
  /** The content version without a query; without it every request takes the app's way. */
  version: VersionSource | undefined;
  clock?: () => Date;
  logger?: Logger;
}

/** `app` is the Hono app (createApp), or anything with its `fetch`. */
export function createSiteServer(
  app: { fetch: Parameters<typeof getRequestListener>[0] },
  { pages, version, clock = () => new Date(), logger }: SiteServerOptions,
): Server {
  const listener = getRequestListener(app.fetch);
  return createServer(version ? withFastPath({ pages, version, clock, policy: cachePolicy, logger }, listener) : listener);
}
