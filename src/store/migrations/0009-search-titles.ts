// Migration: on SQLite, one more FTS5 index per kind holding only titles. "Every word in the title"
// was a column filter on the kind's index, which reads each word's whole list for title and body;
// a title-only index has short lists (the title pass of a three-word query: 2.5 → 0.6 ms at 200k
// developments). PostgreSQL keeps weight A of its tsvector for titles.
import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../dialect.ts';

const KINDS = ['pledge', 'update', 'chapter'] as const;

export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  if (dialect === 'postgres') return;
  for (const trigger of ['insert', 'delete', 'update']) await sql`DROP TRIGGER ${sql.id(`search_documents_${trigger}`)}`.execute(db);
  for (const kind of KINDS) {
    const table = sql.table(`search_title_${kind}`);
    // detail=none: rowids only, as title queries need neither columns nor positions.
    await sql`CREATE VIRTUAL TABLE ${table} USING fts5(
      title_terms, content='', contentless_delete=1, detail=none,
      prefix='4 5 6 7 8 9 10 11 12 13 14 15 16', tokenize='unicode61 remove_diacritics 0'
    )`.execute(db);
    await sql`INSERT INTO ${table}(rowid, title_terms) SELECT id, title_terms FROM search_documents WHERE kind = ${kind}`.execute(db);
    await sql`INSERT INTO ${table}(${sql.id(`search_title_${kind}`)}) VALUES ('optimize')`.execute(db);
  }
  const inserts = KINDS.flatMap((kind) => [
    sql`INSERT INTO ${sql.table(`search_fts_${kind}`)}(rowid, title_terms, body_terms) SELECT new.id, new.title_terms, new.body_terms WHERE new.kind = ${sql.lit(kind)};`,
    sql`INSERT INTO ${sql.table(`search_title_${kind}`)}(rowid, title_terms) SELECT new.id, new.title_terms WHERE new.kind = ${sql.lit(kind)};`,
  ]);
  const deletes = KINDS.flatMap((kind) =>
    ['fts', 'title'].map(
      (index) => sql`DELETE FROM ${sql.table(`search_${index}_${kind}`)} WHERE rowid = old.id AND old.kind = ${sql.lit(kind)};`,
    ),
  );
  await sql`CREATE TRIGGER search_documents_insert AFTER INSERT ON search_documents BEGIN ${sql.join(inserts, sql` `)} END`.execute(db);
  await sql`CREATE TRIGGER search_documents_delete AFTER DELETE ON search_documents BEGIN ${sql.join(deletes, sql` `)} END`.execute(db);
  await sql`CREATE TRIGGER search_documents_update AFTER UPDATE ON search_documents BEGIN ${sql.join([...deletes, ...inserts], sql` `)} END`.execute(
    db,
  );
}
