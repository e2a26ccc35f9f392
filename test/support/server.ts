// The real app on a real port, for HTTP tests.
import type { AddressInfo } from 'node:net';
import { after, before } from 'node:test';
import { serve } from '@hono/node-server';
import { loadConfig } from '../../src/config.ts';
import { openStore, type Db, type Store } from '../../src/store/database.ts';
import { createApp, type AppOptions } from '../../src/web/app.tsx';
import { createTestDatabase, type TestDatabase, type TestDialect } from './dialects.ts';

export interface RunningServer {
  url: string;
  get(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

export async function startServer(db: Db, options: AppOptions = {}, env: Record<string, string> = {}): Promise<RunningServer> {
  const app = createApp(loadConfig(env), db, options);
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const started = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(started));
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    get: (path, init) => fetch(`${url}${path}`, { redirect: 'manual', ...init }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface SiteUnderTest {
  store: Store;
  server: RunningServer;
}

/**
 * For a describe block: a new database of the dialect, migrated and seeded, served by the app
 * before its tests and removed after them. The fields are set once `before` has run.
 */
export function seededSite(dialect: TestDialect, seed: (store: Store) => Promise<void>, options: AppOptions = {}): SiteUnderTest {
  const site = {} as SiteUnderTest;
  let database: TestDatabase;
  before(async () => {
    database = await createTestDatabase(dialect);
    site.store = await openStore(database.url);
    await site.store.migrate();
    await seed(site.store);
    site.server = await startServer(site.store.db, options);
  });
  after(async () => {
    await site.server?.close();
    await site.store?.close();
    await database?.drop();
  });
  return site;
}
