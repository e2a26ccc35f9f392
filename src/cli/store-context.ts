// Opens the configured database, brought up to date, for the duration of one command.
import type { Config } from '../config.ts';
import { openStore, type Store } from '../store/database.ts';

export async function withStore<T>(config: Config, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(config.databaseUrl);
  try {
    await store.migrate();
    return await work(store);
  } finally {
    await store.close();
  }
}
