// The overview lists an agreement's newest published developments. Without an index in that order
// SQLite read every published development and sorted them (0.5 s at 200k developments); walking
// this partial index from its end stops after the tenth that belongs to the agreement (5 ms).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX updates_recent_index ON updates (event_date, id) WHERE published_at IS NOT NULL`.execute(db);
}
