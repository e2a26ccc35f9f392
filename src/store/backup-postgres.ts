// Backup and restore on PostgreSQL: pg_dump and pg_restore in their custom archive format. An
// archive is restored into a scratch database first and checked there against the schema our
// migrations create at its level (in a second scratch database); only a pg_dump of that checked,
// migrated copy reaches the database of DATABASE_URL.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { BackupError, migrateVerified, refusal, type RestoreReport, type ToolEnvironment } from './backup-common.ts';
import { openStore } from './database.ts';

const MIGRATIONS_TABLE = 'kysely_migration';

/**
 * What pg_dump writes of our schema, by the kind of each entry of the archive's table of contents.
 * Anything else (an event trigger, an extension, a procedural language, a rule, a view …) is
 * refused before the archive runs anywhere.
 */
const OUR_KINDS =
  /^(TABLE|TABLE DATA|SEQUENCE|SEQUENCE OWNED BY|SEQUENCE SET|DEFAULT|CONSTRAINT|FK CONSTRAINT|INDEX|TRIGGER|FUNCTION) public |^(COMMENT|ACL) |^SCHEMA - public /;

const RESTORE_OPTIONS = ['--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error'];

export async function backupPostgres(databaseUrl: string, target: string, toolEnvironment: ToolEnvironment): Promise<void> {
  await dump(databaseUrl, target, toolEnvironment);
}

export async function restorePostgres(databaseUrl: string, file: string, toolEnvironment: ToolEnvironment): Promise<RestoreReport> {
  const contents = await runClientTool('pg_restore', ['--list', file], toolEnvironment).catch(() => {
    throw new BackupError(`${file}: not a PostgreSQL backup (expected a pg_dump archive in custom format, as \`backup\` writes)`);
  });
  if (!new RegExp(`\\bTABLE public ${MIGRATIONS_TABLE}\\b`).test(contents)) {
    throw new BackupError(`${file}: a pg_dump archive, but not one of koalitionstracker (no migrations table)`);
  }
  const foreign = tableOfContents(contents).find((entry) => !OUR_KINDS.test(entry));
  if (foreign !== undefined)
    throw refusal(file, `it holds ${foreign.replace(/ \S+$/, '')}, which koalitionstracker's schema does not have`);

  return withScratchDatabases(databaseUrl, async (checked, reference) => {
    await runClientTool(
      'pg_restore',
      [...RESTORE_OPTIONS, `--dbname=${checked.url}`, file],
      withPassword(toolEnvironment, checked.password),
    ).catch((error: Error) => {
      throw refusal(file, `it cannot be restored (${error.message})`);
    });
    const restored = await openStore(checked.fullUrl);
    let migrated: string[];
    try {
      migrated = await migrateVerified(file, restored, reference.fullUrl);
    } finally {
      await restored.close();
    }
    const folder = mkdtempSync(join(tmpdir(), 'kt-restore-'));
    try {
      const verified = join(folder, 'checked.dump');
      await dump(checked.fullUrl, verified, toolEnvironment);
      const target = postgresConnection(databaseUrl);
      await runClientTool(
        'pg_restore',
        ['--clean', '--if-exists', ...RESTORE_OPTIONS, `--dbname=${target.url}`, verified],
        withPassword(toolEnvironment, target.password),
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
    return { file, previous: undefined, migrated };
  });
}

/** The entries of `pg_restore --list`: kind, schema, name and owner, without their numbers. */
function tableOfContents(listing: string): string[] {
  return listing
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith(';'))
    .map((line) => line.replace(/^\d+; \d+ \d+ /, ''));
}

function dump(databaseUrl: string, target: string, toolEnvironment: ToolEnvironment): Promise<string> {
  const connection = postgresConnection(databaseUrl);
  return runClientTool(
    'pg_dump',
    ['--format=custom', '--no-owner', '--no-privileges', `--file=${target}`, `--dbname=${connection.url}`],
    withPassword(toolEnvironment, connection.password),
  );
}

interface ScratchDatabase {
  /** Without the password, for the client tools. */
  url: string;
  password: string | undefined;
  fullUrl: string;
}

/**
 * Two new, empty databases on the server of `databaseUrl` (from template0, so both start alike),
 * dropped again afterwards: one to restore the archive into, one for our migrations to compare
 * with. Creating them needs the CREATEDB right.
 */
async function withScratchDatabases<T>(
  databaseUrl: string,
  work: (checked: ScratchDatabase, reference: ScratchDatabase) => Promise<T>,
): Promise<T> {
  const admin = await openStore(databaseUrl);
  const suffix = randomBytes(6).toString('hex');
  const names = [`kt_restore_${suffix}`, `kt_expected_${suffix}`];
  try {
    for (const name of names) {
      await sql`create database ${sql.id(name)} template template0`.execute(admin.db).catch((error: Error) => {
        throw new BackupError(
          `restore checks an archive in a scratch database first, and could not create one (${error.message}): the role of DATABASE_URL needs the CREATEDB right`,
        );
      });
    }
    const [checked, reference] = names.map((name) => scratchDatabase(databaseUrl, name));
    return await work(checked!, reference!);
  } finally {
    // Best effort: a failure here must not hide the restore's own error.
    for (const name of names) await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin.db).catch(() => undefined);
    await admin.close();
  }
}

function scratchDatabase(databaseUrl: string, name: string): ScratchDatabase {
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  return { ...postgresConnection(url.toString()), fullUrl: url.toString() };
}

/** The URL without its password, which goes to the tools by environment instead of argv (visible in ps). */
function postgresConnection(databaseUrl: string): { url: string; password: string | undefined } {
  const url = new URL(databaseUrl);
  const password = url.password ? decodeURIComponent(url.password) : undefined;
  url.password = '';
  return { url: url.toString(), password };
}

function withPassword(environment: ToolEnvironment, password: string | undefined): ToolEnvironment {
  return password === undefined ? environment : { ...environment, PGPASSWORD: password };
}

/** Runs a PostgreSQL client tool; resolves with its stdout, rejects with its last error line. */
function runClientTool(tool: string, args: string[], env: ToolEnvironment): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(tool, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT'
          ? new BackupError(`${tool} not found: install the PostgreSQL client tools (the server's major version)`)
          : error,
      ),
    );
    child.on('close', (code) => {
      if (code === 0) resolvePromise(stdout);
      else reject(new BackupError(`${tool} failed: ${stderr.trim().split('\n').at(-1) || `exit code ${code}`}`));
    });
  });
}
