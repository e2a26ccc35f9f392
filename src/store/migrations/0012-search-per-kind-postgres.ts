// Migration: on PostgreSQL, indexes that let search read each kind on its own and stop early
// (decision 47). One GIN index of the whole tsvector made every query fetch every match of every
// kind from the table to count, rank and test it for the title (p95 287–378 ms at 200k developments).
// Now each kind has a GIN index of its documents' tsvector and one of a title-only tsvector, and
// (kind, id) lets a list of common words walk the newest documents of a kind until it has a page.
import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../dialect.ts';

const KINDS = ['pledge', 'update', 'chapter'] as const;

export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  if (dialect === 'sqlite') return;
  await sql`ALTER TABLE search_documents ADD COLUMN title_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple', title_terms)) STORED`.execute(
    db,
  );
  for (const kind of KINDS) {
    const onlyKind = sql`WHERE kind = ${sql.lit(kind)}`;
    await sql`CREATE INDEX ${sql.id(`search_documents_${kind}_vector_index`)} ON search_documents USING gin (vector) ${onlyKind}`.execute(
      db,
    );
    await sql`CREATE INDEX ${sql.id(`search_documents_${kind}_title_index`)} ON search_documents USING gin (title_vector) ${onlyKind}`.execute(
      db,
    );
  }
  await sql`CREATE INDEX search_documents_kind_id_index ON search_documents (kind, id)`.execute(db);
  await sql`DROP INDEX search_documents_vector_index`.execute(db);
  await sql`ANALYZE search_documents`.execute(db);
}
