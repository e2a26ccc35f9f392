// Instance-wide settings shared by all app instances (e.g. a generated signing secret).
import type { Db } from './database.ts';

export async function readSetting(db: Db, key: string): Promise<string | undefined> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value;
}

/** Stores the value unless the key is set already; returns the value in force. */
export async function initialiseSetting(db: Db, key: string, value: string): Promise<string> {
  await db.insertInto('settings').values({ key, value }).onConflict((conflict) => conflict.column('key').doNothing()).execute();
  return (await readSetting(db, key))!;
}
