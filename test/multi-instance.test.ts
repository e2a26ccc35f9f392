// Several app instances against one PostgreSQL: sessions, CSRF tokens, sign-in throttles and
// content live in the database, so any instance serves any request; instances that share
// SESSION_SECRET share the public forms' rate limit.
// Tier: full (PostgreSQL, servers on real ports)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore, type Store } from '../src/store/database.ts';
import { findPledgeBySlug } from '../src/store/pledges.ts';
import { AdminClient, createAccount, signedIn, PASSWORD } from './support/admin-client.ts';
import { createTestDatabase, DIALECTS, type TestDatabase } from './support/dialects.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { seedSite } from './support/site-fixture.ts';
import { pledgeForm } from './support/pledge-form.ts';

const SKIP = DIALECTS.includes('postgres')
  ? false
  : 'needs PostgreSQL: set TEST_POSTGRES_URL, or install initdb/pg_ctl for the throwaway cluster';

/** Requests to another instance with the session cookie and CSRF token a client got from the first. */
function sameSessionOn(server: RunningServer, client: AdminClient) {
  const cookie = `kt_session=${client.cookie('kt_session')}`;
  return {
    get: (path: string) => server.request(path, { headers: { cookie } }),
    post: (path: string, fields: Record<string, string | string[]>, csrf = client.csrfToken) => {
      const body = new URLSearchParams({ _csrf: csrf });
      for (const [name, value] of Object.entries(fields)) for (const item of [value].flat()) body.append(name, item);
      return server.request(path, { method: 'POST', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, body });
    },
  };
}

const SESSION_SECRET = 'geteiltes-geheimnis-aller-instanzen-0123456789';

/** Sends the public suggestion form as a new visitor would, from the form page of that instance. */
async function suggest(server: RunningServer, text: string): Promise<Response> {
  const visitor = new AdminClient(server);
  await visitor.page('/vorhaben/verschluesselung/hinweis');
  return visitor.post('/vorhaben/verschluesselung/hinweis', { text, source_url: 'https://example.org/quelle', email: '', website: '' });
}

const developmentForm = {
  event_date: '2024-01-15',
  title: 'Kabinettsbeschluss über zwei Instanzen',
  body: 'Beschlossen.',
  status_change: 'in_progress',
  rating_change: '',
  source_url: ['https://example.org/kabinett'],
  source_title: ['Kabinett'],
  source_publisher: ['BReg'],
  source_date: ['2024-01-15'],
  aktion: 'entwurf',
};

