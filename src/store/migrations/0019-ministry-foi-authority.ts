// Migration: the public body on the freedom-of-information portal (FragDenStaat's slug) that a lead
// ministry's link "Bei der Federführung nachfragen" addresses; null until an editor maps it.
import type { Kysely } from 'kysely';
import type { DialectName } from '../dialect.ts';

export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  await db.schema.alterTable('ministries').addColumn('foi_authority', 'text').execute();
}
