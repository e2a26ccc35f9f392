// Durability: the real server is killed with SIGKILL in the middle of a burst of back-office
// writes; after a restart every acknowledged write is there, whole, and the site still serves.
// Tier: full (a server process killed with SIGKILL)
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import SQLite from 'better-sqlite3';
import { openStore } from '../src/store/database.ts';
import { AdminClient, createAccount } from './support/admin-client.ts';
import { createTestDatabase, DIALECTS } from './support/dialects.ts';
import { untilListening } from './support/server-process.ts';
import { overHttp, type RunningServer } from './support/server.ts';
import { seedSite } from './support/site-fixture.ts';

const ENTRY = fileURLToPath(new URL('../bin/koalitionstracker.mjs', import.meta.url));
const REQUESTS = 200;
const CONCURRENCY = 8;
const KILL_AFTER_ACKNOWLEDGED = 60;

interface ServerProcess extends RunningServer {
  child: ChildProcess;
}

/** Servers still running when a test fails or times out; stopped after all tests. */
const running = new Set<ChildProcess>();
after(() => {
  for (const child of running) child.kill('SIGKILL');
});

/** `bin/koalitionstracker serve` on a free port; resolves once it logs its URL. */
function serve(databaseUrl: string): Promise<ServerProcess> {
  const child = spawn(process.execPath, [ENTRY, 'serve'], {
    env: { PATH: process.env.PATH ?? '', DATABASE_URL: databaseUrl, PORT: '0', LOG_LEVEL: 'info' },
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  return untilListening(child, 120_000).then(({ url }) => ({
    child,
    ...overHttp(url),
    close: () => stop(child, 'SIGTERM'),
  }));
}

function stop(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

function developmentForm(n: number): Record<string, string | string[]> {
  return {
    event_date: '2024-02-01',
    title: `Absturztest ${n}`,
    body: `Schritt ${n}.`,
    status_change: n % 2 ? 'in_progress' : '',
    rating_change: '',
    source_url: [`https://example.org/absturz/${n}`],
    source_title: [`Quelle ${n}`],
    source_publisher: ['Bundestag'],
    source_date: ['2024-02-01'],
    aktion: n % 3 ? 'veroeffentlichen' : 'entwurf',
  };
}

/** Fires the writes `CONCURRENCY` at a time, kills the server once enough are acknowledged; returns their numbers. */
async function burstUntilKilled(editor: AdminClient, server: ServerProcess): Promise<{ acknowledged: number[]; killedAt: number }> {
  const acknowledged: number[] = [];
  let next = 0;
  let killedAt = 0;
  const worker = async () => {
    while (next < REQUESTS) {
      const n = ++next;
      const response = await editor.post('/admin/vorhaben/dateninstitut/entwicklungen', developmentForm(n)).catch(() => undefined);
      if (response?.status === 303) acknowledged.push(n);
      if (acknowledged.length >= KILL_AFTER_ACKNOWLEDGED && !killedAt) {
        killedAt = next;
        server.child.kill('SIGKILL');
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { acknowledged, killedAt };
}

for (const dialect of DIALECTS) {
  describe(`crash recovery (${dialect})`, () => {
    test('after SIGKILL mid-burst every acknowledged write survives whole and the site serves', { timeout: 240_000 }, async () => {
      const started = Date.now();
      const database = await createTestDatabase(dialect);
      const setup = await openStore(database.url);
      await setup.migrate();
      await seedSite(setup);
      const email = await createAccount(setup.db, 'editor');
      await setup.close();

      const first = await serve(database.url);
      const exited = new Promise((resolve) => first.child.once('exit', (_code, signal) => resolve(signal)));
      const editor = new AdminClient(first);
      assert.equal((await editor.signIn(email)).status, 303);
      const { acknowledged, killedAt } = await burstUntilKilled(editor, first);
      assert.equal(await exited, 'SIGKILL');
      assert.ok(killedAt > 0 && killedAt < REQUESTS, `killed in the middle (${killedAt} of ${REQUESTS} requests sent)`);

      if (dialect === 'sqlite') {
        const file = new SQLite(database.url.slice('sqlite:'.length));
        assert.equal(file.pragma('integrity_check', { simple: true }), 'ok');
        file.close();
      }
      const second = await serve(database.url);
      const store = await openStore(database.url);
      try {
        const rows = await store.db
          .selectFrom('updates')
          .leftJoin('sources', 'sources.update_id', 'updates.id')
          .select(['updates.title', 'updates.published_at', 'sources.url'])
          .where('updates.title', 'like', 'Absturztest %')
          .execute();
        const saved = new Map(rows.map((row) => [Number(row.title.split(' ')[1]), row]));
        for (const n of acknowledged) {
          const row = saved.get(n);
          assert.ok(row, `acknowledged write ${n} is there`);
          assert.equal(row.url, `https://example.org/absturz/${n}`, `write ${n} has its source`);
          assert.equal(row.published_at !== null, n % 3 !== 0, `write ${n} kept its published flag`);
        }
        assert.equal(rows.length, saved.size, 'no write is there twice or without its source');
        const page = await second.request('/vorhaben/dateninstitut');
        assert.equal(page.status, 200);
        const published = acknowledged.find((n) => n % 3 !== 0)!;
        assert.match(await page.text(), new RegExp(`Absturztest ${published}\\b`));
        const signedIn = new AdminClient(second);
        assert.equal((await signedIn.signIn(email)).status, 303, 'the back office works after the restart');
        console.log(
          `${dialect}: ${acknowledged.length} acknowledged, ${saved.size} saved, killed with ${killedAt} of ${REQUESTS} requests sent, ${Date.now() - started} ms`,
        );
      } finally {
        await store.close();
        await second.close();
        await database.drop();
      }
    });
  });
}
