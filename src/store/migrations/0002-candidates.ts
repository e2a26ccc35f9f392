// The extractor's proposals per chapter and what editors (or files) decided about them.
import type { Kysely } from 'kysely';
import { createdAtColumn, withId, type DialectName } from '../dialect.ts';

export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  await withId(db.schema.createTable('candidates'), dialect)
    .addColumn('chapter_id', 'integer', (c) => c.notNull().references('chapters.id'))
    .addColumn('start_offset', 'integer', (c) => c.notNull())
    .addColumn('end_offset', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('score', 'real', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('cues', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('present', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('decision', 'text', (c) => c.notNull().defaultTo('open'))
    .addColumn('pledge_id', 'integer', (c) => c.references('pledges.id'))
    .addColumn('decided_at', 'text')
    .addColumn('created_at', 'text', createdAtColumn(dialect))
    .execute();
  await db.schema.createIndex('candidates_chapter_index').on('candidates').columns(['chapter_id', 'start_offset']).execute();
}
