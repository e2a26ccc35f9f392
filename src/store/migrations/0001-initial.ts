// The tables of the foundation: governments, agreements, chapters, pledges, updates, sources.
import type { Kysely } from 'kysely';
import { createdAtColumn, withId, type DialectName } from '../dialect.ts';

export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const createdAt = createdAtColumn(dialect);
  const schema = db.schema;

  await withId(schema.createTable('governments'), dialect)
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('parties', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('term_start', 'text')
    .addColumn('term_end', 'text')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', createdAt)
    .execute();

  await withId(schema.createTable('agreements'), dialect)
    .addColumn('government_id', 'integer', (c) => c.notNull().references('governments.id'))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('source_url', 'text')
    .addColumn('licence', 'text')
    .addColumn('created_at', 'text', createdAt)
    .execute();

  await withId(schema.createTable('chapters'), dialect)
    .addColumn('agreement_id', 'integer', (c) => c.notNull().references('agreements.id'))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('number', 'text')
    .addColumn('heading', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('section', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('published', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('extra', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', createdAt)
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('chapters_agreement_file_unique', ['agreement_id', 'file_name'])
    .execute();

  for (const table of ['topics', 'ministries', 'organisations']) {
    await withId(schema.createTable(table), dialect)
      .addColumn('slug', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull().unique())
      .execute();
  }

  await withId(schema.createTable('pledges'), dialect)
    .addColumn('agreement_id', 'integer', (c) => c.notNull().references('agreements.id'))
    .addColumn('chapter_id', 'integer', (c) => c.notNull().references('chapters.id'))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('quote', 'text')
    .addColumn('quote_start', 'integer')
    .addColumn('quote_end', 'integer')
    .addColumn('success_criterion', 'text')
    .addColumn('deadline', 'text')
    .addColumn('lead_ministry_id', 'integer', (c) => c.references('ministries.id'))
    .addColumn('partner_id', 'integer', (c) => c.references('organisations.id'))
    .addColumn('published', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('not_started'))
    .addColumn('rating', 'integer')
    .addColumn('last_event_date', 'text')
    .addColumn('imported_statement', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', createdAt)
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await schema.createIndex('pledges_chapter_index').on('pledges').columns(['chapter_id', 'quote_start']).execute();
  await schema.createIndex('pledges_status_index').on('pledges').columns(['status']).execute();

  await schema
    .createTable('pledge_topics')
    .addColumn('pledge_id', 'integer', (c) => c.notNull().references('pledges.id').onDelete('cascade'))
    .addColumn('topic_id', 'integer', (c) => c.notNull().references('topics.id'))
    .addPrimaryKeyConstraint('pledge_topics_primary_key', ['pledge_id', 'topic_id'])
    .execute();
  await schema.createIndex('pledge_topics_topic_index').on('pledge_topics').columns(['topic_id']).execute();

  await withId(schema.createTable('updates'), dialect)
    .addColumn('pledge_id', 'integer', (c) => c.notNull().references('pledges.id'))
    .addColumn('event_date', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status_change', 'text')
    .addColumn('rating_change', 'integer')
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', createdAt)
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await schema.createIndex('updates_pledge_index').on('updates').columns(['pledge_id', 'event_date']).execute();
  await schema.createIndex('updates_published_index').on('updates').columns(['published_at']).execute();

  await withId(schema.createTable('sources'), dialect)
    .addColumn('update_id', 'integer', (c) => c.notNull().references('updates.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('publisher', 'text')
    .addColumn('published_on', 'text')
    .execute();
  await schema.createIndex('sources_update_index').on('sources').columns(['update_id']).execute();
}
