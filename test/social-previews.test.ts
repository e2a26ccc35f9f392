// Open Graph and Twitter tags on every public page, and a PNG share picture per Vorhaben.
// Tier: quick
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findPledgeBySlug, updatePledge } from '../src/store/pledges.ts';
import { metaContent } from './support/pages.ts';
import { testSite } from './support/site.ts';
import { CHAPTER, seedSite, today } from './support/site-fixture.ts';

function pngSize(bytes: Uint8Array): { width: number; height: number } {
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  assert.equal(String.fromCharCode(...bytes.subarray(12, 16)), 'IHDR');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('social previews', () => {
  const site = testSite('sqlite', { seed: seedSite, clock: () => today, env: { BASE_URL: 'https://tracker.example' } });

  test('every public page carries Open Graph and Twitter card tags with absolute URLs', async () => {
    for (const path of ['/', CHAPTER, '/vorhaben', '/vorhaben/verschluesselung']) {
      const page = await site.page(path);
      assert.equal(metaContent(page, 'og:url'), `https://tracker.example${path}`, path);
      assert.ok(metaContent(page, 'og:title'), path);
      assert.match(metaContent(page, 'og:image') ?? '', /^https:\/\/tracker\.example\/.*\.png$/, path);
      assert.equal(metaContent(page, 'twitter:card'), 'summary_large_image', path);
    }
    const pledge = await site.page('/vorhaben/verschluesselung');
    assert.equal(metaContent(pledge, 'og:image'), 'https://tracker.example/vorhaben/verschluesselung/bild.png');
    assert.equal(metaContent(pledge, 'og:description'), 'Vorhaben: Recht auf Verschlüsselung – umgesetzt');
  });

  test('a Vorhaben has a 1200 × 630 PNG share picture that shows its own title', async () => {
    const response = await site.app.request('/vorhaben/verschluesselung/bild.png');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'image/png');
    const first = new Uint8Array(await response.arrayBuffer());
    assert.deepEqual(pngSize(first), { width: 1200, height: 630 });
    assert.ok(first.length > 5000, `${first.length} bytes: more than an empty card`);
    const pledge = (await findPledgeBySlug(site.db, 'verschluesselung'))!;
    await updatePledge(site.db, pledge.id, { title: 'Recht auf Verschlüsselung für alle' });
    const retitled = new Uint8Array(await (await site.app.request('/vorhaben/verschluesselung/bild.png')).arrayBuffer());
    await updatePledge(site.db, pledge.id, { title: pledge.title });
    assert.notDeepEqual(
      retitled,
      first,
      'the title is drawn: a new title gives a new picture (needs a system font, e.g. fonts-dejavu-core)',
    );
    const again = await site.app.request('/vorhaben/verschluesselung/bild.png', {
      headers: { 'If-None-Match': response.headers.get('etag')! },
    });
    assert.equal(again.status, 304);
    assert.deepEqual(pngSize(new Uint8Array(await (await site.app.request('/bild.png')).arrayBuffer())), { width: 1200, height: 630 });
  });

  test('a title with control characters from an older database still draws', async () => {
    const pledge = (await findPledgeBySlug(site.db, 'verschluesselung'))!;
    await updatePledge(site.db, pledge.id, { title: 'Recht auf\u0001 Verschlüsselung\uFFFE\u001b' });
    try {
      const response = await site.app.request('/vorhaben/verschluesselung/bild.png');
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-type'), 'image/png');
      assert.deepEqual(pngSize(new Uint8Array(await response.arrayBuffer())), { width: 1200, height: 630 });
    } finally {
      await updatePledge(site.db, pledge.id, { title: pledge.title });
    }
  });

  test('no picture for unknown or unpublished Vorhaben', async () => {
    assert.equal((await site.app.request('/vorhaben/geheim/bild.png')).status, 404);
    assert.equal((await site.app.request('/vorhaben/gibt-es-nicht/bild.png')).status, 404);
  });
});
