// What backup and restore share on both dialects: their reports and errors, and the check that
// a restored copy has exactly the schema of its migrations before it is brought up to date.
import type { Kysely } from 'kysely';
import { openStore, type Store } from './database.ts';
import { SchemaMismatch, verifySchema } from './schema-check.ts';

/** A refusal or failure the user can act on; the message names the file at fault. */
export class BackupError extends Error {}

/** The environment of pg_dump and pg_restore (PATH, PG* settings); the password is added per call. */
export type ToolEnvironment = Readonly<Record<string, string>>;

export interface BackupReport {
  file: string;
  bytes: number;
}

export interface RestoreReport {
  file: string;
  /** Where the replaced SQLite database was kept, if there was one. */
  previous: string | undefined;
  /** Migrations run on the restored data to bring it up to this version. */
  migrated: string[];
}

/** The one line a restore refused for this reason says. */
export function refusal(file: string, reason: string): BackupError {
  return new BackupError(`${file}: ${reason}; nothing was restored`);
}

/**
 * Refuses a restored copy whose schema is not exactly the one our migrations create at its level
 * (made for comparison in `referenceUrl`, a new empty database), then brings the copy up to date.
 */
export async function migrateVerified(file: string, restored: Store, referenceUrl: string): Promise<string[]> {
  const reference = await openStore(referenceUrl);
  let level: string;
  try {
    level = await verifySchema(restored.db as Kysely<unknown>, reference.db as Kysely<unknown>, restored.dialect);
  } catch (error) {
    throw error instanceof SchemaMismatch ? refusal(file, error.message) : error;
  } finally {
    await reference.close();
  }
  try {
    return await restored.migrate();
  } catch (error) {
    throw new BackupError(`${file}: cannot bring it up to this version (it has ${level}): ${(error as Error).message}`);
  }
}
