// CSRF of the public forms is structural: the public router's guard (web/forms/public-forms.ts) refuses
// every form that is neither ours by its token nor sent from one of our pages, whatever the route's
// handler does; one-click unsubscribe (RFC 8058) is the one exemption.
// Tier: quick
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { loadConfig } from '../src/config.ts';
import { AppError } from '../src/domain/errors.ts';
import { newLinkSecret } from '../src/services/subscriptions/tokens.ts';
import type { Db } from '../src/store/database.ts';
import { addToken } from '../src/store/subscription-tokens.ts';
import { requestSubscription } from '../src/store/subscriptions.ts';
import { createApp } from '../src/web/app.tsx';
import { loadAssets } from '../src/web/assets/assets.ts';
import { publicRoutes } from '../src/web/public/routes.tsx';
import { createRenderer } from '../src/web/render.tsx';
import { openTestStore, type TestStore } from './support/dialects.ts';
import { seedSite, today } from './support/site-fixture.ts';

const BASE_URL = 'https://tracker.example.org';
const FOREIGN = 'https://evil.example';
const FORM_TYPE = { 'content-type': 'application/x-www-form-urlencoded' };
/** Values that would pass each form's checks, so that only CSRF can stop them. */
const FIELDS = {
  email: 'opfer@example.org',
  scope: 'all',
  frequency: 'immediate',
  text: 'Von einer fremden Seite geschickt.',
  source_url: 'https://example.org/q',
  website: '',
};
const PARAMS: Record<string, string> = { slug: 'verschluesselung', secret: 'A'.repeat(32) };

