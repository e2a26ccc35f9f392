// `backup FILE` and `restore FILE`: a backup taken while developments are written restores to
// exactly the state after some prefix of those writes; bad input is refused and changes nothing.
// Tier: full (bin/koalitionstracker processes, pg_dump)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, truncateSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import type { Actor } from '../src/domain/roles.ts';
import { addUser } from '../src/services/accounts.ts';
import { createDevelopment } from '../src/services/admin/developments.ts';
import { importAgreementFiles } from '../src/services/import-agreement.ts';
import { openStore, type Db } from '../src/store/database.ts';
import { MIGRATION_NAMES, migrateTo } from '../src/store/migrate.ts';
import { compareSchemas, describeSchema } from '../src/store/schema-check.ts';
import { findUserByEmail } from '../src/store/users.ts';
import { chapterText, temporaryFolder, writeChapterFolder } from './support/chapter-file.ts';
import { runCli } from './support/cli.ts';
import { createTestDatabase, DIALECTS, type TestDatabase, type TestDialect } from './support/dialects.ts';
import { dumpDatabase, type Dump } from './support/dump.ts';

const START = Date.parse('2024-03-01T09:00:00Z');
const SLUGS = ['verschluesselung', 'dateninstitut'];
/** Columns a replay cannot reproduce: database-clock defaults and salted password hashes. */
const UNREPRODUCIBLE = ['created_at', 'password_hash'];

/** The same chapter and editor account on every database, so a replay can rebuild any state. */
async function seed(db: Db): Promise<Actor> {
  const folder = writeChapterFolder({
    '2-2-digitale-innovationen.md': chapterText({
      statements: [
        { summary: 'Recht auf Verschlüsselung', id: SLUGS[0] },
        { summary: 'Dateninstitut gründen', id: SLUGS[1] },
      ],
    }),
  });
  await importAgreementFiles(db, [folder], { now: new Date(START) });
  await addUser(db, { email: 'redaktion@example.org', password: 'richtig-langes-passwort', role: 'editor' }, new Date(START));
  const user = (await findUserByEmail(db, 'redaktion@example.org'))!;
  return { id: user.id, role: user.role, organisationId: null };
}

/** Write number `n`: a development, deterministic in everything but the database clock. */
function writeDevelopment(db: Db, actor: Actor, n: number): Promise<number> {
  const day = new Date(START + n * 86_400_000).toISOString().slice(0, 10);
  const form = {
    event_date: day,
    title: `Entwicklung ${n}`,
    body: `Schritt **${n}**.`,
    status_change: n % 4 === 0 ? 'in_progress' : '',
    rating_change: String((n % 5) + 1),
    source_url: `https://example.org/quelle/${n}`,
    source_title: `Quelle ${n}`,
    source_publisher: 'Bundestag',
    source_date: day,
  };
  return createDevelopment(db, actor, SLUGS[n % 2]!, form, n % 3 === 0 ? 'draft' : 'publish', new Date(START + n * 60_000));
}

async function withDb<T>(url: string, work: (db: Db) => Promise<T>): Promise<T> {
  const store = await openStore(url);
  try {
    await store.migrate();
    return await work(store.db);
  } finally {
    await store.close();
  }
}

/** `export --format okf` of the database: file name → content (equal strings are equal bytes here). */
async function exportOkf(url: string): Promise<Record<string, string>> {
  const folder = temporaryFolder('export');
  const result = await runCli(['export', '--format', 'okf', folder], { DATABASE_URL: url });
  assert.equal(result.code, 0, result.stderr);
  return Object.fromEntries(
    readdirSync(folder)
      .sort()
      .map((name) => [name, readFileSync(join(folder, name), 'utf8')]),
  );
}

async function restoreInto(dialect: TestDialect, file: string): Promise<TestDatabase> {
  const target = await createTestDatabase(dialect);
  const restored = await runCli(['restore', file], { DATABASE_URL: target.url });
  assert.equal(restored.code, 0, restored.stderr);
  assert.match(restored.stdout, /^Restored the database from /);
  return target;
}

function backupPath(dialect: TestDialect): string {
  return join(temporaryFolder('backups'), dialect === 'sqlite' ? 'backup.db' : 'backup.dump');
}

