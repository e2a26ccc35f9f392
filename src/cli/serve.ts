// `serve [--port N]` and `start`: run the web server, the mail worker, housekeeping and evidence
// discovery (every DISCOVER_INTERVAL); `start` also migrates and loads the demo.
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { configWarnings, withOverrides, type Config } from '../config.ts';
import { createLogger } from '../log.ts';
import { importDemoIfEmpty } from '../services/demo.ts';
import { startDiscovery } from '../services/discovery/schedule.ts';
import { startHousekeeping } from '../services/housekeeping.ts';
import { ensureSearchIndex } from '../services/search-index.ts';
import { openStore } from '../store/database.ts';
import { createApp } from '../web/app.tsx';
import { EXIT, UsageError, type Io } from './io.ts';
import { startMailWorker } from './mail-worker.ts';
import { loggedStoreOptions } from './store-context.ts';

export function runServe(args: string[], config: Config, io: Io): Promise<number> {
  return run(args, config, io, false);
}

export function runStart(args: string[], config: Config, io: Io): Promise<number> {
  return run(args, config, io, true);
}

async function run(args: string[], baseConfig: Config, _io: Io, withDemo: boolean): Promise<number> {
  const { values } = parseArgs({ args, options: { port: { type: 'string' } } });
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port <= 65535)) throw new UsageError(`--port ${values.port}: expected a port number`);
  const config = withOverrides(baseConfig, { port });
  const logger = createLogger(config.logLevel);
  for (const warning of configWarnings(config)) logger.warn(warning);
  const store = await openStore(config.databaseUrl, loggedStoreOptions(logger));
  const ran = await store.migrate();
  if (ran.length > 0) logger.info({ migrations: ran }, 'database migrated');
  if (await ensureSearchIndex(store.db)) logger.info('search index built');
  const demoDirectory = join(config.rootDirectory, 'data/demo');
  if (withDemo && (await importDemoIfEmpty(store.db, demoDirectory))) logger.info({ from: demoDirectory }, 'demo chapter imported');

  const app = createApp(config, store.db, { logger });
  const server = await listen(app.fetch, config.port);
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : config.port;
  const url = config.baseUrl === `http://localhost:${config.port}` ? `http://localhost:${actualPort}` : config.baseUrl;
  logger.info({ url, database: store.location }, `Koalitionstracker läuft auf ${url}`);
  const mailWorker = startMailWorker(config, store.db, logger);
  const housekeeping = startHousekeeping({ db: store.db, log: logger });
  const discovery = config.discoverIntervalMs > 0
    ? startDiscovery({ db: store.db, settings: { dipApiUrl: config.dipApiUrl, dipApiKey: config.dipApiKey, userAgent: config.userAgent }, intervalMs: config.discoverIntervalMs, log: logger })
    : undefined;

  await new Promise<void>((resolve) => {
    const stop = () => {
      logger.info('shutting down');
      server.close(() => resolve());
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await mailWorker?.stop();
  await housekeeping.stop();
  await discovery?.stop();
  await store.close();
  return EXIT.ok;
}

function listen(fetch: Parameters<typeof serve>[0]['fetch'], port: number): Promise<ServerType> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, port }, () => resolve(server));
    server.once('error', reject);
  });
}
