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

export async function writeSetting(db: Db, key: string, value: string): Promise<void> {
  await db
    .insertInto('settings')
    .values({ key, value })
    .onConflict((conflict) => conflict.column('key').doUpdateSet({ value }))
    .execute();
}

/**
 * Takes the lease `name` for `holder` until `until`, or renews it when the holder has it: unless another
 * holder's lease runs past `now`. One statement, so of several instances asking at once one gets it. The
 * value is `UNTIL|HOLDER`, which sorts by its time; `holder` is letters, digits and `-` only.
 */
export async function claimLease(db: Db, name: string, holder: string, now: string, until: string): Promise<boolean> {
  if (!/^[\w-]+$/.test(holder)) throw new Error('A lease holder is letters, digits and - only.');
  const claimed = await db
    .insertInto('settings')
    .values({ key: name, value: `${until}|${holder}` })
    .onConflict((conflict) =>
      conflict
        .column('key')
        .doUpdateSet({ value: `${until}|${holder}` })
        .where((eb) => eb.or([eb('settings.value', '<', now), eb('settings.value', 'like', `%|${holder}`)])),
    )
    .returning('key')
    .executeTakeFirst();
  return claimed !== undefined;
}

/** Gives the lease up, if `holder` still has it. */
export async function releaseLease(db: Db, name: string, holder: string): Promise<void> {
  await db.deleteFrom('settings').where('key', '=', name).where('value', 'like', `%|${holder}`).execute();
}

/** Until when the lease runs and who has it, if anybody took it. */
export async function readLease(db: Db, name: string): Promise<{ until: string; holder: string } | undefined> {
  const value = await readSetting(db, name);
  if (value === undefined) return undefined;
  const bar = value.lastIndexOf('|');
  return { until: value.slice(0, bar), holder: value.slice(bar + 1) };
}
