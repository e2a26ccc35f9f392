// Every back-office route against every role: allowed, forbidden (403) or sent to sign in.
// Tier: quick
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findPledgeBySlug, updatePledge } from '../src/store/pledges.ts';
import { findOrCreateTerm } from '../src/store/vocabularies.ts';
import { AdminClient, signedIn } from './support/admin-client.ts';
import { ADMIN_ROUTES, currentVersion, outcomeOf, WHO, type Role } from './support/admin-routes.ts';
import { testSite } from './support/site.ts';
import { seedSite, today } from './support/site-fixture.ts';

describe('role matrix', () => {
  const site = testSite('sqlite', {
    seed: async (store) => {
      await seedSite(store);
      const partner = await findOrCreateTerm(store.db, 'organisations', 'Digitalcourage');
      await updatePledge(store.db, (await findPledgeBySlug(store.db, 'dateninstitut'))!.id, { partner_id: partner });
    },
    clock: () => today,
  });
  const clients = new Map<Role, AdminClient>();

  before(async () => {
    clients.set('anonymous', new AdminClient(site.app));
    for (const role of ['expert', 'editor', 'admin'] as const)
      clients.set(role, await signedIn(site.app, site.db, role, role === 'expert' ? 'Digitalcourage' : undefined));
  });

  for (const route of ADMIN_ROUTES) {
    test(`${route.method} ${route.pattern}${route.note ? ` (${route.note})` : ''}: ${WHO.get(route.expected)}`, async () => {
      const results: Record<string, string> = {};
      let path = '';
      for (const role of ['anonymous', 'expert', 'editor', 'admin'] as Role[]) {
        path = await route.path(site.db);
        const client = clients.get(role)!;
        const form = route.form && 'version' in route.form ? { ...route.form, version: await currentVersion(site.db) } : route.form;
        const response = route.method === 'GET' ? await client.get(path) : await client.post(path, form ?? {});
        results[role] = outcomeOf(response.status, response.headers.get('location'));
        await response.arrayBuffer();
      }
      assert.deepEqual(results, route.expected, `${route.method} ${path}`);
    });
  }

  test('no form input makes any back-office route fail with a server error', async () => {
    const admin = clients.get('admin')!;
    const fields = [
      'version',
      'title',
      'slug',
      'start',
      'end',
      'quote_start',
      'quote_end',
      'deadline',
      'rating',
      'topics',
      'published',
      'reason',
      'email',
      'current',
      'next',
      'repeat',
      'event_date',
      'body',
      'status_change',
      'rating_change',
      'source_url',
      'source_title',
      'source_date',
      'aktion',
      'other',
      'with',
    ];
    const values: (string | string[])[] = [
      '',
      ' ',
      '-1',
      '0',
      '1e309',
      '99999999999999999999',
      'NaN',
      '\u0000',
      'x'.repeat(20_000),
      ['a', 'b'],
      '<script>',
      '2023-02-30',
      'javascript:alert(1)',
      'äöü🙂',
      '{"$ne":null}',
      '../../etc/passwd',
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (const route of ADMIN_ROUTES.filter((candidate) => candidate.method === 'POST')) {
      for (let round = 0; round < 6; round++) {
        const form: Record<string, string | string[]> = {};
        for (const field of fields) if (next() < 0.6) form[field] = values[Math.floor(next() * values.length)]!;
        const path = await route.path(site.db);
        const response = await admin.post(path, form);
        const html = await response.text();
        assert.ok(response.status < 500, `${path} with ${JSON.stringify(form).slice(0, 300)} gave ${response.status}`);
        assert.doesNotMatch(html, /Etwas ist schiefgegangen/);
      }
    }
    for (const path of [
      '/admin/vorhaben?q=%00&seite=1e99&status[]=x',
      '/admin/protokoll?von=gestern&bis=2023-13-45&benutzer=abc&vor=-1',
      '/admin/hinweise?status=%ff&seite=x',
      '/admin/kapitel/%ff/vorschlaege',
      '/admin/entwicklungen/0',
    ]) {
      const response = await admin.get(path);
      assert.ok(response.status < 500, `${path} gave ${response.status}`);
      await response.arrayBuffer();
    }
  });
});
