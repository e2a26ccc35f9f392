// Signing in and out of the back office: sessions in the database, cookies, throttling, CSRF.
// Tier: quick
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { AdminClient, createAccount, PASSWORD, signedIn } from './support/admin-client.ts';
import { DIALECTS } from './support/dialects.ts';
import { parseHtml } from './support/html.ts';
import { formValues } from './support/html-form.ts';
import { fieldError } from './support/pages.ts';
import { testSite } from './support/site.ts';

for (const dialect of DIALECTS) {
  describe(`back-office sign-in (${dialect})`, () => {
    const site = testSite(dialect, { clock: () => now });
    let now = new Date('2026-03-01T10:00:00Z');

    test('unauthenticated requests to /admin… go to the login form and come back after it', async () => {
      const response = await site.app.request('/admin/vorhaben');
      assert.equal(response.status, 303);
      assert.equal(response.headers.get('location'), '/admin/login?weiter=%2Fadmin%2Fvorhaben');
      const client = new AdminClient(site.app);
      const { html, dom } = await client.page('/admin/login?weiter=%2Fadmin%2Fvorhaben');
      assert.equal(dom.find('input#email[name="email"]').attr('type'), 'email');
      assert.equal(dom.find('input#password[name="password"]').attr('type'), 'password');
      assert.equal(formValues(html, '/admin/login').weiter, '/admin/vorhaben', 'the way back rides along');
      const email = await createAccount(site.db, 'editor');
      const signIn = await client.post('/admin/login', { email, password: PASSWORD, weiter: '/admin/vorhaben' });
      assert.equal(signIn.status, 303);
      assert.equal(signIn.headers.get('location'), '/admin/vorhaben');
    });

    test('the session cookie is HttpOnly and SameSite=Lax, and lives in the database', async () => {
      const client = new AdminClient(site.app);
      await client.page('/admin/login');
      const response = await client.post('/admin/login', { email: await createAccount(site.db, 'admin'), password: PASSWORD });
      const cookie = response.headers.getSetCookie().find((header) => header.startsWith('kt_session='))!;
      assert.match(cookie, /HttpOnly/);
      assert.match(cookie, /SameSite=Lax/);
      assert.doesNotMatch(cookie, /Secure/, 'not Secure over plain http');
      const token = /kt_session=([^;]+)/.exec(cookie)![1]!;
      const sessions = await site.db.selectFrom('sessions').select('id').execute();
      assert.ok(sessions.length > 0);
      assert.ok(
        sessions.every((session) => session.id !== token),
        'only a hash of the token is stored',
      );
    });

    test('a wrong password is a message at the field; an open redirect is refused', async () => {
      const client = new AdminClient(site.app);
      await client.page('/admin/login');
      const email = await createAccount(site.db, 'editor');
      const wrong = await client.post('/admin/login', { email, password: 'falsch-falsch-falsch' });
      assert.equal(wrong.status, 422);
      assert.equal(fieldError(parseHtml(await wrong.text()), 'password'), 'E-Mail-Adresse oder Passwort stimmt nicht.');
      const evil = await client.post('/admin/login', { email, password: PASSWORD, weiter: '//evil.example/admin' });
      assert.equal(evil.headers.get('location'), '/admin');
    });

    test('after five failures the login is blocked with a clear message, also for the right password', async () => {
      const client = new AdminClient(site.app);
      await client.page('/admin/login');
      const email = await createAccount(site.db, 'editor');
      for (let attempt = 0; attempt < 5; attempt++)
        assert.equal((await client.post('/admin/login', { email, password: `falsch-${attempt}-xxxxxx` })).status, 422);
      const blocked = await client.post('/admin/login', { email, password: PASSWORD });
      assert.equal(blocked.status, 429);
      assert.match(await blocked.text(), /Zu viele Fehlversuche\. Bitte in 15 Minuten erneut versuchen\./);
      assert.equal(blocked.headers.get('retry-after'), '900');
      now = new Date(now.getTime() + 16 * 60_000);
      assert.equal((await client.post('/admin/login', { email, password: PASSWORD })).status, 303, 'the block ends');
      const rows = await site.db.selectFrom('throttles').selectAll().execute();
      assert.ok(
        rows.every((row) => !row.key.includes('@') && !/\d+\.\d+\.\d+\.\d+/.test(row.key)),
        'no e-mail or address stored in clear',
      );
    });

    test('a login form posted without its token is refused with 403', async () => {
      const client = new AdminClient(site.app);
      await client.page('/admin/login');
      const response = await client.post('/admin/login', { email: 'x@example.org', password: 'y', _csrf: 'gefälscht' });
      assert.equal(response.status, 403);
    });

    test('signing out ends the session', async () => {
      const editor = await signedIn(site.app, site.db, 'editor');
      assert.equal((await editor.get('/admin')).status, 200);
      assert.equal((await editor.post('/admin/abmelden', {})).status, 303);
      assert.equal((await editor.get('/admin')).status, 303);
    });
  });
}

describe('back-office sign-in over https', () => {
  const site = testSite('sqlite', { env: { BASE_URL: 'https://tracker.example' } });

  test('the session cookie is Secure when BASE_URL is https', async () => {
    const client = new AdminClient(site.app);
    await client.page('/admin/login');
    const response = await client.post('/admin/login', { email: await createAccount(site.db, 'editor'), password: PASSWORD });
    assert.equal(response.status, 303);
    assert.match(
      response.headers.getSetCookie().find((header) => header.startsWith('kt_session='))!,
      /; Secure/,
    );
  });
});
