// An import's run: its many changes of Vorhaben share one transaction, and the search index follows
// per chapter file and once at the end, not after every change (changePledge defers to it).
import type { Db } from '../store/database.ts';
import { indexChapter, indexPledge } from './search-index.ts';

/**
 * An import's many changes in its one transaction: instead of after each change, the search index
 * is brought up to date per chapter file (`indexChapter`), and at the end for any pledge left over.
 */
export interface ImportRun {
  readonly at: string;
  /** Indexes the chapter's text and every Vorhaben of it. */
  indexChapter(chapterId: number): Promise<void>;
}

/** Pledges a run's changes wrote that are not indexed yet. */
const pendingIndex = new WeakMap<ImportRun, Set<number>>();

/** A change inside an import run leaves the indexing of its pledges to the run. */
export function deferIndexing(run: ImportRun, pledgeIds: Iterable<number>): void {
  const pending = pendingIndex.get(run);
  if (!pending) throw new Error('An import run is one that withImportRun has open.');
  for (const pledgeId of pledgeIds) pending.add(pledgeId);
}

export async function withImportRun<R>(trx: Db, at: string, work: (run: ImportRun) => Promise<R>): Promise<R> {
  if (!trx.isTransaction) throw new Error('An import runs inside its transaction.');
  const pending = new Set<number>();
  const run: ImportRun = {
    at,
    indexChapter: async (chapterId) => {
      for (const pledgeId of await indexChapter(trx, chapterId)) pending.delete(pledgeId);
    },
  };
  pendingIndex.set(run, pending);
  try {
    const result = await work(run);
    for (const pledgeId of pending) await indexPledge(trx, pledgeId);
    return result;
  } finally {
    pendingIndex.delete(run);
  }
}
