// How many of the public Vorhaben that match a filter (an agreement's, for the overview, the statistics
// and the indexes of topics and ministries) have each status, per chapter, lead ministry or topic.
import type { Status } from '../domain/status.ts';
import type { Db } from './database.ts';
import { matchesFilter, resolveFilter, type PledgeFilter } from './pledge-filter.ts';
import { publicPledges } from './public-scope.ts';

/** How many Vorhaben of a group have one status. */
type CountIn<Group> = Group & { status: Status; count: number };

export type StatusCount = CountIn<{ chapterId: number }>;

export type GroupStatusCount = CountIn<{ chapterId: number; ministry: { slug: string; name: string } | null }>;

export type TermStatusCount = CountIn<{ term: { slug: string; name: string } }>;

/** The public Vorhaben that match the filter, to be grouped and counted. */
async function matchingPledges(db: Db, filter: PledgeFilter) {
  const resolved = await resolveFilter(db, filter);
  return publicPledges(db).where((eb) => matchesFilter(eb, resolved));
}

/** Per chapter. */
export async function countPledgesByChapterAndStatus(db: Db, filter: PledgeFilter): Promise<StatusCount[]> {
  const matching = await matchingPledges(db, filter);
  const rows = await matching
    .select(['pledges.chapter_id', 'pledges.status', (eb) => eb.fn.countAll<number | string>().as('count')])
    .groupBy(['pledges.chapter_id', 'pledges.status'])
    .execute();
  return rows.map((row) => ({ chapterId: row.chapter_id, status: row.status, count: Number(row.count) }));
}

/** Per chapter and lead ministry. */
export async function countPledgesByGroupAndStatus(db: Db, filter: PledgeFilter): Promise<GroupStatusCount[]> {
  const matching = await matchingPledges(db, filter);
  const rows = await matching
    .leftJoin('ministries', 'ministries.id', 'pledges.lead_ministry_id')
    .select([
      'pledges.chapter_id',
      'ministries.slug',
      'ministries.name',
      'pledges.status',
      (eb) => eb.fn.countAll<number | string>().as('count'),
    ])
    .groupBy(['pledges.chapter_id', 'ministries.slug', 'ministries.name', 'pledges.status'])
    .execute();
  return rows.map((row) => ({
    chapterId: row.chapter_id,
    ministry: row.slug !== null && row.name !== null ? { slug: row.slug, name: row.name } : null,
    status: row.status,
    count: Number(row.count),
  }));
}

/** Per topic: a Vorhaben counts once for each of its topics. */
export async function countPledgesByTopicAndStatus(db: Db, filter: PledgeFilter): Promise<TermStatusCount[]> {
  const matching = await matchingPledges(db, filter);
  const rows = await matching
    .innerJoin('pledge_topics', 'pledge_topics.pledge_id', 'pledges.id')
    .innerJoin('topics', 'topics.id', 'pledge_topics.topic_id')
    .select(['topics.slug', 'topics.name', 'pledges.status', (eb) => eb.fn.countAll<number | string>().as('count')])
    .groupBy(['topics.slug', 'topics.name', 'pledges.status'])
    .execute();
  return rows.map((row) => ({ term: { slug: row.slug, name: row.name }, status: row.status, count: Number(row.count) }));
}
