// Public pages come from the in-memory cache with ETag/304, and every change shows at once, also
// when it was made through another app instance on the same database.
// Tier: quick
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore, type Store } from '../src/store/database.ts';
import { findPledgeBySlug, updatePledge } from '../src/store/pledges.ts';
import { signedIn } from './support/admin-client.ts';
import { DIALECTS } from './support/dialects.ts';
import type { HtmlPage } from './support/html.ts';
import { securityHeaderList } from '../src/web/security-headers.ts';
import { testSite } from './support/site.ts';
import { seedSite, today } from './support/site-fixture.ts';

for (const dialect of DIALECTS) {
  describe(`page cache (${dialect})`, () => {
    const site = testSite(dialect, { seed: seedSite, clock: () => today });
    // Another instance's connection to the same database.
    let second: Store;

    before(async () => {
      second = await openStore(site.databaseUrl);
    });
    after(() => second?.close());

    test('a page sends an ETag, and asking with it again gets 304 without a body', async () => {
      const response = await site.app.request('/vorhaben/verschluesselung');
      const etag = response.headers.get('etag');
      assert.match(etag ?? '', /^"[\w-]{22}"$/);
      assert.equal((await site.app.request('/vorhaben/verschluesselung')).headers.get('etag'), etag, 'the same page again');
      const revalidated = await site.app.request('/vorhaben/verschluesselung', { headers: { 'If-None-Match': etag! } });
      assert.equal(revalidated.status, 304);
      assert.equal(await revalidated.text(), '');
      assert.match(
        revalidated.headers.get('content-security-policy') ?? '',
        /default-src 'none'/,
        'security headers on cached answers too',
      );
      assert.equal((await site.app.request('/vorhaben/verschluesselung', { headers: { 'If-None-Match': '"anders"' } })).status, 200);
    });

    test('an answer from the cache carries the same headers as the rendered one, each once', async () => {
      const path = '/vorhaben?status=offen';
      const rendered = await site.app.request(path);
      assert.equal(rendered.status, 200);
      const cached = await site.app.request(path);
      const names = (response: Response) => {
        const found: string[] = [];
        response.headers.forEach((_value, name) => found.push(name));
        return found.filter((name) => name !== 'date').sort();
      };
      assert.deepEqual(names(cached), names(rendered));
      for (const name of names(rendered)) assert.equal(cached.headers.get(name), rendered.headers.get(name), name);
      // A header sent twice would read "a, a".
      for (const [name, value] of securityHeaderList(false)) assert.equal(cached.headers.get(name), value, name);
      assert.equal(await cached.text(), await rendered.text());
    });

    test('a change through one instance shows on the other at once, with a new ETag', async () => {
      const before = await site.app.request('/vorhaben/verschluesselung');
      const etag = before.headers.get('etag')!;
      await before.text();
      const pledge = (await findPledgeBySlug(second.db, 'verschluesselung'))!;
      await updatePledge(second.db, pledge.id, { title: 'Recht auf Verschlüsselung, geändert', updated_at: today.toISOString() });
      const after = await site.app.request('/vorhaben/verschluesselung', { headers: { 'If-None-Match': etag } });
      assert.equal(after.status, 200);
      assert.notEqual(after.headers.get('etag'), etag);
      assert.match(await after.text(), /Recht auf Verschlüsselung, geändert/);
    });

    test('a page is rendered from the parameters it reads: other parameters, their order and repeats leave no trace in it', async () => {
      const english = (page: HtmlPage) => page.find('a[hreflang="en"]').attr('href');
      const list = await site.page(
        '/vorhaben?zz=%3Cjunk%3E&status=not_started&kapitel=2-2-digitale-innovationen&status=in_progress&status=not_started',
      );
      assert.equal(english(list), '/en/vorhaben?status=in_progress&status=not_started&kapitel=2-2-digitale-innovationen');
      assert.ok(!list.source.includes('junk'));
      const search = await site.page('/suche?utm_source=feed&typ=vorhaben&q=Recht&q=Daten');
      assert.equal(english(search), '/en/suche?q=Recht&typ=vorhaben');
      assert.ok(!search.source.includes('utm_source'));
      assert.equal(
        english(await site.page('/kapitel/2-2-digitale-innovationen?vertrag=kv-2021&x=1')),
        '/en/kapitel/2-2-digitale-innovationen',
      );
    });

    test('signed-in editors never get cached pages', async () => {
      const editor = await signedIn(site.app, site.db, 'editor');
      const response = await editor.get('/kapitel/2-2-digitale-innovationen');
      assert.equal(response.headers.get('etag'), null);
      assert.match(response.headers.get('cache-control') ?? '', /no-store/);
    });
  });
}