describe("public forms: CSRF as the public router's middleware", () => {
  let database: TestStore;
  let db: Db;
  const config = loadConfig({ BASE_URL });

  before(async () => {
    database = await openTestStore('sqlite');
    db = database.store.db;
    await seedSite(database.store);
  });
  after(() => database.close());

  const count = async (table: 'subscriptions' | 'suggestions') => (await db.selectFrom(table).select('id').execute()).length;

  async function subscription(purpose: 'confirm' | 'unsubscribe', email: string): Promise<string> {
    const stamp = today.toISOString();
    const row = await requestSubscription(db, { email, locale: 'de', scopeType: 'all', scopeId: 0, frequency: 'immediate' }, stamp);
    const link = newLinkSecret();
    await addToken(db, link.hash, [row.id], purpose, stamp);
    return link.secret;
  }

  test('every public POST route refuses a form from another site; only one-click unsubscribe is exempt', async () => {
    const app = createApp(config, db, { clock: () => today });
    const posts = [
      ...new Set(app.routes.filter((route) => route.method === 'POST' && !route.path.startsWith('/admin')).map((route) => route.path)),
    ];
    for (const path of ['/abo', '/en/abo', '/vorhaben/:slug/hinweis', '/abo/bestaetigen/:secret', '/abo/abbestellen/:secret']) {
      assert.ok(posts.includes(path), `${path} is among the routes: ${posts.join(', ')}`);
    }
    const before = [await count('subscriptions'), await count('suggestions')];
    for (const route of posts) {
      const path = route.replace(/:(\w+)(\{[^}]*\})?/g, (_, name: string) => PARAMS[name] ?? 'x');
      const response = await app.request(path, {
        method: 'POST',
        headers: { ...FORM_TYPE, origin: FOREIGN },
        body: new URLSearchParams(FIELDS),
      });
      const exempt = /\/abo\/abbestellen\//.test(route);
      assert.equal(response.status, exempt ? 404 : 403, `${route}: ${exempt ? 'reaches its handler (an unknown link)' : 'refused'}`);
    }
    assert.deepEqual([await count('subscriptions'), await count('suggestions')], before, 'nothing stored');
  });

  test('a new POST route on the public router is protected without a CSRF check of its own', async () => {
    const routes = publicRoutes({
      db,
      render: createRenderer(loadAssets(config.rootDirectory), config.baseUrl),
      clock: () => today,
      cookies: { secure: false },
      config,
    });
    let done = 0;
    routes.post('/neue-aktion', (c) => {
      done += 1;
      return c.text('getan');
    });
    routes.onError((error, c) => c.text(error.message, (error instanceof AppError ? error.status : 500) as ContentfulStatusCode));
    const post = (headers: Record<string, string>, fields: Record<string, string> = {}) =>
      routes.request('/neue-aktion', { method: 'POST', headers: { ...FORM_TYPE, ...headers }, body: new URLSearchParams(fields) });

    const foreign: Record<string, string>[] = [
      {},
      { origin: FOREIGN },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site', origin: BASE_URL },
    ];
    for (const headers of foreign) {
      const refused = await post(headers);
      assert.equal(refused.status, 403, JSON.stringify(headers));
      assert.match(await refused.text(), /ohne gültiges Sicherheitsmerkmal/);
    }
    assert.equal((await post({}, { _csrf: 'erfunden' })).status, 403, 'a token without its cookie');
    assert.equal(done, 0, 'the handler never ran');

    assert.equal((await post({ origin: BASE_URL })).status, 200, 'from our own page (Origin)');
    assert.equal((await post({ 'sec-fetch-site': 'same-origin' })).status, 200, 'from our own page (Sec-Fetch-Site)');
    const page = await routes.request('/abo');
    const cookie = page.headers.get('set-cookie')!.split(';')[0]!;
    const token = /name="_csrf" value="([^"]+)"/.exec(await page.text())![1]!;
    assert.equal((await post({ cookie }, { _csrf: token })).status, 200, 'with the double-submit token');
    assert.equal(done, 3);
  });

  test('one-click unsubscribe works without token, cookie or origin of ours, as RFC 8058 requires', async () => {
    const app = createApp(config, db, { clock: () => today });
    const providers: Record<string, string>[] = [{}, { origin: 'https://mail.example' }];
    for (const headers of providers) {
      const secret = await subscription('unsubscribe', `leser-${Object.keys(headers).length}@example.org`);
      const response = await app.request(`/abo/abbestellen/${secret}`, {
        method: 'POST',
        headers: { ...FORM_TYPE, ...headers },
        body: 'List-Unsubscribe=One-Click',
      });
      assert.equal(response.status, 200, JSON.stringify(headers));
      assert.match(await response.text(), /Ihr Abo ist beendet/);
    }
    assert.equal(
      (await db.selectFrom('subscriptions').select('id').where('email', 'like', 'leser-%').execute()).length,
      0,
      'both addresses are forgotten',
    );
  });

  test("confirming is a form like any other: the page's token or our origin, nothing else", async () => {
    const app = createApp(config, db, { clock: () => today });
    const secret = await subscription('confirm', 'bestaetigen@example.org');
    const path = `/abo/bestaetigen/${secret}`;
    const confirmed = async () =>
      (await db.selectFrom('subscriptions').select('confirmed_at').where('email', '=', 'bestaetigen@example.org').executeTakeFirstOrThrow())
        .confirmed_at;

    assert.equal((await app.request(path, { method: 'POST', headers: { origin: FOREIGN } })).status, 403);
    assert.equal((await app.request(path, { method: 'POST' })).status, 403, 'no token, no origin');
    assert.equal(await confirmed(), null);

    const page = await app.request(path);
    assert.equal(page.headers.get('cache-control'), 'private, no-store');
    const cookie = page.headers.get('set-cookie')!.split(';')[0]!;
    const token = /name="_csrf" value="([^"]+)"/.exec(await page.text())![1]!;
    const response = await app.request(path, {
      method: 'POST',
      headers: { ...FORM_TYPE, cookie },
      body: new URLSearchParams({ _csrf: token }),
    });
    assert.equal(response.status, 200);
    assert.equal(await confirmed(), today.toISOString());
  });
});
