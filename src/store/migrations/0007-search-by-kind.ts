// Migration: on SQLite, one FTS5 index per kind of search document instead of one for all, so
// matches are counted per kind without looking up each hit's row; prefix indexes answer the
// prefix forms of query words without merging every longer word's list (decision 35).
// PostgreSQL keeps its tsvector column and GIN index.
import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../dialect.ts';

const KINDS = ['pledge', 'update', 'chapter'] as const;

export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  if (dialect === 'postgres') return;
  for (const trigger of ['insert', 'delete', 'update']) await sql`DROP TRIGGER ${sql.id(`search_documents_${trigger}`)}`.execute(db);
  await sql`DROP TABLE search_fts`.execute(db);
  await db.schema.dropIndex('search_documents_kind_index').execute();
  for (const kind of KINDS) {
    const table = sql.table(`search_fts_${kind}`);
    // Contentless: hits are read from search_documents by id. detail=column: no word positions, as
    // queries are single words and snippets are made in JS. Prefix lengths cover query prefixes of
    // 4 to 16 letters; a longer one is merged at query time (rare words, short lists).
    await sql`CREATE VIRTUAL TABLE ${table} USING fts5(
      title_terms, body_terms, content='', contentless_delete=1, detail=column,
      prefix='4 5 6 7 8 9 10 11 12 13 14 15 16', tokenize='unicode61 remove_diacritics 0'
    )`.execute(db);
    await sql`INSERT INTO ${table}(rowid, title_terms, body_terms) SELECT id, title_terms, body_terms FROM search_documents WHERE kind = ${kind}`.execute(
      db,
    );
    await sql`INSERT INTO ${table}(${sql.id(`search_fts_${kind}`)}) VALUES ('optimize')`.execute(db);
  }
  const inserts = KINDS.map(
    (kind) =>
      sql`INSERT INTO ${sql.table(`search_fts_${kind}`)}(rowid, title_terms, body_terms) SELECT new.id, new.title_terms, new.body_terms WHERE new.kind = ${sql.lit(kind)};`,
  );
  const deletes = KINDS.map(
    (kind) => sql`DELETE FROM ${sql.table(`search_fts_${kind}`)} WHERE rowid = old.id AND old.kind = ${sql.lit(kind)};`,
  );
  await sql`CREATE TRIGGER search_documents_insert AFTER INSERT ON search_documents BEGIN ${sql.join(inserts, sql` `)} END`.execute(db);
  await sql`CREATE TRIGGER search_documents_delete AFTER DELETE ON search_documents BEGIN ${sql.join(deletes, sql` `)} END`.execute(db);
  await sql`CREATE TRIGGER search_documents_update AFTER UPDATE ON search_documents BEGIN ${sql.join([...deletes, ...inserts], sql` `)} END`.execute(
    db,
  );
}
