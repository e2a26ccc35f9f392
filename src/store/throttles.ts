// Failure counters for rate limits, keyed by something that is not a client address.
import type { Db } from './database.ts';
import type { Selectable } from 'kysely';
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
