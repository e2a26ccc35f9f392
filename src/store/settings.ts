// Instance-wide settings shared by all app instances (e.g. the data licence, the last run of a periodic job).
import type { Db } from './database.ts';

export async function readSetting(db: Db, key: string): Promise<string | undefined> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value;
}

/**
 * Claims the run of a periodic job: records `now` as its last run unless a run was recorded after
 * `lastBefore`. One statement, so of several instances asking at once exactly one gets it; true for that one.
 */
export async function claimPeriodicRun(db: Db, job: string, now: string, lastBefore: string): Promise<boolean> {
  const claimed = await db
    .insertInto('settings')
    .values({ key: job, value: now })
    .onConflict((conflict) => conflict.column('key').doUpdateSet({ value: now }).where('settings.value', '<=', lastBefore))
    .returning('key')
    .executeTakeFirst();
  return claimed !== undefined;
}
