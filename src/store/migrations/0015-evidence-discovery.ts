// Migration: evidence discovery. The sources it reads (the DIP per Wahlperiode, the feeds admins add)
// with their sync state; the documents found, raw as retrieved, so proposals can be explained and
// matched again without fetching; and the proposals, one per document, Vorhaben and stage, each a
// draft development until an editor confirms or rejects it.
import type { Kysely } from 'kysely';
import { createdAtColumn, withId, type DialectName } from '../dialect.ts';

export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  await withId(db.schema.createTable('evidence_sources'), dialect)
    .addColumn('kind', 'text', (c) => c.notNull()) // dip | feed
    .addColumn('key', 'text', (c) => c.notNull().unique()) // dip:20, or the feed's address
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('etag', 'text')
    .addColumn('last_modified', 'text')
    .addColumn('synced_until', 'text') // DIP: the start of the last complete sync
    .addColumn('last_run_at', 'text')
    .addColumn('last_success_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', createdAtColumn(dialect))
    .execute();

  await withId(db.schema.createTable('evidence_documents'), dialect)
    .addColumn('source_id', 'integer', (c) => c.notNull().references('evidence_sources.id'))
    .addColumn('kind', 'text', (c) => c.notNull()) // dip-vorgang | feed-item
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('date', 'text')
    .addColumn('url', 'text')
    .addColumn('raw', 'text', (c) => c.notNull()) // JSON as retrieved
    .addColumn('fetched_from', 'text', (c) => c.notNull())
    .addColumn('retrieved_at', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('matched_hash', 'text') // content_hash when last matched; another value: match again
    .addColumn('created_at', 'text', createdAtColumn(dialect))
    .addUniqueConstraint('evidence_documents_external_unique', ['source_id', 'external_id'])
    .execute();

  await withId(db.schema.createTable('evidence_proposals'), dialect)
    .addColumn('document_id', 'integer', (c) => c.notNull().references('evidence_documents.id'))
    .addColumn('pledge_id', 'integer', (c) => c.notNull().references('pledges.id'))
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('update_id', 'integer', (c) => c.references('updates.id').onDelete('set null'))
    .addColumn('proposed_status', 'text')
    .addColumn('score', 'real', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.notNull().defaultTo('open'))
    .addColumn('decided_by', 'integer', (c) => c.references('users.id'))
    .addColumn('decided_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('evidence_proposals_unique', ['document_id', 'pledge_id', 'stage'])
    .execute();
  await db.schema.createIndex('evidence_proposals_queue_index').on('evidence_proposals').columns(['decision', 'created_at']).execute();
  await db.schema.createIndex('evidence_proposals_pledge_index').on('evidence_proposals').columns(['pledge_id', 'created_at']).execute();
  await db.schema.createIndex('evidence_proposals_update_index').on('evidence_proposals').columns(['update_id']).execute();
}
