// The fast path in front of the router (web/fast-path.ts), over real sockets as `serve` runs it: a cached
// answer is the rendered one — status, headers, body; plain, HEAD, brotli, gzip, 304 — for every kind of
// cached page, a change is visible on the next request whoever made it, and signed-in visitors and other
// methods go through the app.
// Tier: full (servers on real ports, PostgreSQL's notifications)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { openStore, type Store } from '../src/store/database.ts';
import { readContentVersion } from '../src/store/content-version.ts';
import { findPledgeBySlug, updatePledge } from '../src/store/pledges.ts';
import { signedIn } from './support/admin-client.ts';
import { DIALECTS, openTestStore, type TestStore } from './support/dialects.ts';
import { seedSite, today, CHAPTER } from './support/site-fixture.ts';
import { startSite, type RunningSite } from './support/site-server.ts';
import { pledgeForm } from './support/pledge-form.ts';

/** One of each kind of page the cache keeps, in both languages where there are two. */
const PAGES = [
  '/',
  '/en',
  CHAPTER,
  '/en' + CHAPTER,
  '/vorhaben/verschluesselung',
  '/vorhaben?status=implemented&status=in_progress',
  '/suche?q=Verschl%C3%BCsselung',
  '/feed.xml',
  '/vorhaben/verschluesselung/feed.xml',
  '/statistik',
  '/themen',
  '/ministerien',
  '/methode',
  '/en/method',
  '/vertraege',
  '/gibt-es-nicht',
  '/bild.png',
  '/api/v1',
  '/api/v1/openapi.json',
  '/api/v1/pledges',
  '/api/v1/pledges?status=implemented&status=in_progress&limit=1',
  '/api/v1/pledges/verschluesselung',
  '/api/v1/pledges/gibt-es-nicht',
];

interface Raw {
  status: number;
  /** Header lines as sent, but Date, in their order. */
  headers: string[];
  body: Buffer;
}

/** A request on a connection of its own, with the headers exactly as they came. */
function raw(url: string, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const sent = httpRequest(`${url}${path}`, { method, headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const lines: string[] = [];
        for (let i = 0; i < response.rawHeaders.length; i += 2)
          if (response.rawHeaders[i] !== 'Date') lines.push(`${response.rawHeaders[i]!.toLowerCase()}: ${response.rawHeaders[i + 1]}`);
        resolve({ status: response.statusCode!, headers: lines, body: Buffer.concat(chunks) });
      });
    });
    sent.on('error', reject);
    sent.end();
  });
}

const header = (answer: Raw, name: string) => answer.headers.find((line) => line.startsWith(`${name}: `))?.slice(name.length + 2);
const without = (answer: Raw, ...names: string[]) => answer.headers.filter((line) => !names.some((name) => line.startsWith(`${name}: `)));

