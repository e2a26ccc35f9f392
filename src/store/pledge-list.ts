// Published pledges of an agreement, filtered, sorted and paged, with facet counts for the filters.
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import { SETTLED_STATUSES, type Status } from '../domain/status.ts';
import type { Db } from './database.ts';
import type { Database } from './schema.ts';

/**
 * What a list of pledges is narrowed to. Fields combine with AND, the values of one field with OR;
 * an empty or missing field does not filter. Chapters, topics, ministries and partners by slug.
 */
export interface PledgeFilters {
  agreementId: number;
  statuses?: readonly Status[];
  chapters?: readonly string[];
  topics?: readonly string[];
  ministries?: readonly string[];
  partners?: readonly string[];
  ratings?: readonly number[];
  /** Only pledges whose deadline lies before this date (YYYY-MM-DD) and that are not settled (implemented or broken). */
  overdueOn?: string;
}

export type FacetField = 'statuses' | 'chapters' | 'topics' | 'ministries' | 'partners' | 'ratings' | 'overdueOn';

export const PLEDGE_SORTS = ['chapter', 'latest', 'deadline'] as const;
export type PledgeSort = (typeof PLEDGE_SORTS)[number];

export interface PageRequest {
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

type PledgeScope = ExpressionBuilder<Database, 'pledges'>;

/** The filters as one condition on `pledges`, leaving out `except` (for that field's facet counts). */
function matches(eb: PledgeScope, filters: PledgeFilters, except?: FacetField): Expression<SqlBool> {
  const conditions: Expression<SqlBool>[] = [eb('pledges.agreement_id', '=', filters.agreementId), eb('pledges.published', '=', 1)];
  const wanted = <T>(field: FacetField, values: readonly T[] | undefined): values is readonly T[] =>
    field !== except && values !== undefined && values.length > 0;
  if (wanted('statuses', filters.statuses)) conditions.push(eb('pledges.status', 'in', [...filters.statuses]));
  if (wanted('ratings', filters.ratings)) conditions.push(eb('pledges.rating', 'in', [...filters.ratings]));
  if (wanted('chapters', filters.chapters)) {
    conditions.push(eb('pledges.chapter_id', 'in', eb.selectFrom('chapters').select('chapters.id').where('chapters.slug', 'in', [...filters.chapters])));
  }
  if (wanted('ministries', filters.ministries)) {
    conditions.push(eb('pledges.lead_ministry_id', 'in', eb.selectFrom('ministries').select('ministries.id').where('ministries.slug', 'in', [...filters.ministries])));
  }
  if (wanted('partners', filters.partners)) {
    conditions.push(eb('pledges.partner_id', 'in', eb.selectFrom('organisations').select('organisations.id').where('organisations.slug', 'in', [...filters.partners])));
  }
  if (wanted('topics', filters.topics)) {
    const withTopic = eb
      .selectFrom('pledge_topics')
      .innerJoin('topics', 'topics.id', 'pledge_topics.topic_id')
      .select('pledge_topics.pledge_id')
      .where('topics.slug', 'in', [...filters.topics]);
    conditions.push(eb('pledges.id', 'in', withTopic));
  }
  if (except !== 'overdueOn' && filters.overdueOn) conditions.push(overdue(eb, filters.overdueOn));
  return eb.and(conditions);
}

function overdue(eb: PledgeScope, today: string): Expression<SqlBool> {
  return eb.and([eb('pledges.deadline', '<', today), eb('pledges.status', 'not in', SETTLED_STATUSES)]);
}

/** One page of the pledges that match, and how many match in all. */
export async function listPledges(db: Db, filters: PledgeFilters, page: PageRequest): Promise<{ total: number; items: PledgeListItem[] }> {
  const { count } = await db
    .selectFrom('pledges')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .where((eb) => matches(eb, filters))
    .executeTakeFirstOrThrow();
  let query = db
    .selectFrom('pledges')
    .innerJoin('chapters', 'chapters.id', 'pledges.chapter_id')
    .leftJoin('ministries', 'ministries.id', 'pledges.lead_ministry_id')
    .leftJoin('organisations', 'organisations.id', 'pledges.partner_id')
    .select([
      'pledges.id', 'pledges.slug', 'pledges.title', 'pledges.status', 'pledges.rating', 'pledges.deadline', 'pledges.last_event_date',
      'chapters.slug as chapter_slug', 'chapters.number as chapter_number', 'chapters.title as chapter_title',
      'ministries.slug as ministry_slug', 'ministries.name as ministry_name',
      'organisations.slug as partner_slug', 'organisations.name as partner_name',
    ])
    .where((eb) => matches(eb, filters));
  // Both dialects put nulls last this way (SQLite sorts them first by default, PostgreSQL last).
  if (page.sort === 'latest') query = query.orderBy(sql`case when pledges.last_event_date is null then 1 else 0 end`).orderBy('pledges.last_event_date', 'desc');
  if (page.sort === 'deadline') query = query.orderBy(sql`case when pledges.deadline is null then 1 else 0 end`).orderBy('pledges.deadline');
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

export interface FilterOption {
  slug: string;
  label: string;
}

/** The chapters, topics, ministries and partners that published pledges of the agreement refer to. */
export async function listFilterOptions(db: Db, agreementId: number) {
  const published = (eb: PledgeScope) => eb.and([eb('pledges.agreement_id', '=', agreementId), eb('pledges.published', '=', 1)]);
  const chapters = await db
    .selectFrom('chapters')
    .select(['chapters.slug', 'chapters.heading as label'])
    .where((eb) => eb.exists(eb.selectFrom('pledges').select('pledges.id').whereRef('pledges.chapter_id', '=', 'chapters.id').where(published)))
    .orderBy('chapters.position')
    .orderBy('chapters.file_name')
    .execute();
  const topics = await db
    .selectFrom('topics')
    .select(['topics.slug', 'topics.name as label'])
    .where((eb) =>
      eb.exists(eb.selectFrom('pledge_topics').innerJoin('pledges', 'pledges.id', 'pledge_topics.pledge_id').select('pledges.id').whereRef('pledge_topics.topic_id', '=', 'topics.id').where(published)),
    )
    .orderBy('topics.name')
    .execute();
  const ministries = await db
    .selectFrom('ministries')
    .select(['ministries.slug', 'ministries.name as label'])
    .where((eb) => eb.exists(eb.selectFrom('pledges').select('pledges.id').whereRef('pledges.lead_ministry_id', '=', 'ministries.id').where(published)))
    .orderBy('ministries.name')
    .execute();
  const partners = await db
    .selectFrom('organisations')
    .select(['organisations.slug', 'organisations.name as label'])
    .where((eb) => eb.exists(eb.selectFrom('pledges').select('pledges.id').whereRef('pledges.partner_id', '=', 'organisations.id').where(published)))
    .orderBy('organisations.name')
    .execute();
  return { chapters, topics, ministries, partners } satisfies Record<string, FilterOption[]>;
}

/** For each filter field, how many pledges each value would match with the other filters applied. */
export interface FacetCounts {
  statuses: Map<string, number>;
  chapters: Map<string, number>;
  topics: Map<string, number>;
  ministries: Map<string, number>;
  partners: Map<string, number>;
  ratings: Map<string, number>;
  /** Pledges overdue on `today`. */
  overdue: number;
}

export async function countFacets(db: Db, filters: PledgeFilters, today: string): Promise<FacetCounts> {
  const counted = (rows: { value: string | number | null; count: number | string }[]) =>
    new Map(rows.filter((row) => row.value !== null).map((row) => [String(row.value), Number(row.count)]));
  const count = (eb: ExpressionBuilder<Database, 'pledges'>) => eb.fn.countAll<number | string>().as('count');
  const byColumn = async (field: FacetField, column: 'pledges.status' | 'pledges.rating') =>
    counted(await db.selectFrom('pledges').select([`${column} as value`, count]).where((eb) => matches(eb, filters, field)).groupBy(column).execute());
  const byVocabulary = async (field: FacetField, table: 'chapters' | 'ministries' | 'organisations', column: 'chapter_id' | 'lead_ministry_id' | 'partner_id') => {
    // The three tables share the (id, slug) shape that matters here; one typed spelling covers them.
    const vocabulary = table as 'ministries';
    const reference = `pledges.${column}` as 'pledges.lead_ministry_id';
    return counted(
      await db
        .selectFrom('pledges')
        .innerJoin(vocabulary, `${vocabulary}.id`, reference)
        .select([`${vocabulary}.slug as value`, (eb) => eb.fn.countAll<number | string>().as('count')])
        .where((eb) => matches(eb, filters, field))
        .groupBy(`${vocabulary}.slug`)
        .execute(),
    );
  };
  const topics = counted(
    await db
      .selectFrom('pledges')
      .innerJoin('pledge_topics', 'pledge_topics.pledge_id', 'pledges.id')
      .innerJoin('topics', 'topics.id', 'pledge_topics.topic_id')
      .select(['topics.slug as value', (eb) => eb.fn.countAll<number | string>().as('count')])
      .where((eb) => matches(eb, filters, 'topics'))
      .groupBy('topics.slug')
      .execute(),
  );
  const overdueRow = await db
    .selectFrom('pledges')
    .select(count)
    .where((eb) => eb.and([matches(eb, filters, 'overdueOn'), overdue(eb, today)]))
    .executeTakeFirstOrThrow();
  return {
    statuses: await byColumn('statuses', 'pledges.status'),
    ratings: await byColumn('ratings', 'pledges.rating'),
    chapters: await byVocabulary('chapters', 'chapters', 'chapter_id'),
    ministries: await byVocabulary('ministries', 'ministries', 'lead_ministry_id'),
    partners: await byVocabulary('partners', 'organisations', 'partner_id'),
    topics,
    overdue: Number(overdueRow.count),
  };
}
