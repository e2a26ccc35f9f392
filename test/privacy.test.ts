// What the app keeps about people: no link secret in the request log, and a suggester's address
// only until the outcome mail went out.
// Tier: quick
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { createMailer } from '../src/mail/transport.ts';
import { createMailWorker } from '../src/services/subscriptions/worker.ts';
import { AdminClient, signedIn } from './support/admin-client.ts';
import { DIALECTS } from './support/dialects.ts';
import { testSite } from './support/site.ts';
import { seedSite, today } from './support/site-fixture.ts';
import { linkPath, SmtpCatcher } from './support/smtp-catcher.ts';

for (const dialect of DIALECTS) {
  describe(`privacy (${dialect})`, () => {
    let log = '';
    const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => ((log += chunk.toString()), done()) });
    const site = testSite(dialect, { seed: seedSite, clock: () => today, logger: pino({ level: 'info' }, sink) });
    const smtp = new SmtpCatcher();
    before(() => smtp.start());
    after(() => smtp.stop());

    const worker = () =>
      createMailWorker({
        db: site.db,
        mailer: createMailer(smtp.url, 'Koalitionstracker <noreply@example.org>', 2000),
        baseUrl: 'http://localhost:3000',
        clock: () => today,
      });

    test('confirmation and unsubscribe secrets never reach the request log', async () => {
      const visitor = new AdminClient(site.app);
      await visitor.page('/abo');
      assert.equal(
        (await visitor.post('/abo', { email: 'leserin@example.org', scope: 'all', frequency: 'immediate', website: '' })).status,
        303,
      );
      const mails = worker();
      await mails.runOnce();
      await mails.stop();
      const confirmation = smtp.to('leserin@example.org').at(-1)!;
      const confirm = linkPath(confirmation.text, '/abo/bestaetigen/');
      const unsubscribe = linkPath(confirmation.headers.get('list-unsubscribe') ?? '', '/abo/abbestellen/');
      const secrets = [confirm, unsubscribe].map((path) => path.split('/').at(-1)!);
      log = '';
      assert.equal((await site.app.request(confirm)).status, 200);
      assert.equal((await site.app.request(confirm, { method: 'POST', headers: { origin: site.app.url } })).status, 200);
      assert.equal((await site.app.request(`/en${unsubscribe}?token=${secrets[1]}`)).status, 200);
      assert.equal((await site.app.request(unsubscribe, { method: 'POST' })).status, 200);
      assert.equal((await site.app.request('/abo/abbestellen/unbekanntes-geheimnis-0123456789abcd')).status, 404);

      const lines = log
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { path?: string });
      assert.equal(lines.length, 5, log);
      for (const secret of [...secrets, 'unbekanntes-geheimnis-0123456789abcd'])
        assert.ok(!log.includes(secret), `no secret in the log:\n${log}`);
      assert.deepEqual(
        lines.map((line) => line.path),
        [
          '/abo/bestaetigen/[redacted]',
          '/abo/bestaetigen/[redacted]',
          '/en/abo/abbestellen/[redacted]',
          '/abo/abbestellen/[redacted]',
          '/abo/abbestellen/[redacted]',
        ],
      );
    });

    test("a suggester's address is deleted once the outcome mail went out, as the mail says", async () => {
      const editor = await signedIn(site.app, site.db, 'editor');
      const suggester = new AdminClient(site.app);
      await suggester.page('/vorhaben/verschluesselung/hinweis');
      const sent = await suggester.post('/vorhaben/verschluesselung/hinweis', {
        text: 'Der Bundestag hat das Gesetz in erster Lesung beraten.',
        source_url: 'https://example.org/bundestag',
        email: 'hinweisgeber@example.org',
        website: '',
      });
      assert.equal(sent.status, 303);
      const { id } = await site.db
        .selectFrom('suggestions')
        .select('id')
        .where('email', '=', 'hinweisgeber@example.org')
        .executeTakeFirstOrThrow();
      assert.equal((await editor.post(`/admin/hinweise/${id}/ablehnen`, { reason: 'Die Quelle nennt das Vorhaben nicht.' })).status, 303);
      const mails = worker();
      await mails.runOnce();
      await mails.stop();
      const [outcome] = smtp.to('hinweisgeber@example.org');
      assert.ok(outcome, 'the outcome mail went out');
      assert.match(outcome.text, /Beim Hinweis ist sie jetzt gelöscht; wir nutzen sie für nichts anderes\./);
      const row = await site.db.selectFrom('suggestions').select(['email', 'status']).where('id', '=', id).executeTakeFirstOrThrow();
      assert.deepEqual(row, { email: null, status: 'rejected' });
      const locale = await site.db.selectFrom('suggestion_locales').selectAll().where('suggestion_id', '=', id).executeTakeFirst();
      assert.equal(locale, undefined, 'nothing of the suggester is left with the Hinweis');
    });
  });
}
