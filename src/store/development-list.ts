// Lists of the developments the public may see, and of their sources: a Vorhaben's timeline, the
// newest of an agreement, the latest of each Vorhaben, the status changes the statistics sweep, the
// feeds, and the API's pages. Developments are narrowed by the PledgeFilter of their Vorhaben.
import type { Status } from '../domain/status.ts';
import type { Db } from './database.ts';
import { keysetPage, type KeysetPage } from './keyset.ts';
import { matchesFilter, resolveFilter, type PledgeFilter } from './pledge-filter.ts';
import {
  isPublicDevelopment,
  isPublicStatusEvent,
  isPublishedDevelopment,
  isWrittenDevelopment,
  publicSources,
  publicDevelopments,
} from './public-scope.ts';
import { inEffectOrder } from './rules.ts';
import { withSources, type DevelopmentWithSources } from './developments.ts';

/** A public Vorhaben's published developments with their sources, in the order they took effect. */
export async function listPublicDevelopmentsOfPledge(db: Db, pledgeId: number): Promise<DevelopmentWithSources[]> {
  const developments = await inEffectOrder(publicDevelopments(db).selectAll('updates').where('updates.pledge_id', '=', pledgeId)).execute();
  return withSources(db, developments);
}

/** What a public Vorhaben's status history is made of: its published developments and automatic entries, in the order they took effect. */
export async function listPublicStatusEventsOfPledge(db: Db, pledgeId: number) {
  return inEffectOrder(
    db
      .selectFrom('updates')
      .innerJoin('pledges', 'pledges.id', 'updates.pledge_id')
      .where(isPublicStatusEvent)
      .where('updates.pledge_id', '=', pledgeId)
      .select(['updates.id', 'updates.event_date', 'updates.published_at', 'updates.status_change', 'updates.rating_change']),
  ).execute();
}

export interface RecentDevelopment {
  id: number;
  eventDate: string;
  title: string;
  statusChange: Status | null;
  pledgeSlug: string;
  pledgeTitle: string;
}

/**
 * The latest developments of the Vorhaben that match, latest event first. A cross join with the join
 * condition in WHERE keeps updates as SQLite's outer loop, so it walks updates_recent_index backwards
 * and stops at `limit` instead of sorting every development (PostgreSQL plans it freely).
 */
export async function listRecentDevelopments(db: Db, filter: PledgeFilter, limit: number): Promise<RecentDevelopment[]> {
  const resolved = await resolveFilter(db, filter);
  const query = db
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
    .where((eb) => matchesFilter(eb, resolved, { topicsRowByRow: true }))
    .where(isPublicDevelopment);
  const rows = await inEffectOrder(query, 'latestFirst').limit(limit).execute();
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
 * The latest published development of each of these (public) Vorhaben, by pledge id: per Vorhaben, one
 * step back from its newest development in updates_pledge_index, not all of its developments.
 */
export async function latestDevelopmentOfPledges(
  db: Db,
  pledgeIds: readonly number[],
): Promise<Map<number, { eventDate: string; title: string }>> {
  const latest = new Map<number, { eventDate: string; title: string }>();
  if (pledgeIds.length === 0) return latest;
  const rows = await db
    .selectFrom('updates')
    .select(['pledge_id', 'event_date', 'title'])
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('pledges')
        .where('pledges.id', 'in', [...pledgeIds])
        // The inner `updates` is the newest one of each Vorhaben, not the outer query's row.
        .select((pledge) =>
          inEffectOrder(
            pledge
              .selectFrom('updates')
              .select('updates.id')
              .whereRef('updates.pledge_id', '=', 'pledges.id')
              .where(isPublishedDevelopment)
              .where(isWrittenDevelopment),
            'latestFirst',
          )
            .limit(1)
            .as('id'),
        ),
    )
    .execute();
  for (const row of rows) latest.set(row.pledge_id, { eventDate: row.event_date, title: row.title });
  return latest;
}

export interface StatusChange {
  pledgeId: number;
  developmentId: number;
  date: string;
  status: Status;
}

/**
 * Every published status change of the Vorhaben that match, in the order they took effect. As in
 * listRecentDevelopments, the cross join keeps updates as SQLite's outer loop: it reads updates_recent_index
 * in this order, which holds every column needed, instead of every development of each Vorhaben sorted.
 */
export async function listStatusChanges(db: Db, filter: PledgeFilter): Promise<StatusChange[]> {
  const resolved = await resolveFilter(db, filter);
  const query = db
    .selectFrom('updates')
    .crossJoin('pledges')
    .whereRef('pledges.id', '=', 'updates.pledge_id')
    .select(['updates.pledge_id', 'updates.id', 'updates.event_date', 'updates.status_change'])
    .where((eb) => matchesFilter(eb, resolved))
    .where(isPublicStatusEvent)
    .where('updates.status_change', 'is not', null);
  const rows = await inEffectOrder(query).execute();
  return rows.map((row) => ({ pledgeId: row.pledge_id, developmentId: row.id, date: row.event_date, status: row.status_change! }));
}

