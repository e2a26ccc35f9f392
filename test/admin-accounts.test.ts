// Accounts in the back office: changing one's password, and admins disabling and enabling accounts.
// Tier: quick
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { AdminClient, createAccount, PASSWORD, signedIn } from './support/admin-client.ts';
import { DIALECTS } from './support/dialects.ts';
import { parseHtml } from './support/html.ts';
import { fieldError } from './support/pages.ts';
import { testSite } from './support/site.ts';

const NEW_PASSWORD = 'ein-ganz-neues-passwort';

for (const dialect of DIALECTS) {
  describe(`back-office accounts (${dialect})`, () => {
    const site = testSite(dialect, { clock: () => new Date('2026-03-01T10:00:00Z') });

    const idOf = async (email: string) =>
      (await site.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;

    test('wrong input to the password form is a message at its field, with 422', async () => {
      const client = new AdminClient(site.app);
      await client.signIn(await createAccount(site.db, 'expert'));
      const { status, dom } = await client.page('/admin/passwort');
      assert.equal(status, 200);
      assert.deepEqual(
        ['current', 'next', 'repeat'].map((name) => dom.find(`input#${name}[name="${name}"]`).attr('type')),
        ['password', 'password', 'password'],
      );

      const wrong = await client.post('/admin/passwort', { current: 'nicht-das-passwort', next: NEW_PASSWORD, repeat: NEW_PASSWORD });
      assert.equal(wrong.status, 422);
      assert.equal(fieldError(parseHtml(await wrong.text()), 'current'), 'Das bisherige Passwort stimmt nicht.');

      const mismatch = await client.post('/admin/passwort', { current: PASSWORD, next: NEW_PASSWORD, repeat: `${NEW_PASSWORD}x` });
      assert.equal(mismatch.status, 422);
      assert.equal(fieldError(parseHtml(await mismatch.text()), 'repeat'), 'stimmt nicht mit dem neuen Passwort überein');

      const short = await client.post('/admin/passwort', { current: PASSWORD, next: 'kurz', repeat: 'kurz' });
      assert.equal(short.status, 422);
      const form = parseHtml(await short.text());
      assert.equal(fieldError(form, 'next'), 'mindestens 12 Zeichen');
      assert.ok(!form.findAll('input').some((input) => input.attr('value') === 'kurz'), 'passwords are never echoed back');
    });

    test('a changed password ends the other sessions; the old one no longer signs in', async () => {
      const email = await createAccount(site.db, 'editor');
      const here = new AdminClient(site.app);
      const elsewhere = new AdminClient(site.app);
      assert.equal((await here.signIn(email)).status, 303);
      assert.equal((await elsewhere.signIn(email)).status, 303);
      await here.page('/admin/passwort');

      const changed = await here.post('/admin/passwort', { current: PASSWORD, next: NEW_PASSWORD, repeat: NEW_PASSWORD });
      assert.equal(changed.status, 303);
      assert.equal(changed.headers.get('location'), '/admin/passwort?geaendert=1');
      assert.match((await here.page('/admin/passwort?geaendert=1')).html, /Das Passwort ist geändert\./);

      assert.equal((await here.get('/admin')).status, 200, 'this session goes on');
      assert.equal((await elsewhere.get('/admin')).status, 303, 'the other session is over');
      assert.equal((await new AdminClient(site.app).signIn(email)).status, 422, 'the old password fails');
      assert.equal((await new AdminClient(site.app).signIn(email, NEW_PASSWORD)).status, 303);

      const entry = await site.db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'user.password')
        .where('entity_id', '=', await idOf(email))
        .executeTakeFirstOrThrow();
      assert.equal(entry.user_id, await idOf(email));
      assert.doesNotMatch(JSON.stringify(entry), /argon2/, 'no hash in the audit log');
    });

    test('an admin disables an account: its session ends at once and it cannot sign in; enabling undoes that', async () => {
      const admin = await signedIn(site.app, site.db, 'admin');
      const email = await createAccount(site.db, 'editor');
      const editor = new AdminClient(site.app);
      await editor.signIn(email);
      assert.equal((await editor.get('/admin')).status, 200);

      const { status, html } = await admin.page('/admin/konten');
      assert.equal(status, 200);
      assert.ok(html.includes(email));
      assert.match(html, /Redaktion/);
      const id = await idOf(email);
      assert.ok(html.includes(`action="/admin/konten/${id}/sperren"`));

      const disabled = await admin.post(`/admin/konten/${id}/sperren`, {});
      assert.equal(disabled.status, 303);
      assert.ok((await admin.page('/admin/konten?erledigt=gesperrt')).dom.has(`form[action="/admin/konten/${id}/entsperren"]`));
      assert.equal((await editor.get('/admin')).status, 303, 'the session ended');
      assert.equal((await new AdminClient(site.app).signIn(email)).status, 422, 'sign-in fails');

      assert.equal((await admin.post(`/admin/konten/${id}/entsperren`, {})).status, 303);
      assert.equal((await new AdminClient(site.app).signIn(email)).status, 303, 'signs in again');

      const actions = await site.db
        .selectFrom('audit_log')
        .select(['action', 'before', 'after'])
        .where('entity_type', '=', 'user')
        .where('entity_id', '=', id)
        .orderBy('id')
        .execute();
      assert.deepEqual(
        actions.map((row) => row.action),
        ['user.create', 'user.disable', 'user.enable'],
      );
      assert.deepEqual(JSON.parse(actions[1]!.after!), { disabled: true });
    });

    test('an admin cannot disable their own account; unknown or malformed ids are 404', async () => {
      const email = await createAccount(site.db, 'admin');
      const admin = new AdminClient(site.app);
      await admin.signIn(email);
      const own = await admin.post(`/admin/konten/${await idOf(email)}/sperren`, {});
      assert.equal(own.status, 422);
      assert.match(await own.text(), /Das eigene Konto lässt sich nicht sperren\./);
      assert.equal((await admin.post('/admin/konten/999999/sperren', {})).status, 404);
      assert.equal((await admin.post('/admin/konten/abc/sperren', {})).status, 404);
      assert.equal((await admin.post('/admin/konten/99999999999999999999/sperren', {})).status, 404);
    });

    test('editors and experts get 403 on the account list and its actions; forms need the CSRF token', async () => {
      const target = await idOf(await createAccount(site.db, 'editor'));
      for (const role of ['editor', 'expert'] as const) {
        const client = await signedIn(site.app, site.db, role);
        assert.equal((await client.get('/admin/konten')).status, 403, role);
        assert.equal((await client.post(`/admin/konten/${target}/sperren`, {})).status, 403, role);
        assert.equal((await client.post(`/admin/konten/${target}/entsperren`, {})).status, 403, role);
        assert.ok(!(await client.page('/admin')).dom.has('a[href="/admin/konten"]'));
      }
      const admin = await signedIn(site.app, site.db, 'admin');
      assert.equal((await admin.post(`/admin/konten/${target}/sperren`, {}, { csrf: false })).status, 403);
      assert.equal(
        (await admin.post('/admin/passwort', { current: PASSWORD, next: NEW_PASSWORD, repeat: NEW_PASSWORD, _csrf: 'falsch' })).status,
        403,
      );
      const row = await site.db.selectFrom('users').select('disabled').where('id', '=', target).executeTakeFirstOrThrow();
      assert.equal(row.disabled, 0);
    });
  });
}
