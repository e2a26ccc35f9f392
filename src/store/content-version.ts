// The version of the public content: raised by database triggers on every change (migration 0006).
import type { CompiledQuery } from 'kysely';
import type { Db } from './database.ts';

/** Read on every public request, so compiled once per database handle rather than built each time. */
const compiled = new WeakMap<Db, CompiledQuery<{ version: number }>>();

export async function readContentVersion(db: Db): Promise<number> {
  let query = compiled.get(db);
  if (!query) {
    query = db.selectFrom('content_version').select('version').where('id', '=', 1).compile();
    compiled.set(db, query);
  }
  const { rows } = await db.executeQuery(query);
  return Number(rows[0]!.version);
}
