// `backup FILE` and `restore FILE`: a backup taken while developments are written restores to
// exactly the state after some prefix of those writes; bad input is refused and changes nothing.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, truncateSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import type { Actor } from '../src/domain/roles.ts';
import { addUser } from '../src/services/accounts.ts';
import { createUpdate } from '../src/services/admin/updates.ts';
import { importAgreementFiles } from '../src/services/import-agreement.ts';
import { openStore, type Db } from '../src/store/database.ts';
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
    '2-2-digitale-innovationen.md': chapterText({ statements: [{ summary: 'Recht auf Verschlüsselung', id: SLUGS[0] }, { summary: 'Dateninstitut gründen', id: SLUGS[1] }] }),
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
    event_date: day, title: `Entwicklung ${n}`, body: `Schritt **${n}**.`, status_change: n % 4 === 0 ? 'in_progress' : '', rating_change: String((n % 5) + 1),
    source_url: `https://example.org/quelle/${n}`, source_title: `Quelle ${n}`, source_publisher: 'Bundestag', source_date: day,
  };
  return createUpdate(db, actor, SLUGS[n % 2]!, form, n % 3 === 0 ? 'draft' : 'publish', new Date(START + n * 60_000));
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
  return Object.fromEntries(readdirSync(folder).sort().map((name) => [name, readFileSync(join(folder, name), 'utf8')]));
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
      assert.deepEqual(await withDb(restored.url, (db) => dumpDatabase(db, UNREPRODUCIBLE)), await withDb(replay.url, (db) => dumpDatabase(db, UNREPRODUCIBLE)));
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

    test('restore refuses a missing file, a file that is no backup and a database of another app; nothing changes', { timeout: 60_000 }, async () => {
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
    });

    if (dialect === 'sqlite') {
      test('restore refuses while a server has the database open', async () => {
        const file = backupPath(dialect);
        assert.equal((await runCli(['backup', file], { DATABASE_URL: source.url })).code, 0);
        const running = await openStore(source.url);
        try {
          const before: Dump = await dumpDatabase(running.db);
          const result = await runCli(['restore', file], { DATABASE_URL: source.url });
          assert.equal(result.code, 1);
          assert.match(result.stderr, /: the database is in use; stop the server \(and other koalitionstracker commands\) first, then restore\n$/);
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
  return readdirSync(join(path, '..')).filter((name) => !name.endsWith('-shm') && !name.endsWith('-wal')).sort();
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
