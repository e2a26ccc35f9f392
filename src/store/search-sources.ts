// The published content the search index is made from, read in batches of pledges.
import type { Db } from './database.ts';
import { isPublishedDevelopment, isWrittenDevelopment } from './public-scope.ts';
import { inEffectOrder } from './rules.ts';

export interface PledgeSource {
  id: number;
  slug: string;
  title: string;
  quote: string | null;
  success_criterion: string | null;
  published: number;
  chapter_heading: string;
  /** Published developments only, oldest event first. */
  developments: { id: number; title: string; body: string; event_date: string }[];
}

/** The pledges with these ids (any order, missing ones left out), each with its published developments. */
export async function loadPledgeSources(db: Db, pledgeIds: readonly number[]): Promise<PledgeSource[]> {
  if (pledgeIds.length === 0) return [];
  const pledges = await db
    .selectFrom('pledges')
    .innerJoin('chapters', 'chapters.id', 'pledges.chapter_id')
    .select([
      'pledges.id',
      'pledges.slug',
      'pledges.title',
      'pledges.quote',
      'pledges.success_criterion',
      'pledges.published',
      'chapters.heading as chapter_heading',
    ])
    .where('pledges.id', 'in', pledgeIds)
    .execute();
  const developments = await inEffectOrder(
    db
      .selectFrom('updates')
      .select(['id', 'pledge_id', 'title', 'body', 'event_date'])
      .where('pledge_id', 'in', pledgeIds)
      .where(isPublishedDevelopment)
      .where(isWrittenDevelopment),
  ).execute();
  const byPledge = new Map<number, PledgeSource['developments']>();
  for (const { pledge_id, ...development } of developments) {
    const list = byPledge.get(pledge_id) ?? [];
    list.push(development);
    byPledge.set(pledge_id, list);
  }
  return pledges.map((pledge) => ({ ...pledge, developments: byPledge.get(pledge.id) ?? [] }));
}

/** Ids of all pledges, or of one chapter's, in id order. */
export async function listPledgeIds(db: Db, chapterId?: number): Promise<number[]> {
  let query = db.selectFrom('pledges').select('id').orderBy('id');
  if (chapterId !== undefined) query = query.where('chapter_id', '=', chapterId);
  return (await query.execute()).map((row) => row.id);
}

export async function listChapterIds(db: Db): Promise<number[]> {
  return (await db.selectFrom('chapters').select('id').orderBy('id').execute()).map((row) => row.id);
}