export interface FeedEntryRow {
  id: number;
  title: string;
  body: string;
  eventDate: string;
  publishedAt: string;
  updatedAt: string;
  statusChange: Status | null;
  ratingChange: number | null;
  pledgeSlug: string;
  pledgeTitle: string;
  sources: { url: string; title: string }[];
}

/** What every public reader shows of a development, whatever else it reads: its date, text, publication and status. */
export const PUBLIC_DEVELOPMENT_COLUMNS = [
  'updates.id',
  'updates.event_date',
  'updates.published_at',
  'updates.title',
  'updates.body',
  'updates.status_change',
] as const;

/** The developments of the Vorhaben that match, latest publication first, for feeds. */
export async function listFeedEntries(db: Db, filter: PledgeFilter, limit: number): Promise<FeedEntryRow[]> {
  const resolved = await resolveFilter(db, filter);
  const rows = await publicDevelopments(db)
    .select([
      ...PUBLIC_DEVELOPMENT_COLUMNS,
      'updates.updated_at',
      'updates.rating_change',
      'pledges.slug as pledge_slug',
      'pledges.title as pledge_title',
    ])
    .where((eb) => matchesFilter(eb, resolved, { topicsRowByRow: true }))
    .orderBy('updates.published_at', 'desc')
    .orderBy('updates.id', 'desc')
    .limit(limit)
    .execute();
  const sources =
    rows.length === 0
      ? []
      : await db
          .selectFrom('sources')
          .select(['update_id', 'url', 'title'])
          .where(
            'update_id',
            'in',
            rows.map((row) => row.id),
          )
          .orderBy('position')
          .execute();
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    body: row.body,
    eventDate: row.event_date,
    publishedAt: row.published_at!,
    updatedAt: row.updated_at,
    statusChange: row.status_change,
    ratingChange: row.rating_change,
    pledgeSlug: row.pledge_slug,
    pledgeTitle: row.pledge_title,
    sources: sources.filter((source) => source.update_id === row.id).map(({ url, title }) => ({ url, title })),
  }));
}

/** The API's developments: every field it shows. */
function apiDevelopmentRows(db: Db) {
  return publicDevelopments(db)
    .innerJoin('agreements', 'agreements.id', 'pledges.agreement_id')
    .select([...PUBLIC_DEVELOPMENT_COLUMNS, 'updates.rating_change', 'pledges.slug as pledge_slug', 'agreements.slug as agreement_slug']);
}

export type PublicDevelopmentRow = NonNullable<Awaited<ReturnType<typeof findApiDevelopment>>>;

/** The API's page of the developments of the Vorhaben that match. */
export async function pageOfPublicDevelopments(db: Db, filter: PledgeFilter, page: KeysetPage) {
  const resolved = await resolveFilter(db, filter);
  return keysetPage(
    apiDevelopmentRows(db).where((eb) => matchesFilter(eb, resolved, { topicsRowByRow: true })),
    'updates.id',
    page,
  ).execute();
}

export async function findApiDevelopment(db: Db, id: number) {
  return apiDevelopmentRows(db).where('updates.id', '=', id).executeTakeFirst();
}

/** A public Vorhaben's developments for the API, in the order they took effect. */
export async function listPublicDevelopmentRowsOfPledge(db: Db, pledgeId: number): Promise<PublicDevelopmentRow[]> {
  return inEffectOrder(apiDevelopmentRows(db).where('pledges.id', '=', pledgeId)).execute();
}

/** The API's sources: every field it shows. */
function apiSourceRows(db: Db) {
  return publicSources(db).select([
    'sources.id',
    'sources.update_id',
    'sources.position',
    'sources.url',
    'sources.title',
    'sources.publisher',
    'sources.published_on',
    'pledges.slug as pledge_slug',
  ]);
}

export type PublicSourceRow = NonNullable<Awaited<ReturnType<typeof findPublicSource>>>;

/** The API's page of the sources of the developments of the Vorhaben that match (of one development, with `developmentId`). */
export async function pageOfPublicSources(db: Db, filter: PledgeFilter, developmentId: number | undefined, page: KeysetPage) {
  const resolved = await resolveFilter(db, filter);
  let query = apiSourceRows(db).where((eb) => matchesFilter(eb, resolved, { topicsRowByRow: true }));
  if (developmentId !== undefined) query = query.where('updates.id', '=', developmentId);
  return keysetPage(query, 'sources.id', page).execute();
}

export async function findPublicSource(db: Db, id: number) {
  return apiSourceRows(db).where('sources.id', '=', id).executeTakeFirst();
}

/** Sources of these developments (public ones only), by development id, in their order. */
export async function publicSourcesOfDevelopments(db: Db, developmentIds: readonly number[]): Promise<Map<number, PublicSourceRow[]>> {
  const byDevelopment = new Map<number, PublicSourceRow[]>();
  if (developmentIds.length === 0) return byDevelopment;
  const rows = await apiSourceRows(db)
    .where('sources.update_id', 'in', [...developmentIds])
    .orderBy('sources.position')
    .execute();
  for (const row of rows) byDevelopment.set(row.update_id, [...(byDevelopment.get(row.update_id) ?? []), row]);
  return byDevelopment;
}
