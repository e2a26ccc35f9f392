// The sources evidence discovery reads: one per Wahlperiode of the DIP, and the feeds admins add.
import type { Db } from './database.ts';
import type { EvidenceSource } from './schema-evidence.ts';

/** The DIP source of a Wahlperiode, created the first time it is needed. */
export async function ensureDipSource(db: Db, wahlperiode: number): Promise<EvidenceSource> {
  const key = `dip:${wahlperiode}`;
  await db
    .insertInto('evidence_sources')
    .values({ kind: 'dip', key, title: `DIP, ${wahlperiode}. Wahlperiode`, url: null })
    .onConflict((conflict) => conflict.column('key').doNothing())
    .execute();
  return db.selectFrom('evidence_sources').selectAll().where('key', '=', key).executeTakeFirstOrThrow();
}

/** Every source, the DIP's first (by Wahlperiode), then the feeds by title. */
export async function listSources(db: Db): Promise<EvidenceSource[]> {
  const rows = await db.selectFrom('evidence_sources').selectAll().execute();
  return rows.sort((a, b) => (a.kind === b.kind ? a.key.localeCompare(b.key, 'de', { numeric: true }) : a.kind === 'dip' ? -1 : 1));
}

export async function listActiveFeeds(db: Db): Promise<EvidenceSource[]> {
  return db.selectFrom('evidence_sources').selectAll().where('kind', '=', 'feed').where('active', '=', 1).orderBy('id').execute();
}

export async function findSourceById(db: Db, id: number): Promise<EvidenceSource | undefined> {
  return db.selectFrom('evidence_sources').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findSourceByKey(db: Db, key: string): Promise<EvidenceSource | undefined> {
  return db.selectFrom('evidence_sources').selectAll().where('key', '=', key).executeTakeFirst();
}

export async function insertFeed(db: Db, feed: { url: string; title: string; createdBy: number | null }, now: string): Promise<number> {
  const { id } = await db
    .insertInto('evidence_sources')
    .values({ kind: 'feed', key: feed.url, title: feed.title, url: feed.url, created_by: feed.createdBy, created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function changeFeed(db: Db, id: number, changes: { title?: string; active?: boolean }): Promise<void> {
  await db
    .updateTable('evidence_sources')
    .set({
      ...(changes.title !== undefined ? { title: changes.title } : {}),
      ...(changes.active !== undefined ? { active: changes.active ? 1 : 0 } : {}),
    })
    .where('id', '=', id)
    .where('kind', '=', 'feed')
    .execute();
}

/** What a run of one source leaves: when, whether it went through (else why not), and its sync state. */
export interface SourceRun {
  at: string;
  error: string | null;
  etag?: string | null;
  lastModified?: string | null;
  syncedUntil?: string | null;
}

export async function recordSourceRun(db: Db, id: number, run: SourceRun): Promise<void> {
  await db
    .updateTable('evidence_sources')
    .set({
      last_run_at: run.at,
      last_error: run.error,
      ...(run.error === null ? { last_success_at: run.at } : {}),
      ...(run.etag !== undefined ? { etag: run.etag } : {}),
      ...(run.lastModified !== undefined ? { last_modified: run.lastModified } : {}),
      ...(run.syncedUntil !== undefined ? { synced_until: run.syncedUntil } : {}),
    })
    .where('id', '=', id)
    .execute();
}

/** Documents per source, for the sources page. */
export async function countDocumentsBySource(db: Db): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('evidence_documents')
    .select(['source_id', (eb) => eb.fn.countAll<number | string>().as('count')])
    .groupBy('source_id')
    .execute();
  return new Map(rows.map((row) => [row.source_id, Number(row.count)]));
}
