// Opens the configured database, brought up to date, for the duration of one command.
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import { openStore, type Store, type StoreOptions } from '../store/database.ts';

export async function withStore<T>(config: Config, work: (store: Store) => Promise<T>, options: StoreOptions = {}): Promise<T> {
  const store = await openStore(config.databaseUrl, options);
  try {
    await store.migrate();
    return await work(store);
  } finally {
    await store.close();
  }
}

/** For a command that runs until stopped: a connection the database server ended is logged, not fatal. */
export function loggedStoreOptions(logger: Logger): StoreOptions {
  return {
    onConnectionLost: (error) => logger.warn({ error: error.message }, 'database connection lost; a new one is opened when needed'),
  };
}
