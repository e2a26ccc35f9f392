// A counter that every change to public content raises, by trigger, so that every app instance
// can tell whether its cached pages are still current without holding any truth in memory.
import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../dialect.ts';

/** The tables whose rows the public pages, feeds and downloads show. */
export const CONTENT_TABLES = [
  'governments',
  'agreements',
  'chapters',
  'topics',
  'ministries',
  'organisations',
  'pledges',
  'pledge_topics',
  'updates',
  'sources',
] as const;

export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('content_version')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await sql`INSERT INTO content_version (id, version) VALUES (1, 1)`.execute(db);
  if (dialect === 'postgres') await postgresTriggers(db);
  else await sqliteTriggers(db);
}

async function postgresTriggers(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE FUNCTION raise_content_version() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; RETURN NULL; END $$`.execute(db);
  for (const table of CONTENT_TABLES) {
    await sql`CREATE TRIGGER ${sql.id(`${table}_raise_content_version`)} AFTER INSERT OR UPDATE OR DELETE ON ${sql.table(table)}
      FOR EACH STATEMENT EXECUTE FUNCTION raise_content_version()`.execute(db);
  }
}

async function sqliteTriggers(db: Kysely<unknown>): Promise<void> {
  for (const table of CONTENT_TABLES) {
    for (const event of ['INSERT', 'UPDATE', 'DELETE']) {
      const name = sql.id(`${table}_${event.toLowerCase()}_raises_content_version`);
      await sql`CREATE TRIGGER ${name} AFTER ${sql.raw(event)} ON ${sql.table(table)}
        BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END`.execute(db);
    }
  }
}
