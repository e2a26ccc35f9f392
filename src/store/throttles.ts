// Counters for rate limits and sign-in throttles, keyed by something that is not a client address.
import { sql, type Selectable } from 'kysely';
import type { Db } from './database.ts';
import type { ThrottleTable } from './schema.ts';

export type Throttle = Selectable<ThrottleTable>;

/**
 * Counts one attempt in a single statement, before anything acts on it, so concurrent attempts on
 * any number of app instances each get a number of their own: attempts since `windowStart` add up,
 * an older counter starts a new window at `now`. Returns the counter as this attempt left it.
 */
export async function countAttempt(db: Db, key: string, at: { now: string; windowStart: string }): Promise<Throttle> {
  const inWindow = sql<boolean>`throttles.window_start > ${at.windowStart}`;
  return db
    .insertInto('throttles')
    .values({ key, failures: 1, window_start: at.now, blocked_until: null })
    .onConflict((conflict) =>
      conflict.column('key').doUpdateSet({
        failures: sql<number>`case when ${inWindow} then throttles.failures + 1 else 1 end`,
        window_start: sql<string>`case when ${inWindow} then throttles.window_start else ${at.now} end`,
      }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Takes back an attempt counted in the window that began at `windowStart` (it succeeded, so it was no failure). */
export async function uncountAttempt(db: Db, key: string, windowStart: string): Promise<void> {
  await db
    .updateTable('throttles')
    .set((eb) => ({ failures: eb('failures', '-', 1) }))
    .where('key', '=', key)
    .where('window_start', '=', windowStart)
    .where('failures', '>', 0)
    .execute();
}

/** Counters whose window began before `before` count nothing any more; returns how many went. */
export async function deleteThrottlesBefore(db: Db, before: string): Promise<number> {
  const result = await db.deleteFrom('throttles').where('window_start', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
