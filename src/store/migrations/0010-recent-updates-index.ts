// The overview lists an agreement's newest published developments. Without an index in that order
// SQLite read every published development and sorted them (0.5 s at 200k developments); walking
// this partial index from its end stops after the tenth that belongs to the agreement (under 1 ms).
// It also covers the statistics' read of published status changes in date order, so it replaces
// the index of migration 0008: with both, SQLite chose by its own estimate, and a narrow index here
// made it walk every development for the statistics again (1.3 s).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX updates_recent_index ON updates (event_date, id, pledge_id, status_change, published_at) WHERE published_at IS NOT NULL`.execute(
    db,
  );
  await sql`DROP INDEX updates_status_change_index`.execute(db);
}
