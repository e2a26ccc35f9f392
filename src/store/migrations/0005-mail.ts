// Migration: subscriptions, their link tokens, mail events, digest entries and the mail outbox.
import type { Kysely } from 'kysely';
import { createdAtColumn, withId, type DialectName } from '../dialect.ts';

export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  await withId(db.schema.createTable('subscriptions'), dialect)
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('scope_type', 'text', (c) => c.notNull())
    .addColumn('scope_id', 'integer', (c) => c.notNull())
    .addColumn('frequency', 'text', (c) => c.notNull())
    .addColumn('confirmed_at', 'text')
    .addColumn('created_at', 'text', createdAtColumn(dialect))
    .addUniqueConstraint('subscriptions_scope_unique', ['email', 'scope_type', 'scope_id'])
    .execute();
  await db.schema.createIndex('subscriptions_match_index').on('subscriptions').columns(['scope_type', 'scope_id']).execute();

  await db.schema
    .createTable('subscription_tokens')
    .addColumn('token_hash', 'text', (c) => c.notNull())
    .addColumn('subscription_id', 'integer', (c) => c.notNull().references('subscriptions.id').onDelete('cascade'))
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('subscription_tokens_pk', ['token_hash', 'subscription_id'])
    .execute();
  await db.schema.createIndex('subscription_tokens_subscription_index').on('subscription_tokens').columns(['subscription_id']).execute();

  await withId(db.schema.createTable('mail_events'), dialect)
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('processed_at', 'text')
    .addUniqueConstraint('mail_events_unique', ['kind', 'subject_id'])
    .execute();
  await db.schema.createIndex('mail_events_pending_index').on('mail_events').columns(['processed_at', 'id']).execute();

  await db.schema
    .createTable('digest_items')
    .addColumn('subscription_id', 'integer', (c) => c.notNull().references('subscriptions.id').onDelete('cascade'))
    .addColumn('update_id', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('digest_items_pk', ['subscription_id', 'update_id'])
    .execute();

  await db.schema
    .createTable('suggestion_locales')
    .addColumn('suggestion_id', 'integer', (c) => c.primaryKey().references('suggestions.id').onDelete('cascade'))
    .addColumn('locale', 'text', (c) => c.notNull())
    .execute();

  await withId(db.schema.createTable('mail_outbox'), dialect)
    .addColumn('dedup_key', 'text', (c) => c.notNull().unique())
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('headers', 'text', (c) => c.notNull())
    .addColumn('unsubscribe_hash', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('locked_until', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .execute();
  await db.schema.createIndex('mail_outbox_due_index').on('mail_outbox').columns(['status', 'locked_until']).execute();
}
