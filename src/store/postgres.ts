// PostgreSQL for several app instances: a connection pool, same schema and queries as SQLite.
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Store, StoreOptions } from './database.ts';
import { migrateToLatest } from './migrate.ts';
import type { Database } from './schema.ts';

export function openPostgres(databaseUrl: string, { onConnectionLost }: StoreOptions = {}): Store {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  // Without a listener, an idle connection the server ends is an uncaught error that stops the process.
  pool.on('error', (error) => onConnectionLost?.(error));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const url = new URL(databaseUrl);
  return {
    db,
    dialect: 'postgres',
    location: `postgres://${url.host}${url.pathname}`,
    migrate: () => migrateToLatest(db as Kysely<unknown>, 'postgres'),
    close: () => db.destroy(),
  };
}
