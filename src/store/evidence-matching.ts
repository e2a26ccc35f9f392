// What evidence matching reads of the tracker: the governments still followed, with their terms, and
// their Vorhaben with title, quote, topics and lead ministry.
import type { Db } from './database.ts';

export interface FollowedGovernment {
  id: number;
  term_start: string | null;
  term_end: string | null;
}

/** Governments that are not archived: their Vorhaben take evidence. */
export async function listFollowedGovernments(db: Db): Promise<FollowedGovernment[]> {
  return db.selectFrom('governments').select(['id', 'term_start', 'term_end']).where('active', '=', 1).orderBy('id').execute();
}

export interface PledgeForMatchingRow {
  id: number;
  slug: string;
  title: string;
  quote: string | null;
  lead_ministry: string | null;
  topics: string[];
}

/** Every Vorhaben of a government's agreements, published or not. */
export async function listPledgesForMatching(db: Db, governmentId: number): Promise<PledgeForMatchingRow[]> {
  const pledges = await db
    .selectFrom('pledges')
    .innerJoin('agreements', 'agreements.id', 'pledges.agreement_id')
    .leftJoin('ministries', 'ministries.id', 'pledges.lead_ministry_id')
    .select(['pledges.id', 'pledges.slug', 'pledges.title', 'pledges.quote', 'ministries.name as lead_ministry'])
    .where('agreements.government_id', '=', governmentId)
    .orderBy('pledges.id')
    .execute();
  if (pledges.length === 0) return [];
  const topics = await db
    .selectFrom('pledge_topics')
    .innerJoin('topics', 'topics.id', 'pledge_topics.topic_id')
    .innerJoin('pledges', 'pledges.id', 'pledge_topics.pledge_id')
    .innerJoin('agreements', 'agreements.id', 'pledges.agreement_id')
    .select(['pledge_topics.pledge_id', 'topics.name'])
    .where('agreements.government_id', '=', governmentId)
    .orderBy('topics.name')
    .execute();
  const byPledge = new Map<number, string[]>();
  for (const row of topics) byPledge.set(row.pledge_id, [...(byPledge.get(row.pledge_id) ?? []), row.name]);
  return pledges.map((pledge) => ({ ...pledge, topics: byPledge.get(pledge.id) ?? [] }));
}
