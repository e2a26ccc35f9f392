// The extractor's candidates of a chapter and the decisions taken on them.
import type { Db } from './database.ts';
import type { CandidateRow, CandidateTable } from './schema.ts';
import type { Insertable, Updateable } from 'kysely';

export async function listCandidatesOfChapter(db: Db, chapterId: number): Promise<CandidateRow[]> {
  return db.selectFrom('candidates').selectAll().where('chapter_id', '=', chapterId).orderBy('start_offset').orderBy('id').execute();
}

export async function insertCandidates(db: Db, rows: Insertable<CandidateTable>[]): Promise<void> {
  // Chunks keep each statement under SQLite's limit of bound parameters.
  for (let i = 0; i < rows.length; i += 200) await db.insertInto('candidates').values(rows.slice(i, i + 200)).execute();
}

export async function updateCandidate(db: Db, id: number, changes: Updateable<CandidateTable>): Promise<void> {
  await db.updateTable('candidates').set(changes).where('id', '=', id).execute();
}

export async function deleteCandidates(db: Db, ids: readonly number[]): Promise<void> {
  if (ids.length > 0) await db.deleteFrom('candidates').where('id', 'in', [...ids]).execute();
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
