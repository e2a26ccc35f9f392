// Lists of the Vorhaben the public may see, narrowed by the one PledgeFilter: the list page's (sorted,
// by offset, with facet counts and the values its filters offer) and the API's (in id order, by keyset).
import { sql, type ExpressionBuilder } from 'kysely';
import type { Status } from '../domain/status.ts';
import type { Db } from './database.ts';
import { keysetPage, type KeysetPage } from './keyset.ts';
import { matchesFilter, resolveFilter, type FacetField, type PledgeFilter } from './pledge-filter.ts';
import { isPublicPledge, publicPledges } from './public-scope.ts';
import type { Database } from './schema.ts';

export const PLEDGE_SORTS = ['chapter', 'latest', 'deadline'] as const;
export type PledgeSort = (typeof PLEDGE_SORTS)[number];

/** A page of the list: `limit` Vorhaben from `offset` on, in the order of `sort`. */
export interface ListPage {
  sort: PledgeSort;
  offset: number;
  limit: number;
}

export interface PledgeListItem {
  id: number;
  slug: string;
  title: string;
  status: Status;
  rating: number | null;
  deadline: string | null;
  lastEventDate: string | null;
  chapter: { slug: string; number: string | null; title: string };
  ministry: { slug: string; name: string } | null;
  partner: { slug: string; name: string } | null;
}

/** Public Vorhaben with their chapter, lead ministry and partner, and the columns every list shows. */
function listRows(db: Db) {
  return publicPledges(db)
    .innerJoin('chapters', 'chapters.id', 'pledges.chapter_id')
    .leftJoin('ministries', 'ministries.id', 'pledges.lead_ministry_id')
    .leftJoin('organisations', 'organisations.id', 'pledges.partner_id')
    .select([
      'pledges.id',
      'pledges.slug',
      'pledges.title',
      'pledges.status',
      'pledges.rating',
      'pledges.deadline',
      'pledges.last_event_date',
      'chapters.slug as chapter_slug',
      'ministries.slug as ministry_slug',
      'ministries.name as ministry_name',
      'organisations.slug as partner_slug',
      'organisations.name as partner_name',
    ]);
}

/** One page of the Vorhaben that match, and how many match in all. */
export async function listPledges(db: Db, filter: PledgeFilter, page: ListPage): Promise<{ total: number; items: PledgeListItem[] }> {
  const resolved = await resolveFilter(db, filter);
  const { count } = await publicPledges(db)
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .where((eb) => matchesFilter(eb, resolved))
    .executeTakeFirstOrThrow();
  let query = listRows(db)
    .select(['chapters.number as chapter_number', 'chapters.title as chapter_title'])
    .where((eb) => matchesFilter(eb, resolved));
  // Both dialects put nulls last this way (SQLite sorts them first by default, PostgreSQL last).
  if (page.sort === 'latest')
    query = query.orderBy(sql`case when pledges.last_event_date is null then 1 else 0 end`).orderBy('pledges.last_event_date', 'desc');
  if (page.sort === 'deadline')
    query = query.orderBy(sql`case when pledges.deadline is null then 1 else 0 end`).orderBy('pledges.deadline');
  const rows = await query
    .orderBy('chapters.position')
    .orderBy('chapters.file_name')
    .orderBy(sql`case when pledges.quote_start is null then 1 else 0 end`)
    .orderBy('pledges.quote_start')
    .orderBy('pledges.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  const items = rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    title: row.title,
    status: row.status,
    rating: row.rating,
    deadline: row.deadline,
    lastEventDate: row.last_event_date,
    chapter: { slug: row.chapter_slug, number: row.chapter_number, title: row.chapter_title },
    ministry: row.ministry_slug !== null && row.ministry_name !== null ? { slug: row.ministry_slug, name: row.ministry_name } : null,
    partner: row.partner_slug !== null && row.partner_name !== null ? { slug: row.partner_slug, name: row.partner_name } : null,
  }));
  return { total: Number(count), items };
}

/** The API's Vorhaben: every field it shows. */
function apiRows(db: Db) {
  return listRows(db)
    .innerJoin('agreements', 'agreements.id', 'pledges.agreement_id')
    .select([
      'pledges.quote',
      'pledges.quote_start',
      'pledges.quote_end',
      'pledges.success_criterion',
      'chapters.heading as chapter_heading',
      'agreements.slug as agreement_slug',
    ]);
}

export type PublicPledgeRow = Awaited<ReturnType<typeof pageOfPublicPledges>>[number];

/** The API's page of the Vorhaben that match. */
export async function pageOfPublicPledges(db: Db, filter: PledgeFilter, page: KeysetPage) {
  const resolved = await resolveFilter(db, filter);
  return keysetPage(
    apiRows(db).where((eb) => matchesFilter(eb, resolved)),
    'pledges.id',
    page,
  ).execute();
}

/** Every Vorhaben that matches, in id order (a chapter's in the API). */
export async function listPublicPledgeRows(db: Db, filter: PledgeFilter): Promise<PublicPledgeRow[]> {
  const resolved = await resolveFilter(db, filter);
  return apiRows(db)
    .where((eb) => matchesFilter(eb, resolved))
    .orderBy('pledges.id')
    .execute();
}

