// Whole-database backup and restore: SQLite through its online backup API (consistent while a
// server writes), PostgreSQL through pg_dump/pg_restore in their custom archive format.
import { spawn } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { DatabaseUrlError, openStore } from './database.ts';

/** A refusal or failure the user can act on; the message names the file at fault. */
export class BackupError extends Error {}

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

/** The environment of pg_dump and pg_restore (PATH, PG* settings); the password is added per call. */
export type ToolEnvironment = Readonly<Record<string, string>>;

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
function syncFolder(file: string): void {
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

/** Checks that `file` is a sound SQLite database of ours; returns its migrations. */
function inspectSqliteBackup(file: string): string[] {
  if (!hasSqliteHeader(file)) throw new BackupError(`${file}: not a SQLite database`);
  const connection = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    const check = connection.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new BackupError(`${file}: damaged SQLite database (${String(check)})`);
    const table = connection.prepare("select name from sqlite_master where type = 'table' and name = ?").get(MIGRATIONS_TABLE);
    const names = table ? connection.prepare(`select name from ${MIGRATIONS_TABLE} order by name`).pluck().all() as string[] : [];
    if (!names.includes(FIRST_MIGRATION)) throw new BackupError(`${file}: a SQLite database, but not one of koalitionstracker (no migrations of ours)`);
    return names;
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
  const names = inspectSqliteBackup(file);
  if (resolve(file) === resolve(path)) throw new BackupError(`${file}: is the database itself`);
  mkdirSync(dirname(resolve(path)), { recursive: true });
  const staged = `${path}.restoring-${process.pid}`;
  try {
    const migrated = await stageSqliteCopy(file, staged, names);
    const previous = replaceSqliteFile(path, staged);
    return { file, previous, migrated };
  } finally {
    for (const suffix of SIDE_FILES) rmSync(`${staged}${suffix}`, { force: true });
  }
}

/** Copies the backup beside the database and brings its schema up to date there. */
async function stageSqliteCopy(file: string, staged: string, names: string[]): Promise<string[]> {
  const source = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    await source.backup(staged, { progress: () => ALL_PAGES });
  } finally {
    source.close();
  }
  const store = await openStore(`sqlite:${staged}`);
  try {
    return await store.migrate();
  } catch (error) {
    throw new BackupError(`${file}: cannot bring it up to this version (it has ${names.at(-1)}): ${(error as Error).message}`);
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

// ---- PostgreSQL ----

async function backupPostgres(databaseUrl: string, target: string, toolEnvironment: ToolEnvironment): Promise<void> {
  const connection = postgresConnection(databaseUrl);
  await runClientTool('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${target}`, `--dbname=${connection.url}`], withPassword(toolEnvironment, connection.password));
}

async function restorePostgres(databaseUrl: string, file: string, toolEnvironment: ToolEnvironment): Promise<RestoreReport> {
  const contents = await runClientTool('pg_restore', ['--list', file], toolEnvironment).catch(() => {
    throw new BackupError(`${file}: not a PostgreSQL backup (expected a pg_dump archive in custom format, as \`backup\` writes)`);
  });
  if (!new RegExp(`\\bTABLE public ${MIGRATIONS_TABLE}\\b`).test(contents)) {
    throw new BackupError(`${file}: a pg_dump archive, but not one of koalitionstracker (no migrations table)`);
  }
  const connection = postgresConnection(databaseUrl);
  const options = ['--clean', '--if-exists', '--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error'];
  await runClientTool('pg_restore', [...options, `--dbname=${connection.url}`, file], withPassword(toolEnvironment, connection.password));
  const store = await openStore(databaseUrl);
  try {
    return { file, previous: undefined, migrated: await store.migrate() };
  } finally {
    await store.close();
  }
}

/** The URL without its password, which goes to the tools by environment instead of argv (visible in ps). */
function postgresConnection(databaseUrl: string): { url: string; password: string | undefined } {
  const url = new URL(databaseUrl);
  const password = url.password ? decodeURIComponent(url.password) : undefined;
  url.password = '';
  return { url: url.toString(), password };
}

/** Runs a PostgreSQL client tool; resolves with its stdout, rejects with its last error line. */
function withPassword(environment: ToolEnvironment, password: string | undefined): ToolEnvironment {
  return password === undefined ? environment : { ...environment, PGPASSWORD: password };
}

function runClientTool(tool: string, args: string[], env: ToolEnvironment): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(tool, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'ENOENT' ? new BackupError(`${tool} not found: install the PostgreSQL client tools (the server's major version)`) : error),
    );
    child.on('close', (code) => {
      if (code === 0) resolvePromise(stdout);
      else reject(new BackupError(`${tool} failed: ${stderr.trim().split('\n').at(-1) || `exit code ${code}`}`));
    });
  });
}
