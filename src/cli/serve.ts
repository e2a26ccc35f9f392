// `serve [--port N] [--workers N]` and `start`: run the web server, the mail worker, housekeeping and evidence
// discovery (every DISCOVER_INTERVAL); `start` also migrates and loads the demo. With more than one worker
// (the default: one per core) this process prepares the database, runs the background jobs and keeps the
// workers running (serve-workers.ts); the workers serve the site on the one port.
import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { configWarnings, withOverrides, type Config } from '../config.ts';
import { createLogger, type Logger } from '../log.ts';
import { importDemoIfEmpty } from '../services/demo.ts';
import { startDiscovery } from '../services/discovery/schedule.ts';
import { startHousekeeping } from '../services/housekeeping.ts';
import { ensureSearchIndex } from '../services/search-index.ts';
import { openContentVersionSignal } from '../store/content-version-signal.ts';
import { openStore, type Store } from '../store/database.ts';
import { createApp } from '../web/app.tsx';
import { PageStore } from '../web/page-store.ts';
import { createSiteServer } from '../web/site-server.ts';
import { EXIT, UsageError, type Io } from './io.ts';
import { startMailWorker } from './mail-worker.ts';
import { startWorkers } from './serve-workers.ts';
import { loggedStoreOptions } from './store-context.ts';

export function runServe(args: string[], config: Config, io: Io): Promise<number> {
  return run(args, config, io, false);
}

export function runStart(args: string[], config: Config, io: Io): Promise<number> {
  return run(args, config, io, true);
}

async function run(args: string[], baseConfig: Config, _io: Io, withDemo: boolean): Promise<number> {
  const { values } = parseArgs({ args, options: { port: { type: 'string' }, workers: { type: 'string' } } });
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port <= 65535))
    throw new UsageError(`--port ${values.port}: expected a port number`);
  const workers = values.workers === undefined ? availableParallelism() : Number(values.workers);
  if (!(Number.isInteger(workers) && workers >= 1 && workers <= 256))
    throw new UsageError(`--workers ${values.workers}: expected a number of processes from 1 to 256`);
  const config = withOverrides(baseConfig, { port });
  const logger = createLogger(config.logLevel);
  if (cluster.isWorker) return runWorker(config, logger);

  for (const warning of configWarnings(config)) logger.warn(warning);
  const store = await openStore(config.databaseUrl, loggedStoreOptions(logger));
  const ran = await store.migrate();
  if (ran.length > 0) logger.info({ migrations: ran }, 'database migrated');
  if (await ensureSearchIndex(store.db)) logger.info('search index built');
  const demoDirectory = join(config.rootDirectory, 'data/demo');
  if (withDemo && (await importDemoIfEmpty(store.db, demoDirectory))) logger.info({ from: demoDirectory }, 'demo chapter imported');

  let stopServing: () => Promise<void>;
  let actualPort: number;
  if (workers === 1) {
    const site = await serveSite(config, store, logger);
    actualPort = site.port;
    stopServing = site.stop;
  } else {
    // Every worker counts the public forms' rate limit with the same key (client-key.ts).
    const pool = await startWorkers(workers, { SESSION_SECRET: config.sessionSecret }, logger);
    actualPort = pool.port;
    stopServing = pool.stop;
  }
  const url = config.baseUrl === `http://localhost:${config.port}` ? `http://localhost:${actualPort}` : config.baseUrl;
  logger.info({ url, database: store.location, workers }, `Koalitionstracker läuft auf ${url}`);
  const mailWorker = startMailWorker(config, store.db, logger);
  const housekeeping = startHousekeeping({ db: store.db, log: logger });
  const discovery =
    config.discoverIntervalMs > 0
      ? startDiscovery({
          db: store.db,
          settings: { dipApiUrl: config.dipApiUrl, dipApiKey: config.dipApiKey, userAgent: config.userAgent },
          intervalMs: config.discoverIntervalMs,
          log: logger,
        })
      : undefined;

  await stopped();
  logger.info('shutting down');
  await stopServing();
  await mailWorker?.stop();
  await housekeeping.stop();
  await discovery?.stop();
  await store.close();
  return EXIT.ok;
}

/** A worker of several: serves the site until the primary lets it go or it is told to stop. */
async function runWorker(config: Config, logger: Logger): Promise<number> {
  const store = await openStore(config.databaseUrl, loggedStoreOptions(logger));
  const site = await serveSite(config, store, logger);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
    cluster.worker!.once('disconnect', resolve);
  });
  await site.stop();
  await store.close();
  return EXIT.ok;
}

/** The site on the configured port, the fast path in front of the app when the content version can be known without a query. */
async function serveSite(config: Config, store: Store, logger: Logger): Promise<{ port: number; stop: () => Promise<void> }> {
  const pages = new PageStore();
  const version = await openContentVersionSignal(config.databaseUrl);
  const app = createApp(config, store.db, { logger, pages });
  const server = createSiteServer(app, { pages, version, logger });
  await listen(server, config.port);
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : config.port,
    stop: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await version?.close();
    },
  };
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => resolve());
  });
}

function stopped(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
}
