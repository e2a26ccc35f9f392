// Our static files: the stylesheet is sent compressed to clients that take brotli or gzip, each copy with its
// own ETag, and as it is to the others.
// Tier: quick
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { testSite } from './support/site.ts';

describe('assets', () => {
  const site = testSite('sqlite');

  test('the stylesheet in brotli, gzip or plain, as the client accepts; 304 for the copy it has', async () => {
    const plain = await site.app.request('/assets/style.css');
    const css = Buffer.from(await plain.arrayBuffer());
    assert.equal(plain.headers.get('content-encoding'), null);
    assert.equal(plain.headers.get('vary'), 'Accept-Encoding');
    assert.match(css.toString(), /:root/);
    for (const [accept, encoding, decode] of [
      ['gzip, deflate, br', 'br', brotliDecompressSync],
      ['gzip', 'gzip', gunzipSync],
    ] as const) {
      const compressed = await site.app.request('/assets/style.css', { headers: { 'Accept-Encoding': accept } });
      assert.equal(compressed.headers.get('content-encoding'), encoding);
      const body = Buffer.from(await compressed.arrayBuffer());
      assert.ok(body.length < css.length / 2, `${encoding}: ${body.length} of ${css.length} bytes`);
      assert.deepEqual(decode(body), css);
      const etag = compressed.headers.get('etag')!;
      assert.notEqual(etag, plain.headers.get('etag'));
      const again = await site.app.request('/assets/style.css', { headers: { 'Accept-Encoding': accept, 'If-None-Match': etag } });
      assert.equal(again.status, 304);
    }
  });
});
