// Keeps the cached status, rating and last event date of a pledge equal to what its developments say.
import { latestKnownChange } from '../domain/statement-date.ts';
import { ratingAt, statusAt, type StatusEvent } from '../domain/status-history.ts';
import type { Db } from './database.ts';
import { isPublishedDevelopment } from './public-scope.ts';
import type { Pledge } from './schema.ts';

/** The day of the latest change the tracker knows for the Vorhaben (decision 48). */
export async function latestKnownChangeOf(db: Db, pledge: Pick<Pledge, 'id' | 'changed_on'>): Promise<string | null> {
  const row = await db
    .selectFrom('updates')
    .select((eb) => eb.fn.max('event_date').as('day'))
    .where('pledge_id', '=', pledge.id)
    .where(isPublishedDevelopment)
    .where('origin', '<>', 'import')
    .executeTakeFirst();
  return latestKnownChange(pledge.changed_on, row?.day ?? null);
}

/** Recomputes the pledge's cached state from its published developments; call after any change of one. */
export async function refreshPledgeState(db: Db, pledgeId: number): Promise<void> {
  const rows = await db
    .selectFrom('updates')
    .select(['id', 'event_date', 'published_at', 'status_change', 'rating_change', 'automatic'])
    .where('pledge_id', '=', pledgeId)
    .execute();
  const events: StatusEvent[] = rows.map(toStatusEvent);
  // The last event a reader can read about: automatic entries change status and rating, but are no development.
  const published = rows
    .filter((row) => row.published_at !== null && row.automatic === 0)
    .map((row) => row.event_date)
    .sort();
  await db
    .updateTable('pledges')
    .set({ status: statusAt(events), rating: ratingAt(events), last_event_date: published.at(-1) ?? null })
    .where('id', '=', pledgeId)
    .execute();
}

export function toStatusEvent(row: {
  id: number;
  event_date: string;
  published_at: string | null;
  status_change: StatusEvent['statusChange'];
  rating_change: number | null;
}): StatusEvent {
  return {
    id: row.id,
    eventDate: row.event_date,
    publishedAt: row.published_at,
    statusChange: row.status_change,
    ratingChange: row.rating_change,
  };
}
