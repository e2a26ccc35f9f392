// Opens the database named by DATABASE_URL: an embedded SQLite file (WAL) or PostgreSQL.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, type SqliteDatabase } from 'kysely';
import type { DialectName } from './dialect.ts';
import { migrateToLatest } from './migrate.ts';
import type { Database } from './schema.ts';

export type Db = Kysely<Database>;

export interface Store {
  db: Db;
  dialect: DialectName;
  /** Human-readable location without credentials, for logs. */
  location: string;
  migrate(): Promise<string[]>;
  close(): Promise<void>;
}

export class DatabaseUrlError extends Error {}

export interface StoreOptions {
  /**
   * Told when the database server ends an idle connection (a restart, a timeout, an administrator);
   * the pool opens a new one when it is next needed. PostgreSQL only.
   */
  onConnectionLost?: (error: Error) => void;
}

export async function openStore(databaseUrl: string, options: StoreOptions = {}): Promise<Store> {
  if (databaseUrl.startsWith('sqlite:')) return openSqlite(databaseUrl.slice('sqlite:'.length));
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) {
    const { openPostgres } = await import('./postgres.ts');
    return openPostgres(databaseUrl, options);
  }
  throw new DatabaseUrlError(`DATABASE_URL: expected sqlite:PATH or postgres://…, got "${databaseUrl.split(':')[0]}:…"`);
}

function openSqlite(path: string): Store {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const connection = new SQLite(path);
  connection.pragma('journal_mode = WAL');
  connection.pragma('synchronous = NORMAL');
  connection.pragma('foreign_keys = ON');
  connection.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(connection) }) });
  return {
    db,
    dialect: 'sqlite',
    location: `sqlite:${path}`,
    migrate: () => migrateToLatest(db as Kysely<unknown>, 'sqlite'),
    close: () => db.destroy(),
  };
}

const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every query anew, and compiling the SQL costs more than running a small indexed read.
 * The connection keeps its most recently used statements; Kysely's single-connection lock means a
 * statement is never run twice at once.
 */
function withStatementCache(connection: SQLite.Database): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    prepare(sql: string) {
      let statement = statements.get(sql);
      if (statement) statements.delete(sql);
      else statement = connection.prepare(sql);
      statements.set(sql, statement);
      if (statements.size > STATEMENT_CACHE_SIZE) statements.delete(statements.keys().next().value!);
      return statement;
    },
    close: () => connection.close(),
  };
}
