// The one set-up of a flow test: for a describe block, a new database of the dialect, migrated and
// seeded, and the app on it (in-process unless `http`), removed after the block's tests.
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import type { Db, Store } from '../../src/store/database.ts';
import type { AppOptions } from '../../src/web/app.tsx';
import { openTestStore, type TestDialect, type TestStore } from './dialects.ts';
import { parseHtml, type HtmlPage } from './html.ts';
import { appInProcess, startServer, type AppClient, type RunningServer } from './server.ts';

export interface SiteOptions extends AppOptions {
  /** Fills the new database before the app starts. */
  seed?: (store: Store) => Promise<unknown>;
  /** The environment the app's configuration is read from (BASE_URL, SESSION_SECRET …). */
  env?: Record<string, string>;
  /** Serve on a real port instead of in-process (full tier only: for what needs sockets). */
  http?: boolean;
}

export interface Site {
  store: Store;
  db: Db;
  /** The database's DATABASE_URL, e.g. for a command run against it. */
  databaseUrl: string;
  app: AppClient;
  /** GETs a page, asserts its status (200 unless given) and that it is HTML, and parses it. */
  page(path: string, status?: number): Promise<HtmlPage>;
}

/** The fields are set once the block's `before` has run. */
export function testSite(dialect: TestDialect, options: SiteOptions = {}): Site {
  const { seed, env, http, ...appOptions } = options;
  const site = { page: (path: string, status?: number) => fetchPage(site.app, path, status) } as Site;
  let database: TestStore | undefined;
  let server: RunningServer | undefined;
  before(async () => {
    database = await openTestStore(dialect);
    Object.assign(site, { store: database.store, db: database.store.db, databaseUrl: database.url });
    await seed?.(database.store);
    if (http) site.app = server = await startServer(site.db, appOptions, env);
    else site.app = appInProcess(site.db, appOptions, env);
  });
  after(async () => {
    await server?.close();
    await database?.close();
  });
  return site;
}

/** GETs a page, asserts its status (200 unless given) and that it is HTML, and parses it. */
async function fetchPage(app: AppClient, path: string, status = 200): Promise<HtmlPage> {
  const response = await app.request(path);
  const body = await response.text();
  assert.equal(response.status, status, `${path}: ${body.slice(0, 300)}`);
  assert.match(response.headers.get('content-type') ?? '', /^text\/html/, path);
  return parseHtml(body);
}
