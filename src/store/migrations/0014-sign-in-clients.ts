// Migration: the browsers that have signed in to an account, by a hash of their long-lived client
// cookie, so the sign-in throttle can keep the account's own browsers apart from everyone else's
// attempts (services/sign-in-throttle.ts). An index on the time of the last sign-in serves
// housekeeping, which forgets browsers unused for months.
import type { Kysely } from 'kysely';
import type { DialectName } from '../dialect.ts';

export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('sign_in_clients')
    .addColumn('client_hash', 'text', (c) => c.notNull()) // SHA-256 of the cookie, never the cookie
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('last_sign_in_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('sign_in_clients_pk', ['client_hash', 'user_id'])
    .execute();
  await db.schema.createIndex('sign_in_clients_last_index').on('sign_in_clients').columns(['last_sign_in_at']).execute();
}
