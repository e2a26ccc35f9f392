// An editor may ask for a mail when a suggestion arrives (per account, off unless asked for); the
// mail worker queues one to each account that asked, with the text and the link to moderate it.
// Tier: quick
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { submitSuggestion } from '../src/services/admin/suggestions.ts';
import { processMailEvents } from '../src/services/subscriptions/fan-out.ts';
import { findUserByEmail, updateUser } from '../src/store/users.ts';
import { AdminClient, createAccount, signedIn } from './support/admin-client.ts';
import { DIALECTS } from './support/dialects.ts';
import { buildPledge } from './support/factories.ts';
import { formValues } from './support/html-form.ts';
import { testSite } from './support/site.ts';

const now = new Date('2024-05-02T08:00:00Z');

for (const dialect of DIALECTS) {
  describe(`mail to editors when a suggestion arrives (${dialect})`, () => {
    const site = testSite(dialect, { clock: () => now });
    type Account = { email: string; client: AdminClient };
    let anna: Account;
    let bernd: Account;
    let admin: Account;

    async function account(role: 'editor' | 'admin'): Promise<Account> {
      const email = await createAccount(site.db, role);
      const client = new AdminClient(site.app);
      assert.equal((await client.signIn(email)).status, 303);
      return { email, client };
    }

    before(async () => {
      [anna, bernd, admin] = [await account('editor'), await account('editor'), await account('admin')];
    });

    async function choose({ client }: Account, on: boolean): Promise<void> {
      const form = formValues((await client.page('/admin/benachrichtigungen')).html, '/admin/benachrichtigungen');
      if (on) form.hinweise = '1';
      else delete form.hinweise;
      const response = await client.post('/admin/benachrichtigungen', form);
      assert.equal(response.status, 303);
    }

    test('only the active editors who asked get a mail, once, without the suggester’s address', async () => {
      assert.equal(
        formValues((await anna.client.page('/admin/benachrichtigungen')).html, '/admin/benachrichtigungen').hinweise,
        undefined,
        'off unless asked for',
      );
      await choose(anna, true);
      await choose(admin, true);
      assert.equal(formValues((await anna.client.page('/admin/benachrichtigungen')).html, '/admin/benachrichtigungen').hinweise, '1');
      const disabled = await account('editor');
      await choose(disabled, true);
      await updateUser(site.db, (await findUserByEmail(site.db, disabled.email))!.id, { disabled: 1 });
      await choose(bernd, true);
      await choose(bernd, false);

      const pledge = await buildPledge(site.db, { title: 'Klimageld einführen' });
      const id = await submitSuggestion(
        site.db,
        pledge.slug,
        { text: 'Der Bundestag hat das Klimageld beschlossen.', source_url: 'https://example.org/bt', email: 'leser@example.org' },
        now,
      );
      await processMailEvents(site.db, { baseUrl: 'https://tracker.example.org' }, now);
      await processMailEvents(site.db, { baseUrl: 'https://tracker.example.org' }, now);

      const mails = await site.db
        .selectFrom('mail_outbox')
        .select(['recipient', 'subject', 'body'])
        .where('dedup_key', 'like', 'suggestion-received:%')
        .orderBy('recipient')
        .execute();
      assert.deepEqual(
        mails.map((mail) => mail.recipient),
        [admin.email, anna.email].sort(),
      );
      for (const mail of mails) {
        assert.equal(mail.subject, 'Neuer Hinweis zu „Klimageld einführen“');
        assert.match(mail.body, /Der Bundestag hat das Klimageld beschlossen\./);
        assert.match(mail.body, /Nachweis: https:\/\/example\.org\/bt/);
        assert.match(mail.body, new RegExp(`Prüfen: https://tracker\\.example\\.org/admin/hinweise/${id}`));
        assert.match(mail.body, /abbestellen: https:\/\/tracker\.example\.org\/admin\/benachrichtigungen/);
        assert.doesNotMatch(mail.body, /leser@example\.org/);
      }

      const log = await admin.client.page(`/admin/protokoll?aktion=user.notifications`);
      assert.deepEqual(log.dom.texts('.audit-action').slice(0, 2), ['Benachrichtigungen geändert', 'Benachrichtigungen geändert']);
      assert.match(log.html, /Mail bei neuen Hinweisen abbestellt/);
    });

    test('experts have no such setting', async () => {
      const expert = await signedIn(site.app, site.db, 'expert', 'Digitalcourage');
      assert.equal((await expert.get('/admin/benachrichtigungen')).status, 403);
    });
  });
}
