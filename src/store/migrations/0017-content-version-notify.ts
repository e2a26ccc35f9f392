// Migration: on PostgreSQL every new content version is also announced (NOTIFY content_version, the
// version as payload), so each app instance knows it without a query per request
// (store/content-version-signal.ts). SQLite needs nothing: a connection reads the version row at once.
import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../dialect.ts';

export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  if (dialect !== 'postgres') return;
  await sql`CREATE OR REPLACE FUNCTION raise_content_version() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE raised integer;
    BEGIN
      UPDATE content_version SET version = version + 1 WHERE id = 1 RETURNING version INTO raised;
      PERFORM pg_notify('content_version', raised::text);
      RETURN NULL;
    END $$`.execute(db);
}
