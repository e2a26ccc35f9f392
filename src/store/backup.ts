// Whole-database backup and restore: SQLite through its online backup API (consistent while a
// server writes), PostgreSQL through pg_dump/pg_restore in their custom archive format
// (backup-postgres.ts). A restore takes only a database with exactly the schema of its migrations.
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { BackupError, migrateVerified, type BackupReport, type RestoreReport, type ToolEnvironment } from './backup-common.ts';
import { backupPostgres, restorePostgres } from './backup-postgres.ts';
import { DatabaseUrlError, openStore } from './database.ts';

export { BackupError, type BackupReport, type RestoreReport, type ToolEnvironment };

const MIGRATIONS_TABLE = 'kysely_migration';
const FIRST_MIGRATION = '0001-initial';
/** A SQLite database file and the files its WAL mode keeps beside it. */
const SIDE_FILES = ['', '-wal', '-shm'];

export async function backupDatabase(databaseUrl: string, file: string, toolEnvironment: ToolEnvironment): Promise<BackupReport> {
  if (existsSync(file)) throw new BackupError(`${file}: exists already; choose a new file name (a backup never overwrites)`);
  if (!existsSync(dirname(resolve(file)))) throw new BackupError(`${file}: the folder does not exist`);
  const partial = `${file}.partial-${process.pid}`;
  try {
    if (isSqlite(databaseUrl)) await backupSqlite(sqlitePath(databaseUrl), partial);
    else await backupPostgres(databaseUrl, partial, toolEnvironment);
    renameSync(partial, file);
    syncFolder(file);
  } finally {
    for (const suffix of SIDE_FILES) rmSync(`${partial}${suffix}`, { force: true });
  }
  return { file, bytes: statSync(file).size };
}

export async function restoreDatabase(databaseUrl: string, file: string, toolEnvironment: ToolEnvironment): Promise<RestoreReport> {
  if (!existsSync(file)) throw new BackupError(`${file}: no such file`);
  if (!statSync(file).isFile()) throw new BackupError(`${file}: not a file`);
  return isSqlite(databaseUrl) ? restoreSqlite(sqlitePath(databaseUrl), file) : restorePostgres(databaseUrl, file, toolEnvironment);
}

function isSqlite(databaseUrl: string): boolean {
  if (databaseUrl.startsWith('sqlite:')) return true;
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) return false;
  throw new DatabaseUrlError(`DATABASE_URL: expected sqlite:PATH or postgres://…, got "${databaseUrl.split(':')[0]}:…"`);
}

function sqlitePath(databaseUrl: string): string {
  const path = databaseUrl.slice('sqlite:'.length);
  if (path === ':memory:') throw new BackupError('DATABASE_URL: an in-memory database cannot be backed up or restored');
  return path;
}

/** Makes a rename survive a power cut: the folder entry is flushed too. */
export function syncFolder(file: string): void {
  const folder = openSync(dirname(resolve(file)), 'r');
  try {
    fsyncSync(folder);
  } finally {
    closeSync(folder);
  }
}

// ---- SQLite ----

/** Every page in one step: one read transaction, so the copy is one consistent state. */
const ALL_PAGES = 0x7fffffff;

async function backupSqlite(path: string, target: string): Promise<void> {
  if (!existsSync(path)) throw new BackupError(`${path}: no database here to back up`);
  const source = new SQLite(path, { readonly: true, fileMustExist: true });
  try {
    source.pragma('busy_timeout = 5000');
    await source.backup(target, { progress: () => ALL_PAGES });
  } finally {
    source.close();
  }
  const copy = new SQLite(target, { fileMustExist: true });
  copy.pragma('journal_mode = DELETE'); // one self-contained file: no -wal or -shm beside it
  copy.close();
  inspectSqliteBackup(target);
}

/** Checks that `file` is a sound SQLite database that says it is ours (its schema is checked when restored). */
function inspectSqliteBackup(file: string): void {
  if (!hasSqliteHeader(file)) throw new BackupError(`${file}: not a SQLite database`);
  const connection = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    const check = connection.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new BackupError(`${file}: damaged SQLite database (${String(check)})`);
    const table = connection.prepare("select name from sqlite_master where type = 'table' and name = ?").get(MIGRATIONS_TABLE);
    const names = table ? (connection.prepare(`select name from ${MIGRATIONS_TABLE} order by name`).pluck().all() as string[]) : [];
    if (!names.includes(FIRST_MIGRATION))
      throw new BackupError(`${file}: a SQLite database, but not one of koalitionstracker (no migrations of ours)`);
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`${file}: not a readable SQLite database (${(error as Error).message})`);
  } finally {
    connection.close();
  }
}

function hasSqliteHeader(file: string): boolean {
  const header = Buffer.alloc(16);
  const handle = openSync(file, 'r');
  try {
    return readSync(handle, header, 0, 16, 0) === 16 && header.toString('latin1') === 'SQLite format 3\0';
  } finally {
    closeSync(handle);
  }
}

async function restoreSqlite(path: string, file: string): Promise<RestoreReport> {
  inspectSqliteBackup(file);
  if (resolve(file) === resolve(path)) throw new BackupError(`${file}: is the database itself`);
  mkdirSync(dirname(resolve(path)), { recursive: true });
  const staged = `${path}.restoring-${process.pid}`;
  try {
    const migrated = await stageSqliteCopy(file, staged);
    const previous = replaceSqliteFile(path, staged);
    return { file, previous, migrated };
  } finally {
    for (const suffix of SIDE_FILES) rmSync(`${staged}${suffix}`, { force: true });
  }
}

/**
 * Copies the backup beside the database, checks the copy's schema against the one our migrations
 * create at its level (in memory), and brings it up to date there.
 */
async function stageSqliteCopy(file: string, staged: string): Promise<string[]> {
  const source = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    await source.backup(staged, { progress: () => ALL_PAGES });
  } finally {
    source.close();
  }
  const store = await openStore(`sqlite:${staged}`);
  try {
    return await migrateVerified(file, store, 'sqlite::memory:');
  } finally {
    await store.close(); // folds the WAL into the file and removes it
  }
}

/**
 * Puts the staged file in place of the database, keeping the old one beside it. Leaving WAL mode
 * succeeds only for the sole connection, so a running server makes the restore refuse; it also
 * folds the old WAL into the file and removes -wal and -shm, which must never meet the new file.
 */
function replaceSqliteFile(path: string, staged: string): string | undefined {
  if (!existsSync(path)) {
    renameSync(staged, path);
    syncFolder(path);
    return undefined;
  }
  const live = new SQLite(path, { fileMustExist: true });
  try {
    live.pragma('busy_timeout = 1000');
    takeSoleAccess(live, path);
    const previous = `${path}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    copyFileSync(path, previous);
    renameSync(staged, path);
    syncFolder(path);
    live.exec('rollback');
    return previous;
  } finally {
    live.close();
  }
}

function takeSoleAccess(live: SQLite.Database, path: string): void {
  try {
    live.pragma('journal_mode = DELETE');
    live.pragma('locking_mode = EXCLUSIVE');
    live.exec('begin exclusive');
  } catch (error) {
    if ((error as { code?: string }).code !== 'SQLITE_BUSY') throw error;
    throw new BackupError(`${path}: the database is in use; stop the server (and other koalitionstracker commands) first, then restore`);
  }
}
