// Migration: full-text search index (German stems), filled by the search work.
import type { Kysely } from 'kysely';
import type { DialectName } from '../dialect.ts';

export async function up(_db: Kysely<unknown>, _dialect: DialectName): Promise<void> {}
