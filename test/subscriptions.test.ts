// E-mail subscriptions end to end: the real app over HTTP, a real SMTP server on loopback, the outbox
// worker driven round by round on a clock the test moves.
// Tier: quick
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createMailer } from '../src/mail/transport.ts';
import { createMailWorker, type MailWorker } from '../src/services/subscriptions/worker.ts';
import { claimDueMails, enqueueMail } from '../src/store/outbox.ts';
import { signedIn, type AdminClient } from './support/admin-client.ts';
import { DIALECTS } from './support/dialects.ts';
import { parseHtml } from './support/html.ts';
import { formEntries, formValues } from './support/html-form.ts';
import { fieldError } from './support/pages.ts';
import { testSite } from './support/site.ts';
import { CHAPTER, seedSite, today } from './support/site-fixture.ts';
import { linkPath, SmtpCatcher } from './support/smtp-catcher.ts';

const BASE_URL = 'https://tracker.example.org';
const RETRY_MS = 60_000;

for (const dialect of DIALECTS) {
  describe(`e-mail subscriptions (${dialect})`, () => {
    let now = today;
    const clock = () => now;
    const later = (ms: number) => {
      now = new Date(now.getTime() + ms);
    };
    const site = testSite(dialect, { seed: seedSite, clock, env: { BASE_URL } });
    let smtp: SmtpCatcher;
    let editor: AdminClient;
    let worker: MailWorker;

    before(async () => {
      smtp = new SmtpCatcher();
      await smtp.start();
      editor = await signedIn(site.app, site.db, 'editor');
      worker = newWorker();
    });
    after(async () => {
      await worker.stop();
      await smtp.stop();
    });

    function newWorker(): MailWorker {
      return createMailWorker({
        db: site.db,
        mailer: createMailer(smtp.url, 'Koalitionstracker <noreply@example.org>', 2000),
        baseUrl: BASE_URL,
        clock,
        delivery: { retryBaseMs: RETRY_MS },
      });
    }

    /** A visitor: fills in the form on the page, as a browser with cookies would. */
    async function subscribe(fields: Record<string, string>, page = '/abo') {
      const visitor = new (editor.constructor as typeof AdminClient)(site.app);
      await visitor.page(page);
      return visitor.post(page.replace(/\?.*$/, ''), fields);
    }

    async function confirmFor(email: string): Promise<void> {
      await worker.runOnce();
      const confirmation = smtp.to(email).at(-1)!;
      const path = linkPath(confirmation.text, '/abo/bestaetigen/');
      assert.equal((await site.app.request(path, { method: 'POST', headers: { origin: site.app.url } })).status, 200);
    }

    async function publishDevelopment(title: string, eventDate: string, pledge = 'verschluesselung', statusChange = ''): Promise<void> {
      const response = await editor.post(`/admin/vorhaben/${pledge}/entwicklungen`, {
        event_date: eventDate,
        title,
        body: `Bericht: ${title}.`,
        status_change: statusChange,
        rating_change: '',
        source_url: 'https://example.org/beleg',
        source_title: 'Beleg',
        source_publisher: 'Bundestag',
        source_date: '',
        aktion: 'veroeffentlichen',
      });
      assert.equal(response.status, 303, await response.text());
    }

    test('subscribe, confirm, get a development with an old event date, unsubscribe with one click', async () => {
      const email = 'leserin@example.org';
      const follow = (await site.page('/vorhaben/verschluesselung')).find('form[method="post"][action="/abo"]');
      assert.deepEqual(
        formEntries(follow).map(([name]) => name),
        ['scope', 'email', 'frequency', 'website'],
      );
      assert.equal(follow.find('input[name="email"]').attr('type'), 'email');

      const requested = await subscribe(
        { email: 'Leserin@Example.org', scope: 'pledge:verschluesselung', frequency: 'immediate', website: '' },
        '/abo?vorhaben=verschluesselung',
      );
      assert.equal(requested.status, 303);
      assert.equal(requested.headers.get('location'), '/abo/gesendet');

      await publishDevelopment('Vor der Bestätigung', '2023-12-01');
      await worker.runOnce();
      const [confirmation, ...others] = smtp.to(email);
      assert.equal(others.length, 0, 'nothing but the confirmation before confirming');
      assert.equal(confirmation!.subject, 'Bitte bestätigen: Abo für das Vorhaben „Recht auf Verschlüsselung“');
      assert.match(confirmation!.text, /Neuigkeiten zu dem Vorhaben „Recht auf Verschlüsselung“/);
      const confirmPath = linkPath(confirmation!.text, '/abo/bestaetigen/');
      assert.ok(confirmation!.text.includes(`${BASE_URL}${confirmPath}`));

      const question = await site.app.request(confirmPath);
      assert.equal(question.status, 200);
      assert.equal(
        parseHtml(await question.text()).find(`form[method="post"][action="${confirmPath}"] button[type="submit"]`).text,
        'Abo bestätigen',
      );
      assert.equal(
        (await site.db.selectFrom('subscriptions').select('confirmed_at').where('email', '=', email).executeTakeFirstOrThrow())
          .confirmed_at,
        null,
        'GET changes nothing',
      );
      const confirmed = await site.app.request(confirmPath, { method: 'POST', headers: { origin: site.app.url } });
      assert.equal(confirmed.status, 200);
      assert.match(await confirmed.text(), /Ihr Abo ist bestätigt/);
      assert.equal(
        (await site.app.request(confirmPath, { method: 'POST', headers: { origin: site.app.url } })).status,
        404,
        'a confirmation link works once',
      );

      later(3600_000);
      await publishDevelopment('Anhörung im Ausschuss', '2021-03-01', 'verschluesselung', 'in_progress');
      await worker.runOnce();
      const notification = smtp.to(email).at(-1)!;
      assert.equal(smtp.to(email).length, 2);
      assert.match(notification.subject, /Recht auf Verschlüsselung: Anhörung im Ausschuss/);
      assert.match(notification.text, /Datum des Ereignisses: 01\.03\.2021\nNeuer Status: begonnen\n/);
      assert.match(notification.text, /Nachweise:\n\* Beleg \(Bundestag\)\n {2}https:\/\/example\.org\/beleg\n/);
      const { id } = await site.db
        .selectFrom('updates')
        .select('id')
        .where('title', '=', 'Anhörung im Ausschuss')
        .executeTakeFirstOrThrow();
      assert.ok(
        notification.text.includes(`${BASE_URL}/vorhaben/verschluesselung#entwicklung-${id}`),
        'the link leads to the development itself',
      );
      const unsubscribePath = linkPath(notification.text, '/abo/abbestellen/');
      assert.equal(notification.headers.get('list-unsubscribe'), `<${BASE_URL}${unsubscribePath}>`);
      assert.equal(notification.headers.get('list-unsubscribe-post'), 'List-Unsubscribe=One-Click');

      assert.ok((await site.page(unsubscribePath)).has(`form[method="post"][action="${unsubscribePath}"]`));
      const oneClick = await site.app.request(unsubscribePath, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      });
      assert.equal(oneClick.status, 200);
      assert.equal(
        (await site.db.selectFrom('subscriptions').select('id').where('email', '=', email).execute()).length,
        0,
        'the address is forgotten',
      );

      await publishDevelopment('Nach dem Abbestellen', '2023-12-08');
      await worker.runOnce();
      assert.equal(smtp.to(email).length, 2, 'no further mail');
    });

    test('English subscribers get English mails with links to the English pages', async () => {
      const email = 'reader@example.org';
      assert.equal(
        (await subscribe({ email, scope: `chapter:${CHAPTER.split('/').at(-1)}`, frequency: 'immediate' }, '/en/abo')).headers.get(
          'location',
        ),
        '/en/abo/gesendet',
      );
      await worker.runOnce();
      const confirmation = smtp.to(email).at(-1)!;
      assert.match(confirmation.subject, /Please confirm: following the chapter/);
      assert.match(linkPath(confirmation.text, '/abo/bestaetigen/'), /^\/en\/abo\/bestaetigen\//);
      await confirmFor(email);
      await publishDevelopment('Cabinet decision', '2022-01-10', 'dateninstitut');
      await worker.runOnce();
      const notification = smtp.to(email).at(-1)!;
      assert.match(notification.text, /there is a new development on the chapter/);
      assert.ok(notification.text.includes(`${BASE_URL}/en/vorhaben/dateninstitut`));
    });

    test('a daily digest: one mail per day listing every new development', async () => {
      const email = 'digest@example.org';
      assert.match(formValues((await site.page(CHAPTER)).source, '/abo').scope!, /^chapter:/);
      await subscribe({ email, scope: 'all', frequency: 'daily' });
      await confirmFor(email);
      const before = smtp.to(email).length;
      await publishDevelopment('Erste Lesung', '2023-11-30');
      await publishDevelopment('Zweite Lesung', '2023-12-05', 'dateninstitut', 'partially_implemented');
      await worker.runOnce();
      assert.equal(smtp.to(email).length, before, 'nothing until the day is over');

      later(24 * 3600_000);
      await worker.runOnce();
      assert.equal(smtp.to(email).length, before + 1);
      const digest = smtp.to(email).at(-1)!;
      assert.match(digest.subject, /2 neue Entwicklungen/);
      assert.match(digest.text, /Erste Lesung/);
      assert.match(
        digest.text,
        /\* Dateninstitut [^\n]*: Zweite Lesung \(05\.12\.2023, neuer Status: teilweise umgesetzt\)\n {2}https:\/\/tracker\.example\.org\/vorhaben\/dateninstitut#entwicklung-\d+\n/,
      );
      assert.ok(digest.headers.get('list-unsubscribe')?.startsWith(`<${BASE_URL}/abo/abbestellen/`));
      await worker.runOnce();
      assert.equal(smtp.to(email).length, before + 1, 'once');
    });

    test('a mail claimed by a crashed worker is sent exactly once after its lease; parallel workers never double', async () => {
      const stamp = now.toISOString();
      await enqueueMail(
        site.db,
        { dedupKey: 'test:crashed', recipient: 'lease@example.org', subject: 'Verwaist', body: 'Text', headers: {}, unsubscribeHash: null },
        stamp,
      );
      const leaseUntil = new Date(now.getTime() + 120_000).toISOString();
      assert.equal((await claimDueMails(site.db, stamp, leaseUntil, 10)).length, 1, 'the crashed worker took it');
      await worker.runOnce();
      assert.equal(smtp.to('lease@example.org').length, 0, 'leased: nobody else sends it');

      later(121_000);
      const restarted = newWorker();
      await Promise.all([restarted.runOnce(), worker.runOnce()]);
      await worker.runOnce();
      assert.equal(smtp.to('lease@example.org').length, 1);

      for (let index = 0; index < 12; index += 1) {
        await enqueueMail(
          site.db,
          {
            dedupKey: `test:many-${index}`,
            recipient: 'many@example.org',
            subject: `Nr. ${index}`,
            body: 'Text',
            headers: {},
            unsubscribeHash: null,
          },
          now.toISOString(),
        );
      }
      await Promise.all([restarted.runOnce(), worker.runOnce(), newWorker().runOnce()]);
      assert.deepEqual(
        smtp
          .to('many@example.org')
          .map((mail) => mail.subject)
          .sort(),
        Array.from({ length: 12 }, (_, index) => `Nr. ${index}`).sort(),
      );
      await restarted.stop();
    });

    test('while the SMTP server is down mails wait and are retried later', async () => {
      await smtp.stop();
      await enqueueMail(
        site.db,
        { dedupKey: 'test:down', recipient: 'retry@example.org', subject: 'Später', body: 'Text', headers: {}, unsubscribeHash: null },
        now.toISOString(),
      );
      const round = await worker.runOnce();
      assert.equal(round.failed, 1);
      const row = await site.db.selectFrom('mail_outbox').selectAll().where('dedup_key', '=', 'test:down').executeTakeFirstOrThrow();
      assert.equal(row.status, 'pending');
      assert.equal(row.attempts, 1);
      assert.ok(row.last_error);
      assert.equal(row.locked_until, new Date(now.getTime() + RETRY_MS).toISOString());

      await smtp.start();
      await worker.runOnce();
      assert.equal(smtp.to('retry@example.org').length, 0, 'not before the backoff');
      later(RETRY_MS);
      await worker.runOnce();
      assert.equal(smtp.to('retry@example.org').length, 1);
      const sent = await site.db.selectFrom('mail_outbox').selectAll().where('dedup_key', '=', 'test:down').executeTakeFirstOrThrow();
      assert.equal(sent.status, 'sent');
      assert.equal(sent.body, '', 'the sent body (with its link secrets) is not kept');
    });

    test('bad input gets messages at the fields; links are stored hashed; no addresses anywhere', async () => {
      const bad = await subscribe({ email: 'kein-mail', scope: 'topic:gibt-es-nicht', frequency: 'stündlich' });
      assert.equal(bad.status, 422);
      const form = parseHtml(await bad.text());
      assert.equal(fieldError(form, 'email'), 'Das ist keine gültige E-Mail-Adresse.');
      assert.equal(form.find('input[name="email"]').attr('aria-invalid'), 'true');
      assert.equal((await subscribe({ email: 'x@example.org', scope: 'topic:gibt-es-nicht' })).status, 422);
      const controlled: [string, string][] = [
        ['steuer\u0001zeichen@example.org', 'all'],
        ['x@example.org\u0085', 'all'],
        ['x@example.org', 'topic:it-sicherheit\u0007'],
      ];
      for (const [email, scope] of controlled) {
        assert.equal((await subscribe({ email, scope })).status, 422, 'a control character in the address or the scope is refused');
      }
      assert.equal((await site.db.selectFrom('subscriptions').select('id').where('email', 'like', '%zeichen%').execute()).length, 0);
      assert.equal((await site.app.request('/abo/bestaetigen/kaputt')).status, 404);
      assert.equal((await site.app.request('/abo/abbestellen/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', { method: 'POST' })).status, 404);

      const crossSite = await site.app.request('/abo', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
        body: 'email=opfer%40example.org&scope=all',
      });
      assert.equal(crossSite.status, 403, 'a form from another site needs the token');
      const ownPage = await site.app.request('/abo', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: site.app.url },
        body: 'email=box%40example.org&scope=pledge%3Averschluesselung',
      });
      assert.equal(ownPage.status, 303, 'the cached pledge page form (no token) works from our own origin');
      assert.equal((await site.db.selectFrom('subscriptions').select('id').where('email', '=', 'opfer@example.org').execute()).length, 0);

      const secrets = await site.db.selectFrom('subscription_tokens').select('token_hash').execute();
      assert.ok(secrets.every((row) => /^[0-9a-f]{64}$/.test(row.token_hash)));
      const throttles = await site.db.selectFrom('throttles').select('key').execute();
      assert.ok(throttles.length > 0 && throttles.every((row) => !row.key.includes('127.0.0.1')));
    });
  });
}
