// Failure counters for rate limits, keyed by something that is not a client address.
import { sql, type Selectable } from 'kysely';
import type { Db } from './database.ts';
import type { ThrottleTable } from './schema.ts';

export type Throttle = Selectable<ThrottleTable>;

export async function findThrottle(db: Db, key: string): Promise<Throttle | undefined> {
  return db.selectFrom('throttles').selectAll().where('key', '=', key).executeTakeFirst();
}

export async function saveThrottle(db: Db, throttle: Throttle): Promise<void> {
  await db
    .insertInto('throttles')
    .values(throttle)
    .onConflict((conflict) =>
      conflict.column('key').doUpdateSet({ failures: throttle.failures, window_start: throttle.window_start, blocked_until: throttle.blocked_until }),
    )
    .execute();
}

export async function deleteThrottle(db: Db, key: string): Promise<void> {
  await db.deleteFrom('throttles').where('key', '=', key).execute();
}

/**
 * Counts one failure in a single statement, so concurrent failures on any number of app
 * instances all count: failures since `windowStart` add up, older ones start a new window,
 * and reaching `limit` blocks until `blockedUntil`. Returns the counter as it now stands.
 */
export async function addFailure(db: Db, key: string, at: { now: string; windowStart: string; blockedUntil: string }, limit: number): Promise<Throttle> {
  const inWindow = sql<boolean>`throttles.window_start > ${at.windowStart}`;
  return db
    .insertInto('throttles')
    .values({ key, failures: 1, window_start: at.now, blocked_until: limit <= 1 ? at.blockedUntil : null })
    .onConflict((conflict) =>
      conflict.column('key').doUpdateSet({
        failures: sql<number>`case when ${inWindow} then throttles.failures + 1 else 1 end`,
        window_start: sql<string>`case when ${inWindow} then throttles.window_start else ${at.now} end`,
        blocked_until: sql<string | null>`case when (case when ${inWindow} then throttles.failures + 1 else 1 end) >= ${limit} then ${at.blockedUntil} else null end`,
      }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}