export async function findPublicPledgeRow(db: Db, slug: string): Promise<PublicPledgeRow | undefined> {
  return apiRows(db).where('pledges.slug', '=', slug).executeTakeFirst();
}

export interface FilterOption {
  slug: string;
  label: string;
}

/** The chapters, topics, ministries and partners that public Vorhaben of the agreement refer to. */
export async function listFilterOptions(db: Db, agreementId: number) {
  const offered = (eb: ExpressionBuilder<Database, 'pledges'>) =>
    eb.and([isPublicPledge(eb), eb('pledges.agreement_id', '=', agreementId)]);
  const chapters = await db
    .selectFrom('chapters')
    .select(['chapters.slug', 'chapters.heading as label'])
    .where((eb) =>
      eb.exists(eb.selectFrom('pledges').select('pledges.id').whereRef('pledges.chapter_id', '=', 'chapters.id').where(offered)),
    )
    .orderBy('chapters.position')
    .orderBy('chapters.file_name')
    .execute();
  const topics = await db
    .selectFrom('topics')
    .select(['topics.slug', 'topics.name as label'])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('pledge_topics')
          .innerJoin('pledges', 'pledges.id', 'pledge_topics.pledge_id')
          .select('pledges.id')
          .whereRef('pledge_topics.topic_id', '=', 'topics.id')
          .where(offered),
      ),
    )
    .orderBy('topics.name')
    .execute();
  const ministries = await db
    .selectFrom('ministries')
    .select(['ministries.slug', 'ministries.name as label'])
    .where((eb) =>
      eb.exists(eb.selectFrom('pledges').select('pledges.id').whereRef('pledges.lead_ministry_id', '=', 'ministries.id').where(offered)),
    )
    .orderBy('ministries.name')
    .execute();
  const partners = await db
    .selectFrom('organisations')
    .select(['organisations.slug', 'organisations.name as label'])
    .where((eb) =>
      eb.exists(eb.selectFrom('pledges').select('pledges.id').whereRef('pledges.partner_id', '=', 'organisations.id').where(offered)),
    )
    .orderBy('organisations.name')
    .execute();
  return { chapters, topics, ministries, partners } satisfies Record<string, FilterOption[]>;
}

/** For each filter field, how many Vorhaben each value would match with the other filters applied. */
export interface FacetCounts {
  statuses: Map<string, number>;
  chapters: Map<string, number>;
  topics: Map<string, number>;
  ministries: Map<string, number>;
  partners: Map<string, number>;
  ratings: Map<string, number>;
  /** Vorhaben overdue on `today`. */
  overdue: number;
}

export async function countFacets(db: Db, unresolved: PledgeFilter, today: string): Promise<FacetCounts> {
  const filter = await resolveFilter(db, unresolved);
  const counted = (rows: { value: string | number | null; count: number | string }[]) =>
    new Map(rows.filter((row) => row.value !== null).map((row) => [String(row.value), Number(row.count)]));
  const count = (eb: ExpressionBuilder<Database, 'pledges'>) => eb.fn.countAll<number | string>().as('count');
  const byColumn = async (field: FacetField, column: 'pledges.status' | 'pledges.rating') =>
    counted(
      await publicPledges(db)
        .select([`${column} as value`, count])
        .where((eb) => matchesFilter(eb, filter, { except: field }))
        .groupBy(column)
        .execute(),
    );
  const byVocabulary = async (
    field: FacetField,
    table: 'chapters' | 'ministries' | 'organisations',
    column: 'chapter_id' | 'lead_ministry_id' | 'partner_id',
  ) => {
    // The three tables share the (id, slug) shape that matters here; one typed spelling covers them.
    const vocabulary = table as 'ministries';
    const reference = `pledges.${column}` as 'pledges.lead_ministry_id';
    return counted(
      await publicPledges(db)
        .innerJoin(vocabulary, `${vocabulary}.id`, reference)
        .select([`${vocabulary}.slug as value`, (eb) => eb.fn.countAll<number | string>().as('count')])
        .where((eb) => matchesFilter(eb, filter, { except: field }))
        .groupBy(`${vocabulary}.slug`)
        .execute(),
    );
  };
  const topics = counted(
    await publicPledges(db)
      .innerJoin('pledge_topics', 'pledge_topics.pledge_id', 'pledges.id')
      .innerJoin('topics', 'topics.id', 'pledge_topics.topic_id')
      .select(['topics.slug as value', (eb) => eb.fn.countAll<number | string>().as('count')])
      .where((eb) => matchesFilter(eb, filter, { except: 'topics' }))
      .groupBy('topics.slug')
      .execute(),
  );
  const overdue = await publicPledges(db)
    .select(count)
    .where((eb) => matchesFilter(eb, { ...filter, overdueOn: today }))
    .executeTakeFirstOrThrow();
  return {
    statuses: await byColumn('statuses', 'pledges.status'),
    ratings: await byColumn('ratings', 'pledges.rating'),
    chapters: await byVocabulary('chapters', 'chapters', 'chapter_id'),
    ministries: await byVocabulary('ministries', 'ministries', 'lead_ministry_id'),
    partners: await byVocabulary('partners', 'organisations', 'partner_id'),
    topics,
    overdue: Number(overdue.count),
  };
}
