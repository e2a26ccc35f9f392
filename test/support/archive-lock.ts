// Whether a change to a government waits for a write that has checked the archive inside its transaction.
import { setTimeout as sleep } from 'node:timers/promises';
import { refuseIfArchived } from '../../src/services/archive.ts';
import type { ArchiveKey } from '../../src/store/agreements.ts';
import type { Db } from '../../src/store/database.ts';

/** How long the change gets to finish on its own: long enough for a change that does not wait. */
const GRACE_MS = 300;

/** Starts a write that checks `key` and then holds its transaction open, runs `change`, and tells whether it waited for the write. */
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
  let changed = false;
  const changing = change().then(() => (changed = true));
  await sleep(GRACE_MS);
  const waited = !changed;
  release();
  await write;
  await changing;
  return waited;
}
