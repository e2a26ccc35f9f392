// Archives are read-only: the check every write on a government's content makes inside its transaction.
import { ArchivedError } from '../domain/errors.ts';
import type { Db } from '../store/database.ts';
import { isArchived, type ArchiveKey } from '../store/agreements.ts';

/** Throws ArchivedError when the key belongs to an archived government; call it inside the write's transaction. */
export async function refuseIfArchived(db: Db, key: ArchiveKey): Promise<void> {
  if (await isArchived(db, key, { forWrite: true })) throw new ArchivedError();
}
