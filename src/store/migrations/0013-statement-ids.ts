// Migration: a Vorhaben keeps the statement id of its file apart from its URL slug, so ids are
// unique per agreement, may hold any letters, and are exported as written; the statement as read
// (every field, unknown ones too) for the way back; and the day of its latest change by an editor
// or a newer file, which decides whether a file's statement is news (decision 48).
import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../dialect.ts';

export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  await db.schema.alterTable('pledges').addColumn('statement_id', 'text').execute();
  await db.schema.alterTable('pledges').addColumn('statement_source', 'text').execute();
  await db.schema.alterTable('pledges').addColumn('changed_on', 'text').execute();
  await sql`UPDATE pledges SET statement_id = slug`.execute(db);
  await db.schema.createIndex('pledges_statement_id_index').unique().on('pledges').columns(['agreement_id', 'statement_id']).execute();
  // What editors did before this migration: their audited pledge edits and their developments.
  const editedOn = sql<string>`(SELECT substr(max(at), 1, 10) FROM audit_log
    WHERE entity_type = 'pledge' AND entity_id = pledges.id AND user_id IS NOT NULL)`;
  const developedOn = sql<string>`(SELECT substr(max(coalesce(published_at, updated_at)), 1, 10) FROM updates
    WHERE pledge_id = pledges.id AND origin <> 'import')`;
  for (const day of [editedOn, developedOn]) {
    await sql`UPDATE pledges SET changed_on = ${day} WHERE ${day} > coalesce(changed_on, '')`.execute(db);
  }
}
