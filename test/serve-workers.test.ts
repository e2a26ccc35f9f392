// `serve --workers N`: several processes serve the site on one port (node:cluster), each with its own page
// cache and fast path; a change is visible on the next request in every one of them, and the background
// jobs run once, in the primary.
// Tier: full (serve as a process with worker processes)
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { fileURLToPath } from 'node:url';
import { openStore } from '../src/store/database.ts';
import { findPledgeBySlug, updatePledge } from '../src/store/pledges.ts';
import { DIALECTS, openTestStore } from './support/dialects.ts';
import { untilListening } from './support/server-process.ts';
import { seedSite, today } from './support/site-fixture.ts';

const ENTRY = fileURLToPath(new URL('../bin/koalitionstracker.mjs', import.meta.url));
const WORKERS = 3;

/** GET on a connection of its own: the primary hands each new connection to the next worker in turn. */
function get(url: string, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const sent = httpRequest(`${url}${path}`, { agent: false }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode!, body }));
    });
    sent.on('error', reject);
    sent.end();
  });
}

async function stop(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return child.exitCode;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  return exited;
}

for (const dialect of DIALECTS) {
  describe(`serve --workers ${WORKERS} (${dialect})`, () => {
    test('every worker shows a change on its next request; the jobs run once; SIGTERM stops them all', { timeout: 120_000 }, async () => {
      const database = await openTestStore(dialect);
      await seedSite(database.store);
      const child = spawn(process.execPath, [ENTRY, 'serve', '--workers', String(WORKERS)], {
        env: { PATH: process.env.PATH ?? '', DATABASE_URL: database.url, PORT: '0', DISCOVER_INTERVAL: '1h', LOG_LEVEL: 'info' },
      });
      try {
        const { url, log } = await untilListening(child);
        assert.match(log(), new RegExp(`"workers":${WORKERS}.*läuft auf`));
        const path = '/vorhaben/verschluesselung';
        // Two rounds over the workers: each renders the page, then has it cached.
        for (let i = 0; i < 2 * WORKERS; i++) assert.match((await get(url, path)).body, /<h1>Recht auf Verschlüsselung<\/h1>/);

        const other = await openStore(database.url);
        try {
          const pledge = (await findPledgeBySlug(other.db, 'verschluesselung'))!;
          await updatePledge(other.db, pledge.id, { title: 'Recht auf Verschlüsselung, neu', updated_at: today.toISOString() });
        } finally {
          await other.close();
        }
        for (let i = 0; i < 2 * WORKERS; i++) {
          let page = await get(url, path);
          // PostgreSQL tells each worker by NOTIFY, which arrives just after the commit; SQLite's workers read the version.
          for (
            let attempt = 0;
            dialect === 'postgres' && attempt < 100 && !page.body.includes('<h1>Recht auf Verschlüsselung, neu</h1>');
            attempt++
          ) {
            await new Promise((resolve) => setTimeout(resolve, 10));
            page = await get(url, path);
          }
          assert.match(page.body, /<h1>Recht auf Verschlüsselung, neu<\/h1>/, `request ${i}`);
        }

        while (!log().includes('"msg":"discovery"')) await new Promise((resolve) => setTimeout(resolve, 50));
        assert.equal(await stop(child), 0);
        assert.equal(log().split('"msg":"discovery"').length - 1, 1, 'discovery ran once, in the primary');
        assert.equal(log().split('"msg":"shutting down"').length - 1, 1);
      } finally {
        await stop(child);
        await database.close();
      }
    });
  });
}

describe('serve --workers', () => {
  test('refuses a number that is not one', async () => {
    const child = spawn(process.execPath, [ENTRY, 'serve', '--workers', 'viele'], {
      env: { PATH: process.env.PATH ?? '', DATABASE_URL: 'sqlite::memory:' },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise((resolve) => child.once('exit', resolve));
    assert.equal(code, 2);
    assert.match(stderr, /--workers viele: expected a number of processes/);
  });
});
