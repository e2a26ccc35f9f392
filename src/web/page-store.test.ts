// The page store: which copy a client gets, 304 for any copy's ETag, one rendering per key and version,
// compressed copies that are the body.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { answerOf, PageStore, preparedHeaders, type PageEntry } from './page-store.ts';

const BODY = new TextEncoder().encode(`<!DOCTYPE html><p>${'Wir werden ein Recht auf Verschlüsselung einführen. '.repeat(100)}</p>`);

function entry(version = 1, body = BODY): PageEntry {
  const headers = preparedHeaders({ 'content-type': 'text/html; charset=UTF-8', vary: 'Accept-Encoding', etag: '"abc"' }, body.byteLength);
  return { version, day: '2024-05-01', status: 200, headers, body, etag: '"abc"', variants: {}, bytes: body.byteLength };
}

async function kept(store: PageStore, key: string, made: PageEntry): Promise<PageEntry> {
  await store.renderOnce(key, made.version, made.day, async () => made);
  await store.compressed();
  return store.current(key, made.version, made.day)!;
}

test('the copy a client gets: brotli before gzip, none it refuses, the plain body without Accept-Encoding', async () => {
  const page = await kept(new PageStore(), '/seite', entry());
  const encoding = (accept?: string) => answerOf(page, undefined, accept).headers['content-encoding'];
  assert.equal(encoding(undefined), undefined);
  assert.equal(encoding(''), undefined);
  assert.equal(encoding('gzip, deflate, br'), 'br');
  assert.equal(encoding('gzip'), 'gzip');
  assert.equal(encoding('br;q=0, gzip;q=0.5'), 'gzip');
  assert.equal(encoding('*'), 'br');
  assert.equal(encoding('br;q=0, *'), 'gzip');
  assert.equal(encoding('identity'), undefined);
  assert.equal(encoding('gzip;q=0.000'), undefined);
});

test('compressed copies are the body, with their own length and ETag and the same other headers', async () => {
  const page = await kept(new PageStore(), '/seite', entry());
  const br = answerOf(page, undefined, 'br');
  const gz = answerOf(page, undefined, 'gzip');
  assert.deepEqual(brotliDecompressSync(br.body!), Buffer.from(BODY));
  assert.deepEqual(gunzipSync(gz.body!), Buffer.from(BODY));
  assert.equal(br.headers['content-length'], String(br.body!.byteLength));
  assert.equal(br.headers['etag'], '"abc-br"');
  assert.equal(gz.headers['etag'], '"abc-gz"');
  assert.deepEqual(Object.keys(br.headers), [...Object.keys(br.headers)].sort(), 'in the order web Headers keep');
  const { 'content-encoding': _encoding, 'content-length': _length, etag: _etag, ...rest } = br.headers;
  const { 'content-length': _plainLength, etag: _plainEtag, ...plainRest } = page.headers;
  assert.deepEqual(rest, plainRest);
});

test("If-None-Match with the ETag of any copy is 304 with that copy's headers; another ETag is the page", async () => {
  const page = await kept(new PageStore(), '/seite', entry());
  assert.equal(answerOf(page, '"abc-br"', 'br').status, 304);
  assert.equal(answerOf(page, '"abc"', 'br').status, 304, 'the same content, uncompressed');
  assert.equal(answerOf(page, '"abc"', 'br').headers['etag'], '"abc-br"');
  assert.equal(answerOf(page, '"abc-gz"', undefined).status, 200, 'a compressed copy is not the plain body');
  assert.equal(answerOf(page, '"anders"', 'br').body, page.variants.br!.body);
});

test('one rendering per key, version and day: requests meanwhile wait for it; a new version renders again', async () => {
  const store = new PageStore();
  let renderings = 0;
  let released = () => {};
  const release = { promise: new Promise<void>((resolve) => (released = resolve)) };
  const render = async () => {
    renderings++;
    await release.promise;
    return entry(1);
  };
  const waiting = Promise.all(Array.from({ length: 5 }, () => store.renderOnce('/seite', 1, '2024-05-01', render)));
  released();
  const results = await waiting;
  assert.equal(renderings, 1);
  assert.deepEqual(
    results.map((result) => result.waited),
    [false, true, true, true, true],
  );
  assert.ok(results.every((result) => result.entry === results[0]!.entry));
  await store.renderOnce('/seite', 2, '2024-05-01', async () => (renderings++, entry(2)));
  assert.equal(renderings, 2);
  assert.equal(store.current('/seite', 1, '2024-05-01'), undefined, 'the old version is gone');
  assert.equal(store.current('/seite', 2, '2024-05-02'), undefined, 'and a new day wants a new rendering');
});

test('small bodies and pictures are kept as they are', async () => {
  const small = await kept(new PageStore(), '/klein', entry(1, new TextEncoder().encode('<p>kurz</p>')));
  assert.deepEqual(small.variants, {});
  const png = entry(1, new Uint8Array(4096));
  png.headers['content-type'] = 'image/png';
  assert.deepEqual((await kept(new PageStore(), '/bild.png', png)).variants, {});
});
