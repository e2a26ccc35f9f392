// "Neue Entwicklung melden": the public form on every pledge page, its honeypot, rate limit, CSRF
// and field messages, the way into the moderation queue, and the outcome mail to the suggester.
// Tier: quick
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createMailer } from '../src/mail/transport.ts';
import { createMailWorker, type MailWorker } from '../src/services/subscriptions/worker.ts';
import { AdminClient, signedIn } from './support/admin-client.ts';
import { DIALECTS } from './support/dialects.ts';
import { parseHtml } from './support/html.ts';
import { formEntries, formValues } from './support/html-form.ts';
import { fieldError } from './support/pages.ts';
import { testSite } from './support/site.ts';
import { seedSite, today } from './support/site-fixture.ts';
import { SmtpCatcher } from './support/smtp-catcher.ts';

const FORM = '/vorhaben/verschluesselung/hinweis';
const GOOD = {
  text: 'Das Kabinett hat heute den Gesetzentwurf beschlossen.',
  source_url: 'https://www.bundesregierung.de/kabinett',
  email: '',
  website: '',
};

for (const dialect of DIALECTS) {
  describe(`public suggestions (${dialect})`, () => {
    const site = testSite(dialect, { seed: seedSite, clock: () => today });
    let smtp: SmtpCatcher;
    let editor: AdminClient;
    let worker: MailWorker;

    before(async () => {
      smtp = new SmtpCatcher();
      await smtp.start();
      editor = await signedIn(site.app, site.db, 'editor');
      worker = createMailWorker({
        db: site.db,
        mailer: createMailer(smtp.url, 'Koalitionstracker <noreply@example.org>', 2000),
        baseUrl: 'http://localhost:3000',
        clock: () => today,
      });
    });
    after(async () => {
      await worker.stop();
      await smtp.stop();
    });

    const suggestions = () => site.db.selectFrom('suggestions').selectAll().orderBy('id').execute();

    async function submit(fields: Record<string, string>, path = FORM): Promise<Response> {
      const visitor = new AdminClient(site.app);
      await visitor.page(path);
      return visitor.post(path, fields);
    }

    test('every pledge page has the form: text, a required http(s) source, an optional address, a hidden honeypot', async () => {
      for (const slug of ['verschluesselung', 'dateninstitut']) {
        const pledge = await site.page(`/vorhaben/${slug}`);
        assert.equal(pledge.find('h2#suggest-heading').text, 'Neue Entwicklung melden', slug);
        assert.ok(pledge.has(`form[method="post"][action="/vorhaben/${slug}/hinweis"]`), slug);
      }
      const form = (await site.page('/vorhaben/verschluesselung')).find('form[action="/vorhaben/verschluesselung/hinweis"]');
      const attributes = (selector: string, names: string[]) => names.map((name) => form.find(selector).attr(name));
      assert.deepEqual(attributes('textarea#suggest-text', ['name', 'required', 'aria-describedby']), ['text', '', 'suggest-text-hint']);
      assert.deepEqual(attributes('input#suggest-source-url', ['name', 'type', 'required']), ['source_url', 'url', '']);
      assert.deepEqual(
        attributes('input#suggest-email', ['name', 'type', 'required', 'autocomplete']),
        ['email', 'email', undefined, 'email'],
        'the address is optional',
      );
      const trap = form.find('.form-trap');
      assert.equal(trap.attr('aria-hidden'), 'true');
      assert.deepEqual(attributes('.form-trap input#suggest-website', ['name', 'type', 'tabindex', 'autocomplete']), [
        'website',
        'text',
        '-1',
        'off',
      ]);
      assert.equal(trap.find('label').attr('for'), 'suggest-website');
      assert.deepEqual(
        formEntries(form)
          .map(([name, value]) => [name, value])
          .filter(([name]) => name !== '_csrf'),
        [
          ['text', ''],
          ['source_url', ''],
          ['email', ''],
          ['website', ''],
        ],
      );
      assert.equal((await site.page('/en/vorhaben/verschluesselung')).find('h2#suggest-heading').text, 'Report a new development');
      assert.equal((await site.app.request('/vorhaben/geheim/hinweis')).status, 404, 'not on unpublished pledges');
    });

    test('a suggestion lands in the moderation queue; the thanks page follows', async () => {
      const response = await submit(GOOD);
      assert.equal(response.status, 303);
      assert.equal(response.headers.get('location'), `${FORM}/danke`);
      assert.match((await site.page(`${FORM}/danke`)).find('h1').text, /Danke für Ihren Hinweis/);
      const [row] = await suggestions();
      assert.equal(row!.text, GOOD.text);
      assert.equal(row!.source_url, GOOD.source_url);
      assert.equal(row!.email, null);
      assert.equal(row!.status, 'open');
      assert.ok((await editor.page('/admin/hinweise')).dom.has(`#hinweis-${row!.id}`));
    });

    test('a missing or javascript: source and a bad address get messages at their fields, in the reader’s language', async () => {
      const missing = await submit({ ...GOOD, source_url: '' });
      assert.equal(missing.status, 422);
      assert.equal(fieldError(parseHtml(await missing.text()), 'source-url'), 'Bitte eine Quelle angeben.');
      const script = await submit({ ...GOOD, source_url: 'javascript:alert(1)', email: 'kaputt' });
      assert.equal(script.status, 422);
      const page = parseHtml(await script.text());
      assert.equal(fieldError(page, 'source-url'), 'Bitte eine Adresse, die mit http:// oder https:// beginnt.');
      assert.equal(fieldError(page, 'email'), 'Das ist keine gültige E-Mail-Adresse.');
      assert.ok(page.find('.error-summary').has('a[href="#source-url"]'), 'the summary links to the field');
      assert.equal(formValues(page.source, FORM).text, 'Das Kabinett hat heute den Gesetzentwurf beschlossen.', 'the input is kept');
      assert.ok(!page.has('a[href^="javascript:"]'));
      const english = await submit({ ...GOOD, source_url: 'ftp://example.org/x' }, `/en${FORM}`);
      assert.equal(english.status, 422);
      assert.equal(fieldError(parseHtml(await english.text()), 'source-url'), 'Please give an address starting with http:// or https://.');
      assert.equal((await suggestions()).length, 1, 'nothing more stored');
    });

    test('a filled honeypot is thanked and dropped; a form from another site is refused', async () => {
      const bot = await submit({ ...GOOD, text: 'Kaufen Sie billige Uhren bei uns!', website: 'https://spam.example' });
      assert.equal(bot.status, 303);
      const crossSite = await site.app.request(FORM, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
        body: new URLSearchParams({ ...GOOD, text: 'Von einer fremden Seite geschickt.' }),
      });
      assert.equal(crossSite.status, 403);
      assert.ok(
        parseHtml(await crossSite.text())
          .find('input[name="_csrf"]')
          .attr('value'),
        'the form comes back to send again',
      );
      assert.equal((await suggestions()).length, 1);
    });

    test('the suggester hears the outcome by mail, in their language, with the reason on rejection', async () => {
      assert.equal(
        (await submit({ ...GOOD, text: 'Der Bundestag hat das Gesetz in erster Lesung beraten.', email: 'Hinweis@Example.org' })).status,
        303,
      );
      assert.equal(
        (await submit({ ...GOOD, text: 'The draft bill was published by the ministry.', email: 'reader@example.org' }, `/en${FORM}`))
          .status,
        303,
      );
      const [, german, english] = await suggestions();
      assert.equal(german!.email, 'hinweis@example.org');

      assert.equal(
        (await editor.post(`/admin/hinweise/${german!.id}/ablehnen`, { reason: 'Die Quelle nennt das Vorhaben nicht.' })).status,
        303,
      );
      assert.equal((await editor.post(`/admin/hinweise/${english!.id}/annehmen`, { title: 'Entwurf veröffentlicht' })).status, 303);
      await worker.runOnce();
      const [rejected] = smtp.to('hinweis@example.org');
      assert.equal(smtp.to('hinweis@example.org').length, 1);
      assert.match(rejected!.subject, /Ihr Hinweis zu „Recht auf Verschlüsselung“/);
      assert.match(rejected!.text, /nicht übernommen/);
      assert.match(rejected!.text, /Begründung:\nDie Quelle nennt das Vorhaben nicht\./);
      const [accepted] = smtp.to('reader@example.org');
      assert.match(accepted!.subject, /Your suggestion on “Recht auf Verschlüsselung”/);
      assert.match(accepted!.text, /have taken it up/);
      assert.ok(accepted!.text.includes('http://localhost:3000/en/vorhaben/verschluesselung'));

      await worker.runOnce();
      assert.equal(smtp.mails.length, 2, 'one mail each, and none for the suggestion without an address');
    });

    test('control characters in a suggestion and in the moderator’s answer are dropped; line breaks become \\n', async () => {
      const response = await submit({
        ...GOOD,
        text: 'Der Bundestag\u0001 hat\u0085 das\r\nGesetz\u000b beschlossen.\uFFFE',
        source_url: 'https://www.bundestag.de/\u0007gesetz',
      });
      assert.equal(response.status, 303);
      const row = (await suggestions()).at(-1)!;
      assert.equal(row.text, 'Der Bundestag hat das\nGesetz beschlossen.');
      assert.equal(row.source_url, 'https://www.bundestag.de/gesetz');
      assert.equal(
        (await editor.post(`/admin/hinweise/${row.id}/annehmen`, { title: 'Gesetz\u0002 beschlossen\n', source_title: 'Bundes\u001btag' }))
          .status,
        303,
      );
      const development = await site.db
        .selectFrom('updates')
        .innerJoin('sources', 'sources.update_id', 'updates.id')
        .select(['updates.title', 'updates.body', 'sources.title as source'])
        .where('updates.title', 'like', 'Gesetz%beschlossen%')
        .executeTakeFirstOrThrow();
      assert.deepEqual(development, {
        title: 'Gesetz beschlossen',
        body: 'Der Bundestag hat das\nGesetz beschlossen.',
        source: 'Bundestag',
      });
    });

    test('five suggestions per client and hour, then 429 with Retry-After; no address is stored', async () => {
      let status = 303;
      let response: Response | undefined;
      for (let attempt = 0; attempt < 6 && status === 303; attempt += 1) {
        response = await submit({ ...GOOD, text: `Hinweis Nummer ${attempt} zum Vorhaben.` });
        status = response.status;
      }
      assert.equal(status, 429);
      assert.ok(Number(response!.headers.get('retry-after')) > 0);
      assert.match(await response!.text(), /Zu viele Anfragen/);
      assert.equal((await suggestions()).length, 5, 'the limit counts every stored suggestion of this client');
      const keys = (await site.db.selectFrom('throttles').select('key').execute()).map((row) => row.key);
      assert.ok(keys.some((key) => key.startsWith('suggest:')));
      assert.ok(keys.every((key) => !key.includes('127.0.0.1')));
    });
  });
}

for (const dialect of DIALECTS) {
  describe(`public forms under parallel requests (${dialect})`, () => {
    const site = testSite(dialect, { seed: seedSite, clock: () => today });

    test('thirty suggestions at once from one client: five are taken, the rest get 429', async () => {
      const visitor = new AdminClient(site.app);
      await visitor.page(FORM);
      const responses = await Promise.all(
        Array.from({ length: 30 }, (_, i) => visitor.post(FORM, { ...GOOD, text: `Gleichzeitiger Hinweis Nummer ${i}.` })),
      );
      assert.deepEqual(responses.map((response) => response.status).sort(), [...Array(5).fill(303), ...Array(25).fill(429)]);
      const stored = await site.db.selectFrom('suggestions').select('id').execute();
      assert.equal(stored.length, 5);
    });
  });
}
