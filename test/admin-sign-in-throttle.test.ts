// The sign-in throttle against an attacker: every attempt is counted before its password is
// checked, so parallel requests get no more checks than the limit; an attacker's failures keep out
// only browsers that have never signed in to the account, however the attacker handles the client
// cookie; and the current-password check of the password form is throttled per session.
// Tier: quick
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { AdminClient, createAccount, PASSWORD } from './support/admin-client.ts';
import { DIALECTS } from './support/dialects.ts';
import { dumpDatabase } from './support/dump.ts';
import { parseHtml } from './support/html.ts';
import { fieldError } from './support/pages.ts';
import { testSite } from './support/site.ts';

const WRONG = 'falsches-passwort-123';
const NEW_PASSWORD = 'ein-ganz-neues-passwort';

/** Counts of each status in a list of responses. */
function statuses(responses: Response[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const response of responses) counts[response.status] = (counts[response.status] ?? 0) + 1;
  return counts;
}

for (const dialect of DIALECTS) {
  describe(`sign-in throttle (${dialect})`, () => {
    let now = new Date('2026-03-01T10:00:00Z');
    const site = testSite(dialect, { clock: () => now });

    /** A login form posted by a script that sets the form cookie itself and sends this Cookie header. */
    function scriptedLogin(email: string, password: string, extraCookie = ''): Promise<Response> {
      const token = randomBytes(24).toString('base64url');
      const body = new URLSearchParams({ _csrf: token, email, password });
      const cookie = [`kt_form=${token}`, extraCookie].filter(Boolean).join('; ');
      return site.app.request('/admin/login', {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body,
      });
    }

    test('200 parallel wrong passwords: exactly five are checked, the rest are refused unchecked', async () => {
      const email = await createAccount(site.db, 'editor');
      const attacker = new AdminClient(site.app);
      await attacker.page('/admin/login');
      const responses = await Promise.all(Array.from({ length: 200 }, () => attacker.post('/admin/login', { email, password: WRONG })));
      assert.deepEqual(statuses(responses), { 422: 5, 429: 195 });
    });

    test('parallel attempts of scripts without cookies count against the same five', async () => {
      const email = await createAccount(site.db, 'editor');
      const responses = await Promise.all(Array.from({ length: 40 }, () => scriptedLogin(email, WRONG)));
      assert.deepEqual(statuses(responses), { 422: 5, 429: 35 });
    });

    test("an attacker's failures do not keep the editor out of a browser that signed in before", async () => {
      const email = await createAccount(site.db, 'editor');
      const editor = new AdminClient(site.app);
      assert.equal((await editor.signIn(email)).status, 303);
      assert.equal((await editor.post('/admin/abmelden', {})).status, 303);

      const attacker = new AdminClient(site.app);
      await attacker.page('/admin/login');
      for (let attempt = 0; attempt < 5; attempt++)
        assert.equal((await attacker.post('/admin/login', { email, password: WRONG })).status, 422);
      const blocked = await attacker.post('/admin/login', { email, password: WRONG });
      assert.equal(blocked.status, 429);
      assert.equal(blocked.headers.get('retry-after'), '900');

      // No fresh budget by leaving out the client cookie, making one up, or fetching a new one.
      assert.equal((await scriptedLogin(email, WRONG)).status, 429, 'without a client cookie');
      assert.equal(
        (await scriptedLogin(email, WRONG, `kt_client=${randomBytes(24).toString('base64url')}`)).status,
        429,
        'with a made-up client cookie',
      );
      assert.equal((await scriptedLogin(email, WRONG, 'kt_client=kaputt')).status, 429, 'with a malformed client cookie');
      assert.equal((await new AdminClient(site.app).signIn(email, WRONG)).status, 429, 'with a new cookie from the login page');
      assert.equal(
        (await new AdminClient(site.app).signIn(email)).status,
        429,
        'a browser new to the account waits too, even with the right password',
      );

      assert.equal((await editor.signIn(email)).status, 303, "the editor's browser gets in at once");
      assert.equal((await editor.get('/admin')).status, 200);
      now = new Date(now.getTime() + 16 * 60_000);
      assert.equal((await new AdminClient(site.app).signIn(email)).status, 303, 'after the window a new browser gets in again');
    });

    test("a known browser that keeps failing is blocked itself; the account's other browsers are not", async () => {
      const email = await createAccount(site.db, 'editor');
      const laptop = new AdminClient(site.app);
      const phone = new AdminClient(site.app);
      for (const browser of [laptop, phone]) {
        assert.equal((await browser.signIn(email)).status, 303);
        assert.equal((await browser.post('/admin/abmelden', {})).status, 303);
      }
      await laptop.page('/admin/login');
      for (let attempt = 0; attempt < 5; attempt++)
        assert.equal((await laptop.post('/admin/login', { email, password: WRONG })).status, 422);
      const blocked = await laptop.post('/admin/login', { email, password: PASSWORD });
      assert.equal(blocked.status, 429, 'the failing browser waits, also with the right password');
      assert.match(await blocked.text(), /Zu viele Fehlversuche\. Bitte in 15 Minuten erneut versuchen\./);
      assert.equal((await phone.signIn(email)).status, 303, 'another browser of the account is not affected');
      now = new Date(now.getTime() + 16 * 60_000);
      assert.equal((await laptop.signIn(email)).status, 303, 'the block ends');
    });

    test('the current-password check of the password form allows five failures per session', async () => {
      const email = await createAccount(site.db, 'editor');
      const thief = new AdminClient(site.app);
      assert.equal((await thief.signIn(email)).status, 303);
      await thief.page('/admin/passwort');
      const change = (client: AdminClient, current: string) =>
        client.post('/admin/passwort', { current, next: NEW_PASSWORD, repeat: NEW_PASSWORD });
      for (let attempt = 0; attempt < 5; attempt++) assert.equal((await change(thief, `${WRONG}-${attempt}`)).status, 422);
      const blocked = await change(thief, WRONG);
      assert.equal(blocked.status, 429);
      assert.equal(blocked.headers.get('retry-after'), '900');
      assert.equal(fieldError(parseHtml(await blocked.text()), 'current'), 'Zu viele Fehlversuche. Bitte in 15 Minuten erneut versuchen.');
      assert.equal((await change(thief, PASSWORD)).status, 429, 'the right password waits too in this session');

      const owner = new AdminClient(site.app);
      assert.equal((await owner.signIn(email)).status, 303);
      await owner.page('/admin/passwort');
      assert.equal((await change(owner, PASSWORD)).status, 303, "the owner's own session changes the password");
    });

    test('parallel guesses at the current password: five are checked', async () => {
      const email = await createAccount(site.db, 'editor');
      const client = new AdminClient(site.app);
      assert.equal((await client.signIn(email)).status, 303);
      await client.page('/admin/passwort');
      const responses = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          client.post('/admin/passwort', { current: `${WRONG}-${i}`, next: NEW_PASSWORD, repeat: NEW_PASSWORD }),
        ),
      );
      assert.deepEqual(statuses(responses), { 422: 5, 429: 25 });
    });

    test('the database holds no client cookie, e-mail address or IP address in the throttle and client tables', async () => {
      const browser = new AdminClient(site.app);
      const email = await createAccount(site.db, 'admin');
      assert.equal((await browser.signIn(email)).status, 303);
      const client = browser.cookie('kt_client');
      assert.ok(client && /^[A-Za-z0-9_-]{32}$/.test(client), 'a long-lived random client cookie');
      const dump = JSON.stringify(await dumpDatabase(site.db));
      assert.ok(!dump.includes(client), 'only a hash of the client cookie is stored');
      const throttles = JSON.stringify(await site.db.selectFrom('throttles').selectAll().execute());
      assert.doesNotMatch(throttles, /@|127\.0\.0\.1|::1/);
    });
  });
}

describe('the client cookie', () => {
  const site = testSite('sqlite', { env: { BASE_URL: 'https://tracker.example' } });

  test('is set on the login page: HttpOnly, SameSite=Lax, long-lived, Secure over https', async () => {
    const response = await site.app.request('/admin/login');
    const cookie = response.headers.getSetCookie().find((header) => header.startsWith('kt_client='));
    assert.ok(cookie, 'the login page sets kt_client');
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Lax/);
    assert.match(cookie, /; Secure/);
    assert.ok(Number(/Max-Age=(\d+)/.exec(cookie)?.[1]) >= 180 * 86_400, 'kept for months');
  });
});
