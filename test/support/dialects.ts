// The databases every store test runs on: SQLite always, PostgreSQL when TEST_POSTGRES_URL is set.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openStore, type Store } from '../../src/store/database.ts';

export type TestDialect = 'sqlite' | 'postgres';

/** Set by scripts/test.mjs when it started a throwaway PostgreSQL cluster (or by CI). */
const postgresAdminUrl = process.env.TEST_POSTGRES_URL;

export const DIALECTS: TestDialect[] = postgresAdminUrl ? ['sqlite', 'postgres'] : ['sqlite'];

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A new, empty database of the dialect, with its DATABASE_URL. */
export async function createTestDatabase(dialect: TestDialect): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    const directory = mkdtempSync(join(tmpdir(), 'kt-test-'));
    return { url: `sqlite:${join(directory, 'test.db')}`, drop: async () => rmSync(directory, { recursive: true, force: true }) };
  }
  const name = `kt_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgresAdminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(postgresAdminUrl!);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: postgresAdminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** A fresh, migrated store on a database of its own; `close` closes the store and drops the database. */
export interface TestStore {
  store: Store;
  url: string;
  close(): Promise<void>;
}

export async function openTestStore(dialect: TestDialect): Promise<TestStore> {
  const database = await createTestDatabase(dialect);
  const store = await openStore(database.url);
  const close = async (): Promise<void> => {
    await store.close();
    await database.drop();
  };
  try {
    await store.migrate();
  } catch (error) {
    await close();
    throw error;
  }
  return { store, url: database.url, close };
}

/** Opens a fresh, migrated store; closes and drops it after `work`. */
export async function withTestStore<T>(dialect: TestDialect, work: (store: Store) => Promise<T>): Promise<T> {
  const { store, close } = await openTestStore(dialect);
  try {
    return await work(store);
  } finally {
    await close();
  }
}
