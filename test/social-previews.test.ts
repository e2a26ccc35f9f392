// Open Graph and Twitter tags on every public page, and a PNG share picture per Vorhaben.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from '../src/store/database.ts';
import { findPledgeBySlug, updatePledge } from '../src/store/pledges.ts';
import { openTestStore, type TestStore } from './support/dialects.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { CHAPTER, seedSite, today } from './support/site-fixture.ts';

function pngSize(bytes: Uint8Array): { width: number; height: number } {
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  assert.equal(String.fromCharCode(...bytes.subarray(12, 16)), 'IHDR');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('social previews', () => {
  let database: TestStore;
  let store: Store;
  let server: RunningServer;

  before(async () => {
    database = await openTestStore('sqlite');
    store = database.store;
    await seedSite(store);
    server = await startServer(store.db, { clock: () => today }, { BASE_URL: 'https://tracker.example' });
  });
  after(async () => {
    await server.close();
    await database.close();
  });

  test('every public page carries Open Graph and Twitter card tags with absolute URLs', async () => {
    for (const path of ['/', CHAPTER, '/vorhaben', '/vorhaben/verschluesselung']) {
      const html = await (await server.get(path)).text();
      assert.match(html, new RegExp(`<meta property="og:url" content="https://tracker\\.example${path.replace(/\//g, '\\/')}"/>`), path);
      assert.match(html, /<meta property="og:title" content="[^"]+"\/>/);
      assert.match(html, /<meta property="og:image" content="https:\/\/tracker\.example\/[^"]*\.png"\/>/);
      assert.match(html, /<meta name="twitter:card" content="summary_large_image"\/>/);
    }
    const pledge = await (await server.get('/vorhaben/verschluesselung')).text();
    assert.match(pledge, /<meta property="og:image" content="https:\/\/tracker\.example\/vorhaben\/verschluesselung\/bild\.png"\/>/);
    assert.match(pledge, /<meta property="og:description" content="Vorhaben: Recht auf Verschlüsselung – umgesetzt"\/>/);
  });

  test('a Vorhaben has a 1200 × 630 PNG share picture that shows its own title', async () => {
    const response = await server.get('/vorhaben/verschluesselung/bild.png');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'image/png');
    const first = new Uint8Array(await response.arrayBuffer());
    assert.deepEqual(pngSize(first), { width: 1200, height: 630 });
    assert.ok(first.length > 5000, `${first.length} bytes: more than an empty card`);
    const pledge = (await findPledgeBySlug(store.db, 'verschluesselung'))!;
    await updatePledge(store.db, pledge.id, { title: 'Recht auf Verschlüsselung für alle' });
    const retitled = new Uint8Array(await (await server.get('/vorhaben/verschluesselung/bild.png')).arrayBuffer());
    await updatePledge(store.db, pledge.id, { title: pledge.title });
    assert.notDeepEqual(retitled, first, 'the title is drawn: a new title gives a new picture (needs a system font, e.g. fonts-dejavu-core)');
    const again = await server.get('/vorhaben/verschluesselung/bild.png', { headers: { 'If-None-Match': response.headers.get('etag')! } });
    assert.equal(again.status, 304);
    assert.deepEqual(pngSize(new Uint8Array(await (await server.get('/bild.png')).arrayBuffer())), { width: 1200, height: 630 });
  });

  test('a title with control characters from an older database still draws', async () => {
    const pledge = (await findPledgeBySlug(store.db, 'verschluesselung'))!;
    await updatePledge(store.db, pledge.id, { title: 'Recht auf\u0001 Verschlüsselung\uFFFE\u001b' });
    try {
      const response = await server.get('/vorhaben/verschluesselung/bild.png');
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-type'), 'image/png');
      assert.deepEqual(pngSize(new Uint8Array(await response.arrayBuffer())), { width: 1200, height: 630 });
    } finally {
      await updatePledge(store.db, pledge.id, { title: pledge.title });
    }
  });

  test('no picture for unknown or unpublished Vorhaben', async () => {
    assert.equal((await server.get('/vorhaben/geheim/bild.png')).status, 404);
    assert.equal((await server.get('/vorhaben/gibt-es-nicht/bild.png')).status, 404);
  });
});
