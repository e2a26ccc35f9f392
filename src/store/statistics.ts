// What the statistics of an agreement are computed from: status counts by group, and every status change.
import type { Status } from '../domain/status.ts';
import type { Db } from './database.ts';

export interface GroupStatusCount {
  chapterId: number;
  ministry: { slug: string; name: string } | null;
  status: Status;
  count: number;
}

/** How many published pledges have each current status, per chapter and lead ministry. */
export async function countPledgesByGroupAndStatus(db: Db, agreementId: number): Promise<GroupStatusCount[]> {
  const rows = await db
    .selectFrom('pledges')
    .leftJoin('ministries', 'ministries.id', 'pledges.lead_ministry_id')
    .select(['pledges.chapter_id', 'ministries.slug', 'ministries.name', 'pledges.status', (eb) => eb.fn.countAll<number | string>().as('count')])
    .where('pledges.agreement_id', '=', agreementId)
    .where('pledges.published', '=', 1)
    .groupBy(['pledges.chapter_id', 'ministries.slug', 'ministries.name', 'pledges.status'])
    .execute();
  return rows.map((row) => ({
    chapterId: row.chapter_id,
    ministry: row.slug !== null && row.name !== null ? { slug: row.slug, name: row.name } : null,
    status: row.status,
    count: Number(row.count),
  }));
}

export interface TermStatusCount {
  term: { slug: string; name: string };
  status: Status;
  count: number;
}

/** How many published pledges have each current status, per topic (a pledge counts once for each of its topics). */
export async function countPledgesByTopicAndStatus(db: Db, agreementId: number): Promise<TermStatusCount[]> {
  const rows = await db
    .selectFrom('pledges')
    .innerJoin('pledge_topics', 'pledge_topics.pledge_id', 'pledges.id')
    .innerJoin('topics', 'topics.id', 'pledge_topics.topic_id')
    .select(['topics.slug', 'topics.name', 'pledges.status', (eb) => eb.fn.countAll<number | string>().as('count')])
    .where('pledges.agreement_id', '=', agreementId)
    .where('pledges.published', '=', 1)
    .groupBy(['topics.slug', 'topics.name', 'pledges.status'])
    .execute();
  return rows.map((row) => ({ term: { slug: row.slug, name: row.name }, status: row.status, count: Number(row.count) }));
}

export interface StatusChange {
  pledgeId: number;
  updateId: number;
  date: string;
  status: Status;
}

/** Every published status change of the agreement's published pledges, in the order they took effect. */
export async function listStatusChanges(db: Db, agreementId: number): Promise<StatusChange[]> {
  const rows = await db
    .selectFrom('updates')
    .innerJoin('pledges', 'pledges.id', 'updates.pledge_id')
    .select(['updates.pledge_id', 'updates.id', 'updates.event_date', 'updates.status_change'])
    .where('pledges.agreement_id', '=', agreementId)
    .where('pledges.published', '=', 1)
    .where('updates.published_at', 'is not', null)
    .where('updates.status_change', 'is not', null)
    .orderBy('updates.event_date')
    .orderBy('updates.id')
    .execute();
  return rows.map((row) => ({ pledgeId: row.pledge_id, updateId: row.id, date: row.event_date, status: row.status_change! }));
}
