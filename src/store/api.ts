// Queries of the public JSON API and the downloads: pages in id order (keyset pagination), only
// what the public may see — published pledges, published developments of published pledges.
import { sql, type ExpressionBuilder, type SelectQueryBuilder } from 'kysely';
import { SETTLED_STATUSES, type Status } from '../domain/status.ts';
import type { Db } from './database.ts';
import type { Database } from './schema.ts';

/** A page is the rows with an id above `afterId`, at most `limit` of them. */
export interface PageRequest {
  afterId: number;
  limit: number;
}


export interface PledgeFilters {
  agreement?: string;
  status?: Status[];
  chapter?: string[];
  topic?: string[];
  ministry?: string[];
  partner?: string[];
  rating?: number[];
  /** true: deadline before `today` and not settled; false: everything else. */
  overdue?: boolean;
}

export interface UpdateFilters {
  agreement?: string;
  pledge?: string;
}

export interface SourceFilters {
  pledge?: string;
  update?: number;
}

function page<DB, TB extends keyof DB, O>(query: SelectQueryBuilder<DB, TB, O>, idColumn: string, request: PageRequest) {
  // The column name is ours (a constant per query), never input.
  return query
    .where(sql.ref(idColumn), '>', request.afterId)
    .orderBy(sql.ref(idColumn))
    .limit(request.limit);
}

export async function pageOfGovernments(db: Db, request: PageRequest) {
  return page(db.selectFrom('governments').selectAll(), 'governments.id', request).execute();
}

export async function findGovernmentBySlug(db: Db, slug: string) {
  return db.selectFrom('governments').selectAll().where('slug', '=', slug).executeTakeFirst();
}

function agreementsQuery(db: Db) {
  return db
    .selectFrom('agreements')
    .innerJoin('governments', 'governments.id', 'agreements.government_id')
    .select(['agreements.id', 'agreements.slug', 'agreements.title', 'agreements.source_url', 'agreements.licence', 'governments.slug as government_slug']);
}

export async function pageOfAgreements(db: Db, filters: { government?: string }, request: PageRequest) {
  let query = agreementsQuery(db);
  if (filters.government !== undefined) query = query.where('governments.slug', '=', filters.government);
  return page(query, 'agreements.id', request).execute();
}

export async function findAgreementBySlugForApi(db: Db, slug: string) {
  return agreementsQuery(db).where('agreements.slug', '=', slug).executeTakeFirst();
}

function chaptersQuery(db: Db) {
  return db
    .selectFrom('chapters')
    .innerJoin('agreements', 'agreements.id', 'chapters.agreement_id')
    .select([
      'chapters.id',
      'chapters.slug',
      'chapters.number',
      'chapters.heading',
      'chapters.title',
      'chapters.section',
      'chapters.position',
      'chapters.published',
      'agreements.slug as agreement_slug',
    ]);
}

export async function pageOfChapters(db: Db, filters: { agreement?: string }, request: PageRequest) {
  let query = chaptersQuery(db);
  if (filters.agreement !== undefined) query = query.where('agreements.slug', '=', filters.agreement);
  return page(query, 'chapters.id', request).execute();
}

export async function findChapterBySlugForApi(db: Db, slug: string) {
  return chaptersQuery(db).select('chapters.body').where('chapters.slug', '=', slug).executeTakeFirst();
}

function publishedPledgesQuery(db: Db) {
  return db
    .selectFrom('pledges')
    .innerJoin('chapters', 'chapters.id', 'pledges.chapter_id')
    .innerJoin('agreements', 'agreements.id', 'pledges.agreement_id')
    .leftJoin('ministries', 'ministries.id', 'pledges.lead_ministry_id')
    .leftJoin('organisations', 'organisations.id', 'pledges.partner_id')
    .select([
      'pledges.id',
      'pledges.slug',
      'pledges.title',
      'pledges.status',
      'pledges.rating',
      'pledges.deadline',
      'pledges.quote',
      'pledges.quote_start',
      'pledges.quote_end',
      'pledges.success_criterion',
      'pledges.last_event_date',
      'chapters.slug as chapter_slug',
      'chapters.heading as chapter_heading',
      'agreements.slug as agreement_slug',
      'ministries.slug as ministry_slug',
      'ministries.name as ministry_name',
      'organisations.slug as partner_slug',
      'organisations.name as partner_name',
    ])
    .where('pledges.published', '=', 1);
}

export type PublishedPledgeRow = NonNullable<Awaited<ReturnType<typeof findPublishedPledge>>>;
export type PublishedUpdateRow = NonNullable<Awaited<ReturnType<typeof findPublishedUpdate>>>;
export type PublishedSourceRow = NonNullable<Awaited<ReturnType<typeof findPublishedSource>>>;

export async function pageOfPublishedPledges(db: Db, filters: PledgeFilters, today: string, request: PageRequest) {
  const query = publishedPledgesQuery(db).where((eb) => eb.and(pledgeConditions(eb, filters, today)));
  return page(query, 'pledges.id', request).execute();
}

export async function findPublishedPledge(db: Db, slug: string) {
  return publishedPledgesQuery(db).where('pledges.slug', '=', slug).executeTakeFirst();
}

type PledgeScope = ExpressionBuilder<Database, 'pledges' | 'chapters' | 'agreements' | 'ministries' | 'organisations'>;

