// Writing the full-text search index: a pledge's or a chapter's documents replaced, a rebuild, and the
// claim on the index version that makes concurrent instances rebuild once.
import { PostgresAdapter, sql, type Insertable } from 'kysely';
import type { Db } from './database.ts';
import type { SearchDocumentTable } from './schema-search.ts';
import { KINDS } from './search.ts';

export type NewSearchDocument = Omit<Insertable<SearchDocumentTable>, 'id'>;
const INSERT_BATCH = 500;

export async function replacePledgeDocuments(db: Db, pledgeId: number, documents: readonly NewSearchDocument[]): Promise<void> {
  await db.deleteFrom('search_documents').where('pledge_id', '=', pledgeId).execute();
  await insertSearchDocuments(db, documents);
}

export async function replaceChapterDocuments(db: Db, chapterId: number, documents: readonly NewSearchDocument[]): Promise<void> {
  await db.deleteFrom('search_documents').where('chapter_id', '=', chapterId).execute();
  await insertSearchDocuments(db, documents);
}

export async function clearSearchDocuments(db: Db): Promise<void> {
  await db.deleteFrom('search_documents').execute();
}

/** After a rebuild: SQLite merges each FTS5 index into one segment, which its queries read faster. */
export async function optimizeSearchIndex(db: Db): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) return;
  for (const index of KINDS.flatMap((kind) => [`search_fts_${kind}`, `search_title_${kind}`])) {
    await sql`INSERT INTO ${sql.table(index)}(${sql.id(index)}) VALUES ('optimize')`.execute(db);
  }
}

export async function insertSearchDocuments(db: Db, documents: readonly NewSearchDocument[]): Promise<void> {
  for (let from = 0; from < documents.length; from += INSERT_BATCH) {
    await db
      .insertInto('search_documents')
      .values(documents.slice(from, from + INSERT_BATCH))
      .execute();
  }
}

/**
 * Records that the index is built by `version` of the indexing code; true only for the one caller
 * that changed it, so concurrent app instances starting together rebuild once.
 */
export async function claimSearchIndexVersion(db: Db, version: string): Promise<boolean> {
  const claimed = await db
    .insertInto('settings')
    .values({ key: 'search_index_version', value: version })
    .onConflict((conflict) => conflict.column('key').doUpdateSet({ value: version }).where('settings.value', '<>', version))
    .returning('key')
    .executeTakeFirst();
  return claimed !== undefined;
}
