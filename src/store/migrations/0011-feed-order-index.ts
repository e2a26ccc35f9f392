// Feeds list published developments newest publication first, ties by id. On PostgreSQL the index
// on published_at alone gave no order among equal times, and an import publishes many developments
// at the same instant: the feed sorted every published development (0.6–1.2 s at 200k developments;
// 5 ms with this index). SQLite's index entries end in the rowid, which is the id, so its index on
// published_at already has this order.
import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../dialect.ts';

export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  if (dialect === 'sqlite') return;
  await sql`CREATE INDEX updates_published_order_index ON updates (published_at, id)`.execute(db);
  await sql`DROP INDEX updates_published_index`.execute(db);
}
