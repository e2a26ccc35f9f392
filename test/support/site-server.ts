// The site as `serve` runs it, in this process on a real port: the fast path in front of the app, on the
// content version signal of the database (full tier). Counts the requests that reached the app, so a test
// can tell an answer of the fast path from one of the app.
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../src/config.ts';
import { openContentVersionSignal, type ContentVersionSignal } from '../../src/store/content-version-signal.ts';
import type { Db } from '../../src/store/database.ts';
import { createApp, type AppOptions } from '../../src/web/app.tsx';
import { PageStore } from '../../src/web/page-store.ts';
import { createSiteServer } from '../../src/web/site-server.ts';
import { overHttp, type RunningServer } from './server.ts';
import { fullTierOnly } from './tier.ts';

export interface RunningSite extends RunningServer {
  /** How many requests reached the app (not answered by the fast path) so far. */
  appRequests(): number;
  signal: ContentVersionSignal;
  pages: PageStore;
}

export async function startSite(
  db: Db,
  databaseUrl: string,
  options: AppOptions = {},
  env: Record<string, string> = {},
): Promise<RunningSite> {
  fullTierOnly('a server on a real port');
  const pages = new PageStore();
  const signal = await openContentVersionSignal(databaseUrl);
  if (!signal) throw new Error(`no content version signal for ${databaseUrl}`);
  const app = createApp(loadConfig(env), db, { ...options, pages });
  let reached = 0;
  const server = createSiteServer(
    { fetch: (request, bindings) => (reached++, app.fetch(request, bindings)) },
    { pages, version: signal, clock: options.clock },
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    ...overHttp(`http://127.0.0.1:${port}`),
    appRequests: () => reached,
    signal,
    pages,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await signal.close();
    },
  };
}