function pledgeConditions(eb: PledgeScope, filters: PledgeFilters, today: string) {
  const conditions = [];
  if (filters.agreement !== undefined) conditions.push(eb('agreements.slug', '=', filters.agreement));
  if (filters.status?.length) conditions.push(eb('pledges.status', 'in', filters.status));
  if (filters.chapter?.length) conditions.push(eb('chapters.slug', 'in', filters.chapter));
  if (filters.ministry?.length) conditions.push(eb('ministries.slug', 'in', filters.ministry));
  if (filters.partner?.length) conditions.push(eb('organisations.slug', 'in', filters.partner));
  if (filters.rating?.length) conditions.push(eb('pledges.rating', 'in', filters.rating));
  if (filters.topic?.length) {
    const topics = filters.topic;
    conditions.push(
      eb.exists(
        eb
          .selectFrom('pledge_topics')
          .innerJoin('topics', 'topics.id', 'pledge_topics.topic_id')
          .select('pledge_topics.pledge_id')
          .whereRef('pledge_topics.pledge_id', '=', 'pledges.id')
          .where('topics.slug', 'in', topics),
      ),
    );
  }
  if (filters.overdue !== undefined) {
    const overdue = eb.and([eb('pledges.deadline', 'is not', null), eb('pledges.deadline', '<', today), eb('pledges.status', 'not in', SETTLED_STATUSES)]);
    conditions.push(filters.overdue ? overdue : eb.not(overdue));
  }
  return conditions;
}

/** Topics of each pledge, by pledge id, in German alphabetical order (the same on both databases, whatever their collation). */
export async function topicsOfPublishedPledges(db: Db, pledgeIds: readonly number[]) {
  const byPledge = new Map<number, { slug: string; name: string }[]>();
  if (pledgeIds.length === 0) return byPledge;
  const rows = await db
    .selectFrom('pledge_topics')
    .innerJoin('topics', 'topics.id', 'pledge_topics.topic_id')
    .select(['pledge_topics.pledge_id', 'topics.slug', 'topics.name'])
    .where('pledge_topics.pledge_id', 'in', [...pledgeIds])
    .execute();
  rows.sort((a, b) => a.name.localeCompare(b.name, 'de') || a.slug.localeCompare(b.slug));
  for (const { pledge_id: pledgeId, slug, name } of rows) byPledge.set(pledgeId, [...(byPledge.get(pledgeId) ?? []), { slug, name }]);
  return byPledge;
}

/** Published pledges of a chapter, for the chapter's own entry. */
export async function publishedPledgesOfChapter(db: Db, chapterSlug: string) {
  return publishedPledgesQuery(db).where('chapters.slug', '=', chapterSlug).orderBy('pledges.id').execute();
}

function publishedUpdatesQuery(db: Db) {
  return db
    .selectFrom('updates')
    .innerJoin('pledges', 'pledges.id', 'updates.pledge_id')
    .innerJoin('agreements', 'agreements.id', 'pledges.agreement_id')
    .select([
      'updates.id',
      'updates.event_date',
      'updates.published_at',
      'updates.title',
      'updates.body',
      'updates.status_change',
      'updates.rating_change',
      'pledges.slug as pledge_slug',
      'agreements.slug as agreement_slug',
    ])
    .where('updates.published_at', 'is not', null)
    .where('pledges.published', '=', 1);
}

export async function pageOfPublishedUpdates(db: Db, filters: UpdateFilters, request: PageRequest) {
  let query = publishedUpdatesQuery(db);
  if (filters.agreement !== undefined) query = query.where('agreements.slug', '=', filters.agreement);
  if (filters.pledge !== undefined) query = query.where('pledges.slug', '=', filters.pledge);
  return page(query, 'updates.id', request).execute();
}

export async function findPublishedUpdate(db: Db, id: number) {
  return publishedUpdatesQuery(db).where('updates.id', '=', id).executeTakeFirst();
}

/** Published updates of one pledge, oldest event first. */
export async function publishedUpdatesOfPledge(db: Db, pledgeId: number) {
  return publishedUpdatesQuery(db).where('pledges.id', '=', pledgeId).orderBy('updates.event_date').orderBy('updates.id').execute();
}

function publishedSourcesQuery(db: Db) {
  return db
    .selectFrom('sources')
    .innerJoin('updates', 'updates.id', 'sources.update_id')
    .innerJoin('pledges', 'pledges.id', 'updates.pledge_id')
    .select([
      'sources.id',
      'sources.update_id',
      'sources.position',
      'sources.url',
      'sources.title',
      'sources.publisher',
      'sources.published_on',
      'pledges.slug as pledge_slug',
    ])
    .where('updates.published_at', 'is not', null)
    .where('pledges.published', '=', 1);
}

export async function pageOfPublishedSources(db: Db, filters: SourceFilters, request: PageRequest) {
  let query = publishedSourcesQuery(db);
  if (filters.pledge !== undefined) query = query.where('pledges.slug', '=', filters.pledge);
  if (filters.update !== undefined) query = query.where('updates.id', '=', filters.update);
  return page(query, 'sources.id', request).execute();
}

export async function findPublishedSource(db: Db, id: number) {
  return publishedSourcesQuery(db).where('sources.id', '=', id).executeTakeFirst();
}

/** Sources of these (published) updates, by update id, in their order. */
export async function sourcesOfUpdates(db: Db, updateIds: readonly number[]) {
  const byUpdate = new Map<number, PublishedSourceRow[]>();
  if (updateIds.length === 0) return byUpdate;
  const rows = await publishedSourcesQuery(db).where('sources.update_id', 'in', [...updateIds]).orderBy('sources.position').execute();
  for (const row of rows) byUpdate.set(row.update_id, [...(byUpdate.get(row.update_id) ?? []), row]);
  return byUpdate;
}