describe('several instances against one PostgreSQL', { skip: SKIP }, () => {
  let database: TestDatabase;
  let storeA: Store;
  let storeB: Store;
  let a: RunningServer;
  let b: RunningServer;

  before(async () => {
    database = await createTestDatabase('postgres');
    storeA = await openStore(database.url);
    await storeA.migrate();
    await seedSite(storeA);
    storeB = await openStore(database.url); // its own connection pool, as a second process would have
    a = await startServer(storeA.db, {}, { SESSION_SECRET });
    b = await startServer(storeB.db, {}, { SESSION_SECRET });
  });
  after(async () => {
    await a?.close();
    await b?.close();
    await storeA?.close();
    await storeB?.close();
    await database?.drop();
  });

  test('a session opened on A works on B, with its CSRF token, and signing out on A ends it on B', async () => {
    const editor = await signedIn(a, storeA.db, 'editor');
    const onB = sameSessionOn(b, editor);
    const dashboard = await onB.get('/admin');
    assert.equal(dashboard.status, 200);
    const version = (await findPledgeBySlug(storeB.db, 'verschluesselung'))!.version;
    assert.equal(
      (
        await onB.post(
          '/admin/vorhaben/verschluesselung',
          pledgeForm({ version: String(version), title: 'Recht auf Verschlüsselung' }),
          'falsches-token',
        )
      ).status,
      403,
    );
    assert.equal(
      (
        await onB.post(
          '/admin/vorhaben/verschluesselung',
          pledgeForm({ version: String(version), title: 'Recht auf Verschlüsselung (über B)' }),
        )
      ).status,
      303,
    );

    assert.equal((await editor.post('/admin/abmelden', {})).status, 303);
    const afterSignOut = await onB.get('/admin');
    assert.equal(afterSignOut.status, 303);
    assert.match(afterSignOut.headers.get('location') ?? '', /^\/admin\/login/);
  });

  test('an edit through one instance shows on the public pages of the other', async () => {
    const editor = await signedIn(a, storeA.db, 'editor');
    const version = (await findPledgeBySlug(storeA.db, 'dateninstitut'))!.version;
    assert.equal(
      (
        await editor.post(
          '/admin/vorhaben/dateninstitut',
          pledgeForm({ version: String(version), title: 'Dateninstitut gründen (über A)' }),
        )
      ).status,
      303,
    );
    assert.match(await (await b.request('/vorhaben/dateninstitut')).text(), /Dateninstitut gründen \(über A\)/);
    assert.match(await (await b.request('/')).text(), /Dateninstitut gründen \(über A\)|Mehr Fortschritt wagen/);
  });

  test('a draft created on A and published through B appears on both public sites', async () => {
    const editor = await signedIn(a, storeA.db, 'editor');
    const created = await editor.post('/admin/vorhaben/verschluesselung/entwicklungen', developmentForm);
    assert.equal(created.status, 303);
    const id = /\/admin\/entwicklungen\/(\d+)/.exec(created.headers.get('location')!)![1];
    assert.doesNotMatch(await (await b.request('/vorhaben/verschluesselung')).text(), /Kabinettsbeschluss über zwei Instanzen/);
    assert.equal((await sameSessionOn(b, editor).post(`/admin/entwicklungen/${id}/veroeffentlichen`, {})).status, 303);
    for (const server of [a, b])
      assert.match(await (await server.request('/vorhaben/verschluesselung')).text(), /Kabinettsbeschluss über zwei Instanzen/);
  });

  test('failed sign-ins count across instances: five, alternating, block the account on both', async () => {
    const email = await createAccount(storeA.db, 'editor');
    for (let attempt = 0; attempt < 5; attempt++) {
      const response = await new AdminClient(attempt % 2 ? b : a).signIn(email, 'falsches-passwort');
      assert.equal(response.status, 422, `attempt ${attempt + 1}`);
    }
    for (const server of [a, b]) {
      const blocked = await new AdminClient(server).signIn(email, PASSWORD);
      assert.equal(blocked.status, 429, 'even the right password waits');
      assert.ok(Number(blocked.headers.get('retry-after')) > 0);
    }
  });

  test("the public forms' rate limit is one count on instances sharing SESSION_SECRET, and only on those", async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const response = await suggest(attempt % 2 ? b : a, `Hinweis ${attempt} über zwei Instanzen.`);
      assert.equal(response.status, 303, `suggestion ${attempt + 1}`);
    }
    for (const server of [a, b]) assert.equal((await suggest(server, 'Einer zu viel.')).status, 429, 'the sixth, on either instance');
    const restarted = await startServer(storeB.db, {}, { SESSION_SECRET });
    const otherSecret = await startServer(storeB.db, {}, { SESSION_SECRET: `anderes-${SESSION_SECRET}` });
    try {
      assert.equal((await suggest(restarted, 'Nach dem Neustart.')).status, 429, 'a restart keeps the count');
      assert.equal((await suggest(otherSecret, 'Mit anderem Geheimnis.')).status, 303, 'another secret counts on its own');
    } finally {
      await restarted.close();
      await otherSecret.close();
    }
  });

  test('concurrent failed sign-ins on both instances are all counted', async () => {
    const email = await createAccount(storeA.db, 'editor');
    const clients = await Promise.all(
      Array.from({ length: 6 }, async (_, i) => {
        const client = new AdminClient(i % 2 ? b : a);
        await client.page('/admin/login');
        return client;
      }),
    );
    await Promise.all(clients.map((client) => client.post('/admin/login', { email, password: 'falsches-passwort', weiter: '/admin' })));
    const blocked = await new AdminClient(b).signIn(email, PASSWORD);
    assert.equal(blocked.status, 429, 'six concurrent failures block the account');
  });

  test("100 parallel wrong passwords over both instances: five are checked; the editor's browser still gets in", async () => {
    const email = await createAccount(storeA.db, 'editor');
    const editor = new AdminClient(a);
    assert.equal((await editor.signIn(email)).status, 303);
    const attackers = await Promise.all(
      [a, b].map(async (server) => {
        const client = new AdminClient(server);
        await client.page('/admin/login');
        return client;
      }),
    );
    const responses = await Promise.all(
      Array.from({ length: 100 }, (_, i) => attackers[i % 2]!.post('/admin/login', { email, password: 'falsches-passwort' })),
    );
    assert.equal(responses.filter((response) => response.status === 422).length, 5, 'passwords checked');
    assert.equal(responses.filter((response) => response.status === 429).length, 95);
    // The same browser, signing in again through B.
    const cookie = `kt_client=${editor.cookie('kt_client')}; kt_form=${editor.cookie('kt_form')}`;
    const body = new URLSearchParams({ _csrf: editor.cookie('kt_form')!, email, password: PASSWORD });
    const signIn = await b.request('/admin/login', {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body,
    });
    assert.equal(signIn.status, 303, 'a browser that signed in on A is known on B');
  });
});
