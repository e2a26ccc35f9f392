// Published developments of published pledges, newest publication first, for feeds: all, or of one
// pledge, chapter, topic or lead ministry.
import type { Status } from '../domain/status.ts';
import type { Db } from './database.ts';

export type FeedScope =
  | { kind: 'all' }
  | { kind: 'pledge'; pledgeId: number }
  | { kind: 'chapter'; chapterId: number }
  | { kind: 'topic'; topicId: number }
  | { kind: 'ministry'; ministryId: number };

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

export async function listFeedEntries(db: Db, scope: FeedScope, limit: number): Promise<FeedEntryRow[]> {
  let query = db
    .selectFrom('updates')
    .innerJoin('pledges', 'pledges.id', 'updates.pledge_id')
    .select([
      'updates.id',
      'updates.title',
      'updates.body',
      'updates.event_date',
      'updates.published_at',
      'updates.updated_at',
      'updates.status_change',
      'updates.rating_change',
      'pledges.slug as pledge_slug',
      'pledges.title as pledge_title',
    ])
    .where('updates.published_at', 'is not', null)
    .where('pledges.published', '=', 1)
    .orderBy('updates.published_at', 'desc')
    .orderBy('updates.id', 'desc')
    .limit(limit);
  if (scope.kind === 'pledge') query = query.where('pledges.id', '=', scope.pledgeId);
  if (scope.kind === 'chapter') query = query.where('pledges.chapter_id', '=', scope.chapterId);
  if (scope.kind === 'ministry') query = query.where('pledges.lead_ministry_id', '=', scope.ministryId);
  if (scope.kind === 'topic') {
    const topicId = scope.topicId;
    query = query.where((eb) => eb.exists(eb.selectFrom('pledge_topics').select('pledge_topics.pledge_id').whereRef('pledge_topics.pledge_id', '=', 'pledges.id').where('pledge_topics.topic_id', '=', topicId)));
  }
  const rows = await query.execute();
  const sources = rows.length === 0 ? [] : await db.selectFrom('sources').select(['update_id', 'url', 'title']).where('update_id', 'in', rows.map((row) => row.id)).orderBy('position').execute();
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