for (const dialect of DIALECTS) {
  describe(`backup and restore (${dialect})`, () => {
    let source: TestDatabase;
    const dropLater: TestDatabase[] = [];

    before(async () => {
      source = await createTestDatabase(dialect);
      dropLater.push(source);
    });
    after(async () => {
      for (const database of dropLater) await database.drop();
    });

    test('a backup taken while developments are written is the state after a prefix of them', { timeout: 120_000 }, async () => {
      const store = await openStore(source.url);
      await store.migrate();
      const actor = await seed(store.db);
      let written = 0;
      let writing = true;
      const writer = (async () => {
        while (writing) {
          await writeDevelopment(store.db, actor, ++written);
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
      })();
      while (written < 20) await new Promise((resolve) => setTimeout(resolve, 10));

      const file = backupPath(dialect);
      const writtenBefore = written;
      const backup = await runCli(['backup', file], { DATABASE_URL: source.url });
      const writtenAfter = written;
      writing = false;
      await writer;
      await store.close();
      assert.equal(backup.code, 0, backup.stderr);
      assert.match(backup.stdout, /^Backed up the database to .+ \(\d+ KB\)\.$/m);
      assert.ok(writtenAfter > writtenBefore, `writes went on during the backup (${writtenBefore} → ${writtenAfter})`);

      const restored = await restoreInto(dialect, file);
      dropLater.push(restored);
      const prefix = await withDb(restored.url, async (db) => (await db.selectFrom('updates').select('id').execute()).length);
      assert.ok(prefix >= writtenBefore && prefix <= writtenAfter + 1, `the backup holds ${prefix} writes`);

      const replay = await createTestDatabase(dialect);
      dropLater.push(replay);
      await withDb(replay.url, async (db) => {
        const replayActor = await seed(db);
        for (let n = 1; n <= prefix; n++) await writeDevelopment(db, replayActor, n);
      });
      assert.deepEqual(await exportOkf(restored.url), await exportOkf(replay.url));
      assert.deepEqual(
        await withDb(restored.url, (db) => dumpDatabase(db, UNREPRODUCIBLE)),
        await withDb(replay.url, (db) => dumpDatabase(db, UNREPRODUCIBLE)),
      );
    });

    test('a backup of a quiet database restores to the same export and the same rows', { timeout: 60_000 }, async () => {
      const file = backupPath(dialect);
      const backup = await runCli(['backup', file], { DATABASE_URL: source.url });
      assert.equal(backup.code, 0, backup.stderr);
      const restored = await restoreInto(dialect, file);
      dropLater.push(restored);
      assert.deepEqual(await exportOkf(restored.url), await exportOkf(source.url));
      assert.deepEqual(await withDb(restored.url, (db) => dumpDatabase(db)), await withDb(source.url, (db) => dumpDatabase(db)));

      const again = await runCli(['backup', file], { DATABASE_URL: source.url });
      assert.equal(again.code, 1);
      assert.equal(again.stderr, `${file}: exists already; choose a new file name (a backup never overwrites)\n`);
    });

    test(
      'restore refuses a missing file, a file that is no backup and a database of another app; nothing changes',
      { timeout: 60_000 },
      async () => {
        const folder = temporaryFolder('bad');
        const text = join(folder, 'notizen.txt');
        writeFileSync(text, 'Das ist keine Datenbank.\n');
        const foreign = join(folder, dialect === 'sqlite' ? 'fremd.db' : 'fremd.dump');
        if (dialect === 'sqlite') new SQLite(foreign).exec('create table notes (text)');
        else await foreignArchive(foreign, dropLater);

        const cases: [string, RegExp][] = [
          [join(folder, 'fehlt.db'), /fehlt\.db: no such file$/],
          [text, dialect === 'sqlite' ? /notizen\.txt: not a SQLite database$/ : /notizen\.txt: not a PostgreSQL backup/],
          [foreign, /fremd\.(db|dump): a (SQLite database|pg_dump archive), but not one of koalitionstracker/],
        ];
        if (dialect === 'sqlite') {
          const damaged = join(folder, 'kaputt.db');
          copyFileSync(source.url.slice('sqlite:'.length), damaged);
          truncateSync(damaged, Math.floor(statSync(damaged).size / 2));
          cases.push([damaged, /kaputt\.db: (damaged|not a readable) SQLite database/]);
        }
        const before = await withDb(source.url, (db) => dumpDatabase(db));
        const filesBefore = sourceFiles(source);
        for (const [file, message] of cases) {
          const result = await runCli(['restore', file], { DATABASE_URL: source.url });
          assert.equal(result.code, 1, file);
          const lines = result.stderr.trimEnd().split('\n');
          assert.equal(lines.length, 1, result.stderr);
          assert.match(lines[0]!, message);
        }
        assert.deepEqual(sourceFiles(source), filesBefore, 'no file left beside the database');
        assert.deepEqual(await withDb(source.url, (db) => dumpDatabase(db)), before);
      },
    );

    /** A database of our migrations (all, or up to `level`) changed by `statements`, as a backup file of the dialect. */
    async function tamperedBackup(statements: string[], options: { level?: string; migrate?: boolean } = {}): Promise<string> {
      const database = await createTestDatabase(dialect);
      dropLater.push(database);
      const store = await openStore(database.url);
      try {
        if (options.migrate !== false) {
          if (options.level) await migrateTo(store.db as Kysely<unknown>, dialect, options.level);
          else await store.migrate();
        }
        for (const statement of statements) await sql.raw(statement).execute(store.db);
      } finally {
        await store.close();
      }
      if (dialect === 'sqlite') return database.url.slice('sqlite:'.length);
      const file = join(temporaryFolder('tampered'), 'backup.dump');
      const dumped = spawnSync('pg_dump', ['--format=custom', `--file=${file}`, `--dbname=${database.url}`], { encoding: 'utf8' });
      assert.equal(dumped.status, 0, dumped.stderr);
      return file;
    }

    test(
      'restore refuses a backup whose schema is not what our migrations create: one line, exit code 1, database unchanged',
      { timeout: 120_000 },
      async () => {
        const postgres = dialect === 'postgres';
        const escalate = postgres
          ? [
              "create function escalate() returns trigger language plpgsql as $$ begin update users set role = 'admin' where id = new.user_id; return new; end $$",
              'create trigger sessions_escalate after insert on sessions for each row execute function escalate()',
            ]
          : ["create trigger sessions_escalate after insert on sessions begin update users set role = 'admin' where id = new.user_id; end"];
        const migrationsOnly = [
          'create table kysely_migration (name varchar(255) primary key, timestamp varchar(255) not null)',
          `insert into kysely_migration values ${MIGRATION_NAMES.map((name) => `('${name}', '2026-01-01T00:00:00.000Z')`).join(', ')}`,
        ];
        const changed = postgres
          ? [
              "create or replace function raise_content_version() returns trigger language plpgsql as $$ begin update users set role = 'admin'; return null; end $$",
            ]
          : [
              'drop trigger pledges_update_raises_content_version',
              "create trigger pledges_update_raises_content_version after update on pledges begin update users set role = 'admin'; end",
            ];
        const cases: [string, RegExp][] = [
          [
            await tamperedBackup(escalate),
            postgres
              ? /: its schema is not the one koalitionstracker's migrations create: unexpected trigger sessions_escalate on sessions, unexpected function public\.escalate\(\); nothing was restored$/
              : /: its schema is not the one koalitionstracker's migrations create: unexpected trigger sessions_escalate; nothing was restored$/,
          ],
          [
            await tamperedBackup(migrationsOnly, { migrate: false }),
            /: its schema is not the one koalitionstracker's migrations create: missing .+ and \d+ more; nothing was restored$/,
          ],
          [
            await tamperedBackup(changed),
            postgres
              ? /: changed function public\.raise_content_version\(\); nothing was restored$/
              : /: changed trigger pledges_update_raises_content_version; nothing was restored$/,
          ],
          [
            await tamperedBackup(['create view accounts as select email, password_hash from users']),
            postgres
              ? /: it holds VIEW public accounts, which koalitionstracker's schema does not have; nothing was restored$/
              : /: unexpected view accounts; nothing was restored$/,
          ],
          [
            await tamperedBackup(["insert into kysely_migration values ('9999-from-the-future', '2030-01-01T00:00:00.000Z')"]),
            /: it has migration "9999-from-the-future", which this version of koalitionstracker does not know \(made by a newer version\?\); nothing was restored$/,
          ],
        ];
        if (postgres) {
          const admin = await openStore(source.url);
          const superuser = (
            await sql<{ super: boolean }>`select rolsuper as super from pg_roles where rolname = current_user`.execute(admin.db)
          ).rows[0]?.super;
          await admin.close();
          if (superuser) {
            const eventTrigger = await tamperedBackup([
              "create function on_ddl() returns event_trigger language plpgsql as $$ begin update users set role = 'admin'; end $$",
              'create event trigger on_ddl on ddl_command_end execute function on_ddl()',
            ]);
            cases.push([
              eventTrigger,
              /: it holds EVENT TRIGGER - on_ddl, which koalitionstracker's schema does not have; nothing was restored$/,
            ]);
          }
        }
        const before = await withDb(source.url, (db) => dumpDatabase(db));
        const filesBefore = sourceFiles(source);
        for (const [file, message] of cases) {
          const result = await runCli(['restore', file], { DATABASE_URL: source.url });
          assert.equal(result.code, 1, `${file}: ${result.stdout}`);
          const lines = result.stderr.trimEnd().split('\n');
          assert.equal(lines.length, 1, result.stderr);
          assert.ok(lines[0]!.startsWith(`${file}: `), lines[0]);
          assert.match(lines[0]!, message);
        }
        assert.deepEqual(sourceFiles(source), filesBefore, 'no file left beside the database');
        assert.deepEqual(await withDb(source.url, (db) => dumpDatabase(db)), before, 'the database is unchanged');
        if (postgres) {
          const admin = await openStore(source.url);
          const { rows } = await sql<{
            datname: string;
          }>`select datname from pg_database where datname like 'kt\_restore\_%' or datname like 'kt\_expected\_%'`.execute(admin.db);
          await admin.close();
          assert.deepEqual(rows, [], 'no scratch database left behind');
        }
      },
    );

    test(
      'a backup of an earlier migration level is checked against that level, restored and brought up to date',
      { timeout: 60_000 },
      async () => {
        const level = '0010-recent-updates-index';
        const file = await tamperedBackup(["insert into governments (slug, name) values ('alt', 'Eine frühere Regierung')"], { level });
        const restored = await createTestDatabase(dialect);
        dropLater.push(restored);
        const result = await runCli(['restore', file], { DATABASE_URL: restored.url });
        assert.equal(result.code, 0, result.stderr);
        const later = MIGRATION_NAMES.slice(MIGRATION_NAMES.indexOf(level) + 1);
        assert.ok(later.length > 0);
        assert.match(result.stdout, new RegExp(`^Restored the database from .+\\. Brought up to date: ${later.join(', ')}\\.`));
        assert.match((await runCli(['migrate'], { DATABASE_URL: restored.url })).stdout, /schema is up to date/);
        const fresh = await createTestDatabase(dialect);
        dropLater.push(fresh);
        const freshStore = await openStore(fresh.url);
        const restoredStore = await openStore(restored.url);
        try {
          await freshStore.migrate();
          compareSchemas(
            await describeSchema(freshStore.db as Kysely<unknown>, dialect),
            await describeSchema(restoredStore.db as Kysely<unknown>, dialect),
          );
          assert.deepEqual(
            (await restoredStore.db.selectFrom('governments').select('name').execute()).map((row) => row.name),
            ['Eine frühere Regierung'],
          );
        } finally {
          await freshStore.close();
          await restoredStore.close();
        }
      },
    );

    if (dialect === 'sqlite') {
      test('restore refuses while a server has the database open', async () => {
        const file = backupPath(dialect);
        assert.equal((await runCli(['backup', file], { DATABASE_URL: source.url })).code, 0);
        const running = await openStore(source.url);
        try {
          const before: Dump = await dumpDatabase(running.db);
          const result = await runCli(['restore', file], { DATABASE_URL: source.url });
          assert.equal(result.code, 1);
          assert.match(
            result.stderr,
            /: the database is in use; stop the server \(and other koalitionstracker commands\) first, then restore\n$/,
          );
          assert.deepEqual(await dumpDatabase(running.db), before);
        } finally {
          await running.close();
        }
      });
    }
  });
}

/** The files of a SQLite database's folder (empty for PostgreSQL). */
function sourceFiles(database: TestDatabase): string[] {
  if (!database.url.startsWith('sqlite:')) return [];
  const path = database.url.slice('sqlite:'.length);
  return readdirSync(join(path, '..'))
    .filter((name) => !name.endsWith('-shm') && !name.endsWith('-wal'))
    .sort();
}

/** A pg_dump archive of a database that is not ours. */
async function foreignArchive(file: string, dropLater: TestDatabase[]): Promise<void> {
  const other = await createTestDatabase('postgres');
  dropLater.push(other);
  const pg = await import('pg');
  const client = new pg.default.Client({ connectionString: other.url });
  await client.connect();
  await client.query('create table notes (text text)');
  await client.end();
  const dumped = spawnSync('pg_dump', ['--format=custom', `--file=${file}`, `--dbname=${other.url}`], { encoding: 'utf8' });
  assert.equal(dumped.status, 0, dumped.stderr);
}
