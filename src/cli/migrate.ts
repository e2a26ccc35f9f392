// `migrate`: bring the database schema up to date.
import type { Config } from '../config.ts';
import { openStore } from '../store/database.ts';
import { EXIT, type Io } from './io.ts';

export async function runMigrate(_args: string[], config: Config, io: Io): Promise<number> {
  const store = await openStore(config.databaseUrl);
  try {
    const ran = await store.migrate();
    io.out(ran.length === 0 ? `${store.location}: schema is up to date.` : `${store.location}: ran ${ran.join(', ')}.`);
  } finally {
    await store.close();
  }
  return EXIT.ok;
}
