// The version of the public content: raised by database triggers on every change (migration 0006).
import type { Db } from './database.ts';

export async function readContentVersion(db: Db): Promise<number> {
  const row = await db.selectFrom('content_version').select('version').where('id', '=', 1).executeTakeFirstOrThrow();
  return Number(row.version);
}
