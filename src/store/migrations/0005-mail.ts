// Migration: subscriptions and the mail outbox, filled by the e-mail follow work.
import type { Kysely } from 'kysely';
import type { DialectName } from '../dialect.ts';

export async function up(_db: Kysely<unknown>, _dialect: DialectName): Promise<void> {}
