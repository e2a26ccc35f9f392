// Pledges (Vorhaben): what the agreement promises, anchored in a chapter's text.
import type { Db } from './database.ts';
import { isPostgres } from './dialect.ts';
import type { NewPledge, Pledge, PledgeChanges } from './schema.ts';

/** `forUpdate`: on PostgreSQL the row stays locked until the transaction ends, so edits of one pledge run one after another, each seeing the last. */
export async function findPledgeBySlug(db: Db, slug: string, options: { forUpdate?: boolean } = {}): Promise<Pledge | undefined> {
  const query = db.selectFrom('pledges').selectAll().where('slug', '=', slug);
  return (options.forUpdate && isPostgres(db) ? query.forUpdate() : query).executeTakeFirst();
}

export async function isPledgeSlugTaken(db: Db, slug: string): Promise<boolean> {
  const row = await db.selectFrom('pledges').select('id').where('slug', '=', slug).executeTakeFirst();
  return row !== undefined;
}

/** A chapter's pledges in the order they were entered (for files) — see listPledgesInTextOrder for reading. */
export async function listPledgesOfChapter(db: Db, chapterId: number): Promise<Pledge[]> {
  return db.selectFrom('pledges').selectAll().where('chapter_id', '=', chapterId).orderBy('id').execute();
}

/** Published pledges of a chapter as a reader meets them: anchored ones in text order, then the rest. */
export async function listPublishedPledgesInTextOrder(db: Db, chapterId: number): Promise<Pledge[]> {
  const pledges = await db
    .selectFrom('pledges')
    .selectAll()
    .where('chapter_id', '=', chapterId)
    .where('published', '=', 1)
    .orderBy('id')
    .execute();
  return pledges.sort((a, b) => (a.quote_start ?? Infinity) - (b.quote_start ?? Infinity));
}

export async function insertPledge(db: Db, pledge: NewPledge): Promise<number> {
  const row = await db.insertInto('pledges').values(pledge).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updatePledge(db: Db, id: number, changes: PledgeChanges): Promise<void> {
  await db
    .updateTable('pledges')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

/** Which of these slugs pledges already use. */
export async function takenPledgeSlugs(db: Db, slugs: readonly string[]): Promise<Set<string>> {
  if (slugs.length === 0) return new Set();
  const rows = await db.selectFrom('pledges').select('slug').where('slug', 'in', [...slugs]).execute();
  return new Set(rows.map((row) => row.slug));
}
