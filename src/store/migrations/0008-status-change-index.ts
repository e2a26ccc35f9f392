// The statistics read every published status change of an agreement in date order. With the agreement as
// a bound parameter SQLite walked the pledges and read every development of each (1.4–1.9 s at 200k
// developments). This partial index holds only published status changes, in the order the query wants
// and with every column it reads, so the query reads nothing else (0.16 s for 17k changes).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX updates_status_change_index ON updates (event_date, id, pledge_id, status_change, published_at)
    WHERE status_change IS NOT NULL AND published_at IS NOT NULL`.execute(db);
}
