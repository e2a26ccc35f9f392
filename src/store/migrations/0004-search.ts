// Migration: the full-text search index. Documents hold original text and Snowball stems (made in
// JS, src/text/search-terms.ts); each dialect indexes the stems with its own full-text engine.
import { sql, type Kysely } from 'kysely';
import { withId, type DialectName } from '../dialect.ts';

export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  let documents = withId(db.schema.createTable('search_documents'), dialect)
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('pledge_id', 'integer', (c) => c.references('pledges.id').onDelete('cascade'))
    .addColumn('chapter_id', 'integer', (c) => c.references('chapters.id').onDelete('cascade'))
    .addColumn('target_slug', 'text', (c) => c.notNull())
    .addColumn('anchor', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('context', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('date', 'text')
    .addColumn('title_terms', 'text', (c) => c.notNull())
    .addColumn('body_terms', 'text', (c) => c.notNull());
  if (dialect === 'postgres') {
    // Stems are final: the 'simple' configuration only splits at the spaces and lower-cases.
    const vector = sql`setweight(to_tsvector('simple', title_terms), 'A') || setweight(to_tsvector('simple', body_terms), 'B')`;
    documents = documents.addColumn('vector', sql`tsvector`, (c) => c.generatedAlwaysAs(vector).stored());
  }
  await documents.execute();
  await db.schema.createIndex('search_documents_pledge_index').on('search_documents').column('pledge_id').execute();
  await db.schema.createIndex('search_documents_chapter_index').on('search_documents').column('chapter_id').execute();
  if (dialect === 'postgres') await sql`CREATE INDEX search_documents_vector_index ON search_documents USING gin (vector)`.execute(db);
  else await createSqliteIndex(db);
}

/** An FTS5 index over the stems that reads its content from search_documents, kept in step by triggers. */
async function createSqliteIndex(db: Kysely<unknown>): Promise<void> {
  // Counting hits per kind looks up each hit's kind: in this small index, not in the wide rows.
  await db.schema.createIndex('search_documents_kind_index').on('search_documents').columns(['id', 'kind']).execute();
  await sql`CREATE VIRTUAL TABLE search_fts USING fts5(
    title_terms, body_terms, content='search_documents', content_rowid='id', tokenize='unicode61 remove_diacritics 0'
  )`.execute(db);
  await sql`CREATE TRIGGER search_documents_insert AFTER INSERT ON search_documents BEGIN
    INSERT INTO search_fts(rowid, title_terms, body_terms) VALUES (new.id, new.title_terms, new.body_terms);
  END`.execute(db);
  await sql`CREATE TRIGGER search_documents_delete AFTER DELETE ON search_documents BEGIN
    INSERT INTO search_fts(search_fts, rowid, title_terms, body_terms) VALUES ('delete', old.id, old.title_terms, old.body_terms);
  END`.execute(db);
  await sql`CREATE TRIGGER search_documents_update AFTER UPDATE ON search_documents BEGIN
    INSERT INTO search_fts(search_fts, rowid, title_terms, body_terms) VALUES ('delete', old.id, old.title_terms, old.body_terms);
    INSERT INTO search_fts(rowid, title_terms, body_terms) VALUES (new.id, new.title_terms, new.body_terms);
  END`.execute(db);
}
