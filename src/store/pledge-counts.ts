// How many of the public Vorhaben that match a filter (an agreement's, for the overview, the statistics
// and the indexes of topics and ministries) have each status, per chapter, lead ministry or topic.
import type { Status } from '../domain/status.ts';
import type { Db } from './database.ts';
import { matchesFilter, resolveFilter, type PledgeFilter } from './pledge-filter.ts';
import { publicPledges } from './public-scope.ts';

export interface StatusCount {
  chapterId: number;
  status: Status;
  count: number;
}

/** Per chapter. */
export async function countPledgesByChapterAndStatus(db: Db, filter: PledgeFilter): Promise<StatusCount[]> {
  const resolved = await resolveFilter(db, filter);
  const rows = await publicPledges(db)
    .select(['pledges.chapter_id', 'pledges.status', (eb) => eb.fn.countAll<number | string>().as('count')])
    .where((eb) => matchesFilter(eb, resolved))
    .groupBy(['pledges.chapter_id', 'pledges.status'])
    .execute();
  return rows.map((row) => ({ chapterId: row.chapter_id, status: row.status, count: Number(row.count) }));
}

export interface GroupStatusCount {
  chapterId: number;
  ministry: { slug: string; name: string } | null;
  status: Status;
  count: number;
}

/** Per chapter and lead ministry. */
export async function countPledgesByGroupAndStatus(db: Db, filter: PledgeFilter): Promise<GroupStatusCount[]> {
  const resolved = await resolveFilter(db, filter);
  const rows = await publicPledges(db)
    .leftJoin('ministries', 'ministries.id', 'pledges.lead_ministry_id')
    .select([
      'pledges.chapter_id',
      'ministries.slug',
      'ministries.name',
      'pledges.status',
      (eb) => eb.fn.countAll<number | string>().as('count'),
    ])
    .where((eb) => matchesFilter(eb, resolved))
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

/** Per topic: a Vorhaben counts once for each of its topics. */
export async function countPledgesByTopicAndStatus(db: Db, filter: PledgeFilter): Promise<TermStatusCount[]> {
  const resolved = await resolveFilter(db, filter);
  const rows = await publicPledges(db)
    .innerJoin('pledge_topics', 'pledge_topics.pledge_id', 'pledges.id')
    .innerJoin('topics', 'topics.id', 'pledge_topics.topic_id')
    .select(['topics.slug', 'topics.name', 'pledges.status', (eb) => eb.fn.countAll<number | string>().as('count')])
    .where((eb) => matchesFilter(eb, resolved))
    .groupBy(['topics.slug', 'topics.name', 'pledges.status'])
    .execute();
  return rows.map((row) => ({ term: { slug: row.slug, name: row.name }, status: row.status, count: Number(row.count) }));
}
