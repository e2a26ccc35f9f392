// The PostgreSQL server ending the app's idle connections (a restart, a timeout, an administrator)
// is reported to the store's owner and never stops the process; the next query gets a new connection.
// Tier: full (PostgreSQL)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import pg from 'pg';
import { openStore } from '../src/store/database.ts';
import { createTestDatabase, DIALECTS } from './support/dialects.ts';

const skip = DIALECTS.includes('postgres') ? false : 'no PostgreSQL for tests (TEST_POSTGRES_URL)';

test('idle PostgreSQL connections ended by the server are reported, and the next query works', { skip }, async () => {
  const database = await createTestDatabase('postgres');
  const lost: Error[] = [];
  const store = await openStore(database.url, { onConnectionLost: (error) => lost.push(error) });
  try {
    await store.migrate();
    // Three queries at once leave three idle connections in the pool.
    await Promise.all([1, 2, 3].map(() => sql`SELECT pg_sleep(0.05)`.execute(store.db)));
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    const ended = await admin.query(
      'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
    );
    await admin.end();
    assert.ok(ended.rowCount! >= 3, `ended ${ended.rowCount} connections`);
    const deadline = Date.now() + 5_000;
    while (lost.length < ended.rowCount! && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(lost.length, ended.rowCount);
    assert.match(lost[0]!.message, /terminat/);
    const { rows } = await sql<{ answer: number }>`SELECT 42 AS answer`.execute(store.db);
    assert.equal(rows[0]!.answer, 42);
  } finally {
    await store.close();
    await database.drop();
  }
});
