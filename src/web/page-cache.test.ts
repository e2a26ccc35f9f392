// The page cache around pages of our own, in-process against a real database: what it keys on, what a
// page gets to read, how much it keeps, and bodies too large to keep (over real sockets: large-responses.test.ts).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Hono } from 'hono';
import { openTestStore, type TestStore } from '../../test/support/dialects.ts';
import type { CachePolicy } from './cache-policy.ts';
import { pageCache } from './page-cache.ts';
import type { AppEnv } from './session.ts';

const POLICY = (path: string): CachePolicy =>
  path.startsWith('/frei') ? { bypass: true } : { bypass: false, params: [{ name: 'filter', several: true }, { name: 'seite' }] };

describe('page cache', () => {
  let database: TestStore;
  let app: Hono<AppEnv>;
  const rendered = new Map<string, number>();
  let releaseSlow = () => {};
  const slow = { promise: new Promise<void>((resolve) => (releaseSlow = resolve)) };
  const count = (path: string) => rendered.set(path, (rendered.get(path) ?? 0) + 1);

  before(async () => {
    database = await openTestStore('sqlite');
    app = new Hono<AppEnv>();
    app.use(async (c, next) => {
      c.set('user', undefined);
      await next();
    });
    app.use(
      pageCache(database.store.db, {
        clock: () => new Date('2024-05-01T12:00:00Z'),
        securityHeaders: [],
        policy: POLICY,
        maxBytes: 1_000_000,
      }),
    );
    app.get('/liste', (c) => {
      count('/liste');
      return c.json(c.req.queries());
    });
    app.get('/frei', (c) => c.json(c.req.queries()));
    app.get('/langsam', async (c) => {
      count('/langsam');
      await slow.promise;
      return c.text(`gerendert ${rendered.get('/langsam')}`);
    });
    app.get('/seite/:n', (c) => {
      count(c.req.path);
      return c.body('x'.repeat(300_000));
    });
    app.get('/gross', (c) => {
      count('/gross');
      const chunk = new TextEncoder().encode('y'.repeat(64 * 1024));
      let sent = 0;
      return c.body(
        new ReadableStream<Uint8Array>({
          pull(controller) {
            if (sent === 48) return controller.close();
            sent += 1;
            controller.enqueue(chunk);
          },
        }),
      );
    });
  });
  after(() => database.close());

  const get = async (path: string) => app.request(path);

  test('keys on the parameters the page reads: their order, repeated values and other parameters make no new entry, and the page sees only them', async () => {
    const first = await get('/liste?seite=2&filter=b&utm_source=x&filter=a&filter=b&seite=3');
    assert.deepEqual(await first.json(), { filter: ['a', 'b'], seite: ['2'] });
    for (const path of ['/liste?filter=a&filter=b&seite=2', '/liste?filter=b&filter=a&seite=2&seite=9&anders=1']) {
      const again = await get(path);
      assert.deepEqual(await again.json(), { filter: ['a', 'b'], seite: ['2'] }, path);
    }
    assert.equal(rendered.get('/liste'), 1, 'rendered once, answered from the cache twice');
    await (await get('/liste?filter=c')).text();
    assert.equal(rendered.get('/liste'), 2, 'another value is another page');
  });

  test('requests for a page that is being rendered wait for that rendering: one rendering per content version', async () => {
    const answers = Promise.all(Array.from({ length: 8 }, () => get('/langsam')));
    await new Promise((resolve) => setImmediate(resolve));
    releaseSlow();
    const bodies = await Promise.all((await answers).map((response) => response.text()));
    assert.deepEqual(bodies, Array(8).fill('gerendert 1'));
    assert.equal(rendered.get('/langsam'), 1);
  });

  test('paths the policy lets pass keep their whole query and are not kept', async () => {
    assert.deepEqual(await (await get('/frei?irgendwas=1&filter=a')).json(), { irgendwas: ['1'], filter: ['a'] });
  });

  test('is bounded by bytes: the least recently used pages go first', async () => {
    // 300 kB each in a cache of 1 MB: three fit, the fourth pushes out the page used longest ago.
    for (const n of [1, 2, 3, 1, 4]) await (await get(`/seite/${n}`)).text();
    for (const n of [1, 3, 4]) await (await get(`/seite/${n}`)).text();
    assert.deepEqual(
      [1, 2, 3, 4].map((n) => rendered.get(`/seite/${n}`)),
      [1, 1, 1, 1],
      'pages 1, 3 and 4 come from the cache',
    );
    await (await get('/seite/2')).text();
    assert.equal(rendered.get('/seite/2'), 2, 'page 2 was dropped and is rendered again');
  });

  test('a body larger than an entry may hold streams through whole, and is not kept', async () => {
    for (const attempt of [1, 2]) {
      const response = await get('/gross');
      assert.equal(response.status, 200);
      assert.equal((await response.arrayBuffer()).byteLength, 48 * 64 * 1024);
      assert.equal(rendered.get('/gross'), attempt);
    }
  });
});
