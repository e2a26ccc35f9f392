// Counts and recent activity for the public overview of an agreement.
import type { Status } from '../domain/status.ts';
import type { Db } from './database.ts';

export interface StatusCount {
  chapterId: number;
  status: Status;
  count: number;
}

/** How many published pledges each chapter has in each status. */
export async function countPledgesByChapterAndStatus(db: Db, agreementId: number): Promise<StatusCount[]> {
  const rows = await db
    .selectFrom('pledges')
    .select(['chapter_id', 'status', (eb) => eb.fn.countAll<number | string>().as('count')])
    .where('agreement_id', '=', agreementId)
    .where('published', '=', 1)
    .groupBy(['chapter_id', 'status'])
    .execute();
  return rows.map((row) => ({ chapterId: row.chapter_id, status: row.status, count: Number(row.count) }));
}

export interface RecentUpdate {
  id: number;
  eventDate: string;
  title: string;
  statusChange: Status | null;
  pledgeSlug: string;
  pledgeTitle: string;
}

/**
 * The newest published updates of published pledges, newest event first. A cross join with the
 * join condition in WHERE keeps updates as SQLite's outer loop, so it walks updates_recent_index
 * backwards and stops at `limit` instead of sorting every update (PostgreSQL plans it freely).
 */
export async function listRecentUpdates(db: Db, agreementId: number, limit: number): Promise<RecentUpdate[]> {
  const rows = await db
    .selectFrom('updates')
    .crossJoin('pledges')
    .whereRef('pledges.id', '=', 'updates.pledge_id')
    .select([
      'updates.id',
      'updates.event_date',
      'updates.title',
      'updates.status_change',
      'pledges.slug as pledge_slug',
      'pledges.title as pledge_title',
    ])
    .where('pledges.agreement_id', '=', agreementId)
    .where('pledges.published', '=', 1)
    .where('updates.published_at', 'is not', null)
    .orderBy('updates.event_date', 'desc')
    .orderBy('updates.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    eventDate: row.event_date,
    title: row.title,
    statusChange: row.status_change,
    pledgeSlug: row.pledge_slug,
    pledgeTitle: row.pledge_title,
  }));
}

/**
 * The latest published update of each of these pledges, by pledge id: per pledge, one step back
 * from its newest update in updates_pledge_index, not all its updates.
 */
export async function latestUpdateOfPledges(db: Db, pledgeIds: readonly number[]): Promise<Map<number, { eventDate: string; title: string }>> {
  const latest = new Map<number, { eventDate: string; title: string }>();
  if (pledgeIds.length === 0) return latest;
  const rows = await db
    .selectFrom('updates')
    .select(['pledge_id', 'event_date', 'title'])
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('pledges')
        .where('pledges.id', 'in', [...pledgeIds])
        .select((pledge) =>
          pledge
            .selectFrom('updates as newest')
            .select('newest.id')
            .whereRef('newest.pledge_id', '=', 'pledges.id')
            .where('newest.published_at', 'is not', null)
            .orderBy('newest.event_date', 'desc')
            .orderBy('newest.id', 'desc')
            .limit(1)
            .as('id'),
        ),
    )
    .execute();
  for (const row of rows) latest.set(row.pledge_id, { eventDate: row.event_date, title: row.title });
  return latest;
}
