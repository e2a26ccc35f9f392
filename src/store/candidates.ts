// The extractor's candidates of a chapter and the decisions taken on them.
import type { Db } from './database.ts';
import type { CandidateDecision, CandidateRow, CandidateTable } from './schema.ts';
import type { Insertable, Updateable } from 'kysely';

export async function listCandidatesOfChapter(db: Db, chapterId: number): Promise<CandidateRow[]> {
  return db.selectFrom('candidates').selectAll().where('chapter_id', '=', chapterId).orderBy('start_offset').orderBy('id').execute();
}

export async function insertCandidates(db: Db, rows: Insertable<CandidateTable>[]): Promise<void> {
  // Chunks keep each statement under SQLite's limit of bound parameters.
  for (let i = 0; i < rows.length; i += 200)
    await db
      .insertInto('candidates')
      .values(rows.slice(i, i + 200))
      .execute();
}

export async function updateCandidate(db: Db, id: number, changes: Updateable<CandidateTable>): Promise<void> {
  await db.updateTable('candidates').set(changes).where('id', '=', id).execute();
}

export async function deleteCandidates(db: Db, ids: readonly number[]): Promise<void> {
  if (ids.length > 0)
    await db
      .deleteFrom('candidates')
      .where('id', 'in', [...ids])
      .execute();
}

/** How many candidates per chapter are proposed, and how many of those are decided. */
export async function countCandidatesByChapter(db: Db, agreementId: number): Promise<Map<number, { total: number; decided: number }>> {
  const rows = await db
    .selectFrom('candidates')
    .innerJoin('chapters', 'chapters.id', 'candidates.chapter_id')
    .select(['candidates.chapter_id', 'candidates.decision', (eb) => eb.fn.countAll<number | string>().as('count')])
    .where('chapters.agreement_id', '=', agreementId)
    .where('candidates.present', '=', 1)
    .groupBy(['candidates.chapter_id', 'candidates.decision'])
    .execute();
  const counts = new Map<number, { total: number; decided: number }>();
  for (const row of rows) {
    const entry = counts.get(row.chapter_id) ?? { total: 0, decided: 0 };
    entry.total += Number(row.count);
    if (row.decision !== 'open') entry.decided += Number(row.count);
    counts.set(row.chapter_id, entry);
  }
  return counts;
}

export type CandidateForReview = CandidateRow & {
  decided_by_email: string | null;
  pledge_slug: string | null;
  pledge_title: string | null;
  pledge_published: number | null;
};

/** A chapter's candidates in text order with who decided them and the pledge they became, for the review queue. */
export async function listCandidatesForReview(db: Db, chapterId: number): Promise<CandidateForReview[]> {
  return db
    .selectFrom('candidates')
    .leftJoin('users', 'users.id', 'candidates.decided_by')
    .leftJoin('pledges', 'pledges.id', 'candidates.pledge_id')
    .selectAll('candidates')
    .select([
      'users.email as decided_by_email',
      'pledges.slug as pledge_slug',
      'pledges.title as pledge_title',
      'pledges.published as pledge_published',
    ])
    .where('candidates.chapter_id', '=', chapterId)
    .orderBy('candidates.start_offset')
    .orderBy('candidates.id')
    .execute();
}

export async function findCandidateById(db: Db, id: number): Promise<CandidateRow | undefined> {
  return db.selectFrom('candidates').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Records a decision only if the candidate is still in the expected state; false when someone
 * else decided first (the row lock makes the second of two concurrent editors see that).
 */
export async function updateCandidateIfDecision(
  db: Db,
  id: number,
  expected: CandidateDecision,
  changes: Updateable<CandidateTable>,
): Promise<boolean> {
  const result = await db.updateTable('candidates').set(changes).where('id', '=', id).where('decision', '=', expected).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The spans of a chapter's open candidates still in its text, for marking them in the chapter view. */
export async function listOpenCandidateSpans(
  db: Db,
  chapterId: number,
): Promise<{ id: number; start_offset: number; end_offset: number; title: string }[]> {
  return db
    .selectFrom('candidates')
    .select(['id', 'start_offset', 'end_offset', 'title'])
    .where('chapter_id', '=', chapterId)
    .where('present', '=', 1)
    .where('decision', '=', 'open')
    .orderBy('start_offset')
    .orderBy('id')
    .execute();
}
