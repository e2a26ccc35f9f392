// Migration: entries the tracker writes on its own — a rating set in the edit form, a status taken
// over from a file without reports — are marked `automatic`: they count for status and rating and
// belong to the status history, but are no developments to read (store/public-scope.ts).
import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../dialect.ts';

export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  await db.schema
    .alterTable('updates')
    .addColumn('automatic', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  // Until now they were told apart only by what they hold: no text and no sources, from an import or the form's rating.
  await sql`UPDATE updates SET automatic = 1
    WHERE NOT EXISTS (SELECT 1 FROM sources WHERE sources.update_id = updates.id) AND body = ''
      AND (origin = 'import' OR (origin = 'editor' AND status_change IS NULL AND rating_change IS NOT NULL AND title LIKE 'Bewertung: %'))`.execute(
    db,
  );
}
