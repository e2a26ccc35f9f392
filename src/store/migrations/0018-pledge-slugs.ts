// Migration: the editor's day (issue 16). A Vorhaben remembers when it was first published, because
// its slug follows its title only until then; every slug it had since keeps leading to it
// (`pledge_slug_redirects`, answered with 301). Accounts may ask for a mail when a suggestion arrives.
import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../dialect.ts';

export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  await db.schema.alterTable('pledges').addColumn('first_published_at', 'text').execute();
  // Before this migration nobody recorded it: a Vorhaben public now, or with published developments, was public once.
  await sql`UPDATE pledges SET first_published_at = updated_at
    WHERE published = 1 OR EXISTS (SELECT 1 FROM updates WHERE updates.pledge_id = pledges.id AND updates.published_at IS NOT NULL)`.execute(
    db,
  );
  await db.schema
    .createTable('pledge_slug_redirects')
    .addColumn('slug', 'text', (c) => c.primaryKey())
    .addColumn('pledge_id', 'integer', (c) => c.notNull().references('pledges.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('pledge_slug_redirects_pledge_index').on('pledge_slug_redirects').columns(['pledge_id']).execute();
  await db.schema
    .alterTable('users')
    .addColumn('notify_suggestions', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}
