// `npm start` on an empty database: migrate, import the demo chapter, serve, log the URL.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createTestDatabase } from './support/dialects.ts';
import { untilListening } from './support/server-process.ts';

const ENTRY = fileURLToPath(new URL('../bin/koalitionstracker.mjs', import.meta.url));

async function start(databaseUrl: string): Promise<{ child: ChildProcess; url: string; log: () => string }> {
  const child = spawn(process.execPath, [ENTRY, 'start'], { env: { PATH: process.env.PATH ?? '', DATABASE_URL: databaseUrl, PORT: '0' } });
  return { child, ...(await untilListening(child)) };
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.on('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

test('start imports the demo chapter into an empty database and serves it', { timeout: 90_000 }, async () => {
  const database = await createTestDatabase('sqlite');
  const first = await start(database.url);
  assert.match(first.log(), /"msg":"database migrated"/);
  assert.match(first.log(), /"msg":"demo chapter imported"/);
  const response = await fetch(`${first.url}/kapitel/2-2-digitale-innovationen-und-digitale-infrastruktur`);
  assert.equal(response.status, 200);
  const html = await response.text();
  assert.match(html, /<h1>2\.2 Digitale Innovationen und digitale Infrastruktur<\/h1>/);
  assert.match(html, /Wir führen ein Recht auf Verschlüsselung, ein wirksames Schwachstellenmanagement/);
  const home = await (await fetch(first.url)).text();
  assert.match(home, /Mehr Fortschritt wagen/);
  assert.equal(await stop(first.child), 0, 'shuts down cleanly on SIGTERM');

  const second = await start(database.url);
  assert.doesNotMatch(second.log(), /demo chapter imported/, 'a database with content is left alone');
  await stop(second.child);
  await database.drop();
});
