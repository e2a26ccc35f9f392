// Pledges as the back office lists them: every pledge, drafts and unpublished included.
import { sql } from 'kysely';
import type { Status } from '../domain/status.ts';
import type { Db } from './database.ts';
import { isDraftDevelopment, isPublicPledge } from './public-scope.ts';

export interface PledgeAdminFilter {
  query?: string;
  chapterId?: number;
  status?: Status;
  /** Only pledges with unpublished developments. */
  withDrafts?: boolean;
  /** Only Vorhaben that are not public: drafts, and those whose publication was taken back. */
  unpublished?: boolean;
  /** Only the pledges of this partner organisation (experts). */
  partnerId?: number;
  limit: number;
  offset: number;
}

/** How many Vorhaben are not public. */
export async function countUnpublishedPledges(db: Db): Promise<number> {
  const row = await db
    .selectFrom('pledges')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where((eb) => eb.not(isPublicPledge(eb)))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function listPledgesForAdmin(db: Db, filter: PledgeAdminFilter) {
  let query = db
    .selectFrom('pledges')
    .innerJoin('chapters', 'chapters.id', 'pledges.chapter_id')
    .innerJoin('agreements', 'agreements.id', 'pledges.agreement_id')
    .innerJoin('governments', 'governments.id', 'agreements.government_id')
    .select([
      'governments.active as government_active',
      'pledges.id',
      'pledges.slug',
      'pledges.title',
      'pledges.status',
      'pledges.published',
      'pledges.last_event_date',
      'chapters.heading as chapter_heading',
      (eb) =>
        eb
          .selectFrom('updates')
          .select((inner) => inner.fn.countAll<number | string>().as('drafts'))
          .whereRef('updates.pledge_id', '=', 'pledges.id')
          .where(isDraftDevelopment)
          .as('drafts'),
    ])
    .orderBy('chapters.position')
    .orderBy(sql`case when pledges.quote_start is null then 1 else 0 end`)
    .orderBy('pledges.quote_start')
    .orderBy('pledges.id')
    .limit(filter.limit)
    .offset(filter.offset);
  if (filter.query)
    query = query.where((eb) => eb(eb.fn('lower', ['pledges.title']), 'like', `%${filter.query!.toLowerCase().replace(/[%_]/g, '')}%`));
  if (filter.chapterId !== undefined) query = query.where('pledges.chapter_id', '=', filter.chapterId);
  if (filter.status) query = query.where('pledges.status', '=', filter.status);
  if (filter.partnerId !== undefined) query = query.where('pledges.partner_id', '=', filter.partnerId);
  if (filter.unpublished) query = query.where((eb) => eb.not(isPublicPledge(eb)));
  if (filter.withDrafts) {
    query = query.where((eb) =>
      eb.exists(eb.selectFrom('updates').select('updates.id').whereRef('updates.pledge_id', '=', 'pledges.id').where(isDraftDevelopment)),
    );
  }
  const rows = await query.execute();
  return rows.map(({ government_active, ...row }) => ({ ...row, drafts: Number(row.drafts ?? 0), archived: government_active === 0 }));
}

/** The pledges of a partner organisation, for its experts' start page. */
export async function listPledgesOfPartner(db: Db, organisationId: number): Promise<{ slug: string; title: string }[]> {
  return db.selectFrom('pledges').select(['slug', 'title']).where('partner_id', '=', organisationId).orderBy('title').execute();
}
