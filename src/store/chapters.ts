// Chapters of an agreement: their text (without markers) and frontmatter.
import type { Db } from './database.ts';
import { keysetPage, type KeysetPage } from './keyset.ts';
import type { Chapter, ChapterChanges, NewChapter } from './schema.ts';

export async function findChapterByFile(db: Db, agreementId: number, fileName: string): Promise<Chapter | undefined> {
  return db.selectFrom('chapters').selectAll().where('agreement_id', '=', agreementId).where('file_name', '=', fileName).executeTakeFirst();
}

export async function findChapterBySlug(db: Db, slug: string): Promise<Chapter | undefined> {
  return db.selectFrom('chapters').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export async function findChapterById(db: Db, id: number): Promise<Chapter> {
  return db.selectFrom('chapters').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

export async function isChapterSlugTaken(db: Db, slug: string): Promise<boolean> {
  const row = await db.selectFrom('chapters').select('id').where('slug', '=', slug).executeTakeFirst();
  return row !== undefined;
}

/** Chapters of an agreement in reading order. */
export async function listChapters(db: Db, agreementId: number): Promise<Chapter[]> {
  return db.selectFrom('chapters').selectAll().where('agreement_id', '=', agreementId).orderBy('position').orderBy('file_name').execute();
}

/** Chapters without their bodies, for lists and navigation. */
export async function listChapterHeadings(db: Db, agreementId: number) {
  return db
    .selectFrom('chapters')
    .select(['id', 'slug', 'number', 'title', 'heading', 'section', 'published'])
    .where('agreement_id', '=', agreementId)
    .orderBy('position')
    .orderBy('file_name')
    .execute();
}

export async function insertChapter(db: Db, chapter: NewChapter): Promise<number> {
  const row = await db.insertInto('chapters').values(chapter).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateChapter(db: Db, id: number, changes: ChapterChanges): Promise<void> {
  await db
    .updateTable('chapters')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

/** Chapters with their agreement's slug, as the API shows them. */
function chapterRows(db: Db) {
  return db
    .selectFrom('chapters')
    .innerJoin('agreements', 'agreements.id', 'chapters.agreement_id')
    .select([
      'chapters.id',
      'chapters.slug',
      'chapters.number',
      'chapters.heading',
      'chapters.title',
      'chapters.section',
      'chapters.position',
      'chapters.published',
      'agreements.slug as agreement_slug',
    ]);
}

export type ChapterRow = Awaited<ReturnType<typeof pageOfChapters>>[number];

/** The API's page of chapters, of one agreement when its slug is given. */
export async function pageOfChapters(db: Db, filter: { agreement?: string }, page: KeysetPage) {
  let query = chapterRows(db);
  if (filter.agreement !== undefined) query = query.where('agreements.slug', '=', filter.agreement);
  return keysetPage(query, 'chapters.id', page).execute();
}

/** A chapter as the API shows it, with its text. */
export async function findChapterRow(db: Db, slug: string) {
  return chapterRows(db).select('chapters.body').where('chapters.slug', '=', slug).executeTakeFirst();
}
