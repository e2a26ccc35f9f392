// Use case: give a fresh installation something to show — the demo chapter, once.
import { listAgreements } from '../store/agreements.ts';
import type { Db } from '../store/database.ts';
import { importAgreementFiles } from './import-agreement.ts';

/** Imports the demo folder when no agreement exists yet; returns whether it did. */
export async function importDemoIfEmpty(db: Db, demoDirectory: string): Promise<boolean> {
  if ((await listAgreements(db)).length > 0) return false;
  await importAgreementFiles(db, [demoDirectory]);
  return true;
}
