// How long a back-office session lasts: it slides forward while used, but never past an absolute
// maximum counted from the sign-in.
// Tier: quick
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { AdminClient, createAccount, PASSWORD } from './support/admin-client.ts';
import { DIALECTS } from './support/dialects.ts';
import { testSite } from './support/site.ts';

const HOUR = 3600_000;

for (const dialect of DIALECTS) {
  describe(`session lifetime (${dialect})`, () => {
    let now = new Date('2026-03-01T08:00:00Z');
    const site = testSite(dialect, { clock: () => now });

    test('an idle session ends after 12 hours', async () => {
      const client = new AdminClient(site.app);
      assert.equal((await client.signIn(await createAccount(site.db, 'editor'))).status, 303);
      now = new Date(now.getTime() + 11 * HOUR);
      assert.equal((await client.get('/admin')).status, 200);
      now = new Date(now.getTime() + 12 * HOUR + 60_000);
      assert.equal((await client.get('/admin')).status, 303);
    });

    test('a session in constant use ends 24 hours after the sign-in', async () => {
      const client = new AdminClient(site.app);
      const signedInAt = now.getTime();
      await client.page('/admin/login');
      const signIn = await client.post('/admin/login', { email: await createAccount(site.db, 'editor'), password: PASSWORD });
      assert.equal(signIn.status, 303);
      const cookie = signIn.headers.getSetCookie().find((header) => header.startsWith('kt_session='))!;
      assert.match(cookie, /Max-Age=86400/, 'the browser keeps the cookie as long as the session can last, no longer');
      for (let hour = 1; hour < 24; hour++) {
        now = new Date(signedInAt + hour * HOUR);
        assert.equal((await client.get('/admin')).status, 200, `still signed in after ${hour} hours`);
      }
      now = new Date(signedInAt + 24 * HOUR);
      const expired = await client.get('/admin');
      assert.equal(expired.status, 303, 'signed out 24 hours after signing in, although it was used an hour ago');
      assert.match(expired.headers.get('location') ?? '', /^\/admin\/login/);
      const [session] = await site.db
        .selectFrom('sessions')
        .select('expires_at')
        .where('created_at', '=', new Date(signedInAt).toISOString())
        .execute();
      assert.ok(
        !session || session.expires_at <= new Date(signedInAt + 24 * HOUR).toISOString(),
        'the stored expiry never passes the maximum',
      );
    });
  });
}
