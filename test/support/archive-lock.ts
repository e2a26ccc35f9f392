// Whether a change to a government waits for a write that has checked the archive inside its transaction.
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { refuseIfArchived } from '../../src/services/archive.ts';
import type { ArchiveKey } from '../../src/store/agreements.ts';
import type { Db } from '../../src/store/database.ts';

/** How long the change may take to either finish or be seen waiting for a lock. */
const PATIENCE_MS = 10_000;

/**
 * Starts a write that checks `key` and then holds its transaction open, runs `change`, and tells
 * whether PostgreSQL showed the change waiting for a lock before it finished.
 */
export async function changeWaitsForCheckedWrite(db: Db, key: ArchiveKey, change: () => Promise<unknown>): Promise<boolean> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let checked!: () => void;
  const hasChecked = new Promise<void>((resolve) => (checked = resolve));
  const write = db.transaction().execute(async (trx) => {
    await refuseIfArchived(trx, key);
    checked();
    await held;
  });
  await hasChecked;
  let finished = false;
  const changing = change().then(() => (finished = true));
  const waited = await seenWaitingForLock(db, () => finished);
  release();
  await write;
  await changing;
  return waited;
}

/** Whether PostgreSQL shows a statement of this database waiting for a lock before `finished` turns true. */
export async function seenWaitingForLock(db: Db, finished: () => boolean): Promise<boolean> {
  const deadline = Date.now() + PATIENCE_MS;
  while (!finished() && Date.now() < deadline) {
    const { rows } = await sql<{ waiting: number }>`
      SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`.execute(db);
    if (rows[0]!.waiting > 0) return true;
    await sleep(20);
  }
  return false;
}