for (const dialect of DIALECTS) {
  describe(`fast path (${dialect})`, () => {
    let database: TestStore;
    let site: RunningSite;
    let second: Store;

    before(async () => {
      database = await openTestStore(dialect);
      await seedSite(database.store);
      site = await startSite(database.store.db, database.url, { clock: () => today });
      second = await openStore(database.url);
    });
    after(async () => {
      await second?.close();
      await site?.close();
      await database?.close();
    });

    test('a cached answer is the rendered one: status, headers and body, plain, HEAD, compressed and 304', async () => {
      for (const path of PAGES) {
        const reached = site.appRequests();
        const rendered = await raw(site.url, path);
        assert.equal(site.appRequests(), reached + 1, `${path}: rendered by the app`);
        assert.ok([200, 404].includes(rendered.status), `${path}: ${rendered.status}`);
        await site.pages.compressed();
        const cached = await raw(site.url, path);
        const head = await raw(site.url, path, {}, 'HEAD');
        assert.equal(site.appRequests(), reached + 1, `${path}: the fast path answered`);
        assert.deepEqual(cached, rendered, path);
        assert.deepEqual({ ...head, body: rendered.body }, rendered, `${path}: HEAD`);
        assert.equal(head.body.length, 0);
        assert.equal(Number(header(rendered, 'content-length')), rendered.body.length, path);

        const etag = header(rendered, 'etag')!;
        const compressible = header(rendered, 'vary') === 'Accept-Encoding';
        for (const [accept, encoding, decode] of [
          ['gzip, deflate, br', 'br', brotliDecompressSync],
          ['gzip', 'gzip', gunzipSync],
        ] as const) {
          const compressed = await raw(site.url, path, { 'accept-encoding': accept });
          if (!compressible) {
            assert.deepEqual(compressed, rendered, `${path}: not compressed`);
            continue;
          }
          assert.equal(header(compressed, 'content-encoding'), encoding, path);
          assert.ok(compressed.body.length < rendered.body.length, path);
          assert.deepEqual(decode(compressed.body), rendered.body, `${path}: ${encoding}`);
          assert.equal(header(compressed, 'etag'), `${etag.slice(0, -1)}-${encoding === 'br' ? 'br' : 'gz'}"`);
          assert.deepEqual(
            without(compressed, 'content-encoding', 'content-length', 'etag'),
            without(rendered, 'content-length', 'etag'),
            `${path}: ${encoding} headers`,
          );
        }
        assert.ok(
          compressible || !/^text\//.test(header(rendered, 'content-type') ?? '') || rendered.body.length < 1024,
          `${path}: text is compressed`,
        );

        const notModified = await raw(site.url, path, { 'if-none-match': etag });
        if (rendered.status === 200) {
          assert.equal(notModified.status, 304, path);
          assert.equal(notModified.body.length, 0);
          assert.deepEqual(without(notModified, 'content-length'), without(rendered, 'content-length'), `${path}: 304 headers`);
        } else assert.deepEqual(notModified, rendered, `${path}: a 404 is never 304`);
        assert.equal(site.appRequests(), reached + 1, `${path}: all from the fast path`);
      }
    });

    test('a change made elsewhere is visible on the next request, and rendered once for it', async () => {
      const path = '/vorhaben/verschluesselung';
      const before = await raw(site.url, path);
      const pledge = (await findPledgeBySlug(second.db, 'verschluesselung'))!;
      await updatePledge(second.db, pledge.id, { title: 'Recht auf Verschlüsselung, anderswo geändert', updated_at: today.toISOString() });
      if (dialect === 'postgres') await notified(site, await readContentVersion(second.db));
      const reached = site.appRequests();
      const after = await raw(site.url, path);
      assert.match(after.body.toString(), /anderswo geändert/);
      assert.notEqual(header(after, 'etag'), header(before, 'etag'));
      assert.equal(site.appRequests(), reached + 1, 'rendered anew by the app');
      assert.deepEqual(await raw(site.url, path), after);
      assert.equal(site.appRequests(), reached + 1, 'then answered by the fast path');
    });

    test('a change through this server is visible on its next request, without waiting', async () => {
      const path = '/vorhaben/dateninstitut';
      assert.equal((await raw(site.url, path)).status, 200);
      assert.equal((await raw(site.url, path)).status, 200);
      const editor = await signedIn(site, database.store.db, 'editor');
      const version = (await findPledgeBySlug(database.store.db, 'dateninstitut'))!.version;
      assert.equal(
        (
          await editor.post(
            '/admin/vorhaben/dateninstitut',
            pledgeForm({ version: String(version), title: 'Dateninstitut gründen, hier geändert' }),
          )
        ).status,
        303,
      );
      assert.match((await raw(site.url, path)).body.toString(), /Dateninstitut gründen, hier geändert/);
    });

    test('signed-in visitors, other methods and URLs a parser would rewrite go through the app', async () => {
      const path = '/vorhaben/verschluesselung';
      await raw(site.url, path);
      const editor = await signedIn(site, database.store.db, 'editor');
      const reached = site.appRequests();
      const signedInPage = await editor.get(path);
      assert.equal(signedInPage.status, 200);
      assert.equal(signedInPage.headers.get('etag'), null, 'not from the cache');
      assert.match(signedInPage.headers.get('cache-control') ?? '', /no-store/);
      assert.equal(site.appRequests(), reached + 1);
      await raw(site.url, '/vorhaben/%76erschluesselung');
      await raw(site.url, '/vorhaben//verschluesselung');
      await raw(site.url, path, {}, 'OPTIONS');
      assert.equal(site.appRequests(), reached + 4);
      await fromFastPath(site, '/api/v1/pledges');
      const beforeApi = site.appRequests();
      for (const query of ['?limit=1&limit=2', '?unbekannt=1']) {
        assert.equal((await raw(site.url, '/api/v1/pledges')).status, 200);
        const refused = await raw(site.url, `/api/v1/pledges${query}`);
        assert.equal(refused.status, 400, `${query}: the API refuses it, though the cache knows /api/v1/pledges`);
        assert.equal((await raw(site.url, `/api/v1/pledges${query}`)).status, 400);
      }
      assert.equal(site.appRequests(), beforeApi + 4, 'the refused API requests went through the app each time, the other from the cache');
    });
  });
}

/** Waits until the instance has heard of `version` (PostgreSQL delivers NOTIFY after the commit, to each listener). */
/**
 * Asks for `path` until the fast path answers it: after a request that may write (the OPTIONS above), this
 * process stays off the fast path until it has read the version again, which on PostgreSQL waits for NOTIFY.
 */
async function fromFastPath(site: RunningSite, path: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const before = site.appRequests();
    await raw(site.url, path);
    if (site.appRequests() === before) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  assert.fail(`${path} never came from the fast path`);
}

async function notified(site: RunningSite, version: number): Promise<void> {
  while ((site.signal.current() ?? 0) < version) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('two instances on PostgreSQL', { skip: DIALECTS.includes('postgres') ? false : 'needs PostgreSQL' }, () => {
  let database: TestStore;
  let storeB: Store;
  let a: RunningSite;
  let b: RunningSite;

  before(async () => {
    database = await openTestStore('postgres');
    await seedSite(database.store);
    storeB = await openStore(database.url);
    a = await startSite(database.store.db, database.url, { clock: () => today });
    b = await startSite(storeB.db, database.url, { clock: () => today });
  });
  after(async () => {
    await a?.close();
    await b?.close();
    await storeB?.close();
    await database?.close();
  });

  test('an edit through one instance reaches the fast path of the other', async () => {
    const path = CHAPTER;
    for (const site of [a, b]) for (let i = 0; i < 2; i++) await raw(site.url, path);
    const reachedB = b.appRequests();
    assert.equal((await raw(b.url, path)).status, 200);
    assert.equal(b.appRequests(), reachedB, 'B answers from its fast path');
    const editor = await signedIn(a, database.store.db, 'editor');
    const version = (await findPledgeBySlug(database.store.db, 'verschluesselung'))!.version;
    assert.equal(
      (
        await editor.post(
          '/admin/vorhaben/verschluesselung',
          pledgeForm({ version: String(version), title: 'Recht auf Verschlüsselung (über A)' }),
        )
      ).status,
      303,
    );
    assert.match((await raw(a.url, path)).body.toString(), /Recht auf Verschlüsselung \(über A\)/, 'at once on A');
    await notified(b, await readContentVersion(storeB.db));
    assert.match((await raw(b.url, path)).body.toString(), /Recht auf Verschlüsselung \(über A\)/, 'on B once it is told');
  });
});
