// `npm start` on an empty database: migrate, import the demo chapter, serve, log the URL.
// Tier: full (npm start as a process)
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createTestDatabase } from './support/dialects.ts';
import { parseHtml } from './support/html.ts';
import { untilListening } from './support/server-process.ts';

const ENTRY = fileURLToPath(new URL('../bin/koalitionstracker.mjs', import.meta.url));

/** Servers still running: a failed assertion must not leave one behind, which would keep the test process alive. */
const running = new Set<ChildProcess>();
after(() => {
  for (const child of running) child.kill('SIGKILL');
});

async function start(databaseUrl: string): Promise<{ child: ChildProcess; url: string; log: () => string }> {
  const child = spawn(process.execPath, [ENTRY, 'start'], { env: { PATH: process.env.PATH ?? '', DATABASE_URL: databaseUrl, PORT: '0' } });
  running.add(child);
  child.once('exit', () => running.delete(child));
  return { child, ...(await untilListening(child)) };
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.on('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

test('start imports the demo chapter, with its 40 Vorhaben, into an empty database and serves it', { timeout: 90_000 }, async () => {
  const database = await createTestDatabase('sqlite');
  const first = await start(database.url);
  // A failed check must not leave the server running, which would keep the test process alive.
  let exitCode: number | null;
  try {
    await checkFirstStart(first);
  } finally {
    exitCode = await stop(first.child);
  }
  assert.equal(exitCode, 0, 'shuts down cleanly on SIGTERM');

  const second = await start(database.url);
  assert.doesNotMatch(second.log(), /demo chapter imported/, 'a database with content is left alone');
  await stop(second.child);
  await database.drop();
});

async function checkFirstStart(first: { child: ChildProcess; url: string; log: () => string }): Promise<void> {
  assert.match(first.log(), /"msg":"database migrated"/);
  assert.match(first.log(), /"msg":"demo chapter imported"/);
  const response = await fetch(`${first.url}/kapitel/2-2-digitale-innovationen-und-digitale-infrastruktur`);
  assert.equal(response.status, 200);
  const chapter = parseHtml(await response.text());
  assert.equal(chapter.find('h1').text, '2.2 Digitale Innovationen und digitale Infrastruktur');
  const quote = chapter.find('mark.pledge-quote#zitat-verschluesselung');
  assert.deepEqual(quote.links, [
    { href: '/vorhaben/verschluesselung', text: 'Vorhaben, Status „nicht begonnen“: Recht auf Verschlüsselung' },
  ]);
  assert.match(
    quote.parent!.text,
    /Wir führen ein Vorhaben, Status „nicht begonnen“: Recht auf Verschlüsselung, ein wirksames Schwachstellenmanagement/,
  );
  assert.equal(chapter.findAll('mark.pledge-quote').length, 40, 'the 40 Vorhaben of the demo are highlighted in the chapter');
  const home = await (await fetch(first.url)).text();
  assert.match(home, /Mehr Fortschritt wagen/);
  assert.match(home, /40 Vorhaben/);
  assert.doesNotMatch(home, /Noch keine Vorhaben/);
  assert.match(await (await fetch(`${first.url}/vorhaben`)).text(), /Ergebnisse: 40 Vorhaben/);
  assert.match(await (await fetch(`${first.url}/statistik`)).text(), /40 Vorhaben: 40 nicht begonnen/);
  const search = await (await fetch(`${first.url}/suche?q=Verschl%C3%BCsselung`)).text();
  assert.ok(parseHtml(search).has('li.search-result a[href="/vorhaben/verschluesselung"]'));
  const pledge = await fetch(`${first.url}/vorhaben/vertrauenswuerdigeanbieter`);
  assert.equal(pledge.status, 200, 'an id with umlaut and capitals has its page at a transliterated slug');
  assert.match(await pledge.text(), /Nicht-vertrauenswürdige Unternehmen werden beim Ausbau kritischer Infrastrukturen nicht beteiligt/);
}
