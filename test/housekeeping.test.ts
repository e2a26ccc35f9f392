// Housekeeping: what is past its time is deleted, also when mail is off; by `bin/koalitionstracker
// housekeeping` for cron, and by `serve` on its own, one instance per round.
// Tier: full (serve and housekeeping as processes)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createMailer } from '../src/mail/transport.ts';
import { createMailWorker } from '../src/services/subscriptions/worker.ts';
import { HOUSEKEEPING_INTERVAL_MS, runHousekeepingIfDue } from '../src/services/housekeeping.ts';
import { openStore } from '../src/store/database.ts';
import { AdminClient, signedIn } from './support/admin-client.ts';
import { runCli } from './support/cli.ts';
import { DIALECTS } from './support/dialects.ts';
import { untilListening } from './support/server-process.ts';
import { appInProcess } from './support/server.ts';
import { testSite } from './support/site.ts';
import { seedSite } from './support/site-fixture.ts';
import { SmtpCatcher } from './support/smtp-catcher.ts';

const ENTRY = fileURLToPath(new URL('../bin/koalitionstracker.mjs', import.meta.url));
const DAY = 86_400_000;
const SUGGESTION = {
  text: 'Das Kabinett hat heute den Gesetzentwurf beschlossen.',
  source_url: 'https://example.org/kabinett',
  website: '',
};

for (const dialect of DIALECTS) {
  describe(`housekeeping (${dialect})`, () => {
    const site = testSite(dialect, { seed: seedSite });
    let smtp: SmtpCatcher;

    before(async () => {
      smtp = new SmtpCatcher();
      await smtp.start();
    });
    after(async () => {
      await smtp.stop();
    });

    /** What people leave behind on a site running at `at`, through its pages, with mail on or off. */
    async function visitorsAt(at: Date, tag: string, mail: boolean): Promise<void> {
      const app = appInProcess(site.db, { clock: () => at });
      const visitor = new AdminClient(app);
      await visitor.page('/abo');
      assert.equal(
        (await visitor.post('/abo', { email: `${tag}@example.org`, scope: 'all', frequency: 'immediate', website: '' })).status,
        303,
      );
      const editor = await signedIn(app, site.db, 'editor');
      assert.equal((await new AdminClient(app).signIn(`niemand-${tag}@example.org`, 'falsches-passwort')).status, 422);
      const suggester = new AdminClient(app);
      await suggester.page('/vorhaben/verschluesselung/hinweis');
      assert.equal(
        (await suggester.post('/vorhaben/verschluesselung/hinweis', { ...SUGGESTION, email: `hinweis-${tag}@example.org` })).status,
        303,
      );
      const suggestion = await site.db
        .selectFrom('suggestions')
        .select('id')
        .where('email', '=', `hinweis-${tag}@example.org`)
        .executeTakeFirstOrThrow();
      assert.equal((await editor.post(`/admin/hinweise/${suggestion.id}/ablehnen`, { reason: 'Nicht belegt.' })).status, 303);
      if (mail) {
        const worker = createMailWorker({
          db: site.db,
          mailer: createMailer(smtp.url, 'Koalitionstracker <noreply@example.org>', 2000),
          baseUrl: 'http://localhost:3000',
          clock: () => at,
        });
        await worker.runOnce();
        await worker.stop();
      }
    }

    const count = async (table: 'subscriptions' | 'sessions' | 'throttles' | 'mail_outbox' | 'sign_in_clients') =>
      Number(
        (
          await site.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number | string>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const addresses = async () =>
      (await site.db.selectFrom('suggestions').select('email').where('email', 'is not', null).execute()).map((row) => row.email);

    test('the housekeeping command deletes what is past its time and says so in one line; mail off', async () => {
      await visitorsAt(new Date(Date.now() - 100 * DAY), 'alt', true);
      await visitorsAt(new Date(Date.now() - 100 * DAY), 'alt-ohne-mail', false);
      await visitorsAt(new Date(), 'neu', false);
      assert.deepEqual(
        await addresses(),
        ['hinweis-alt-ohne-mail@example.org', 'hinweis-neu@example.org'],
        'the sent outcome mail took its address along',
      );
      const before = {
        subscriptions: await count('subscriptions'),
        sessions: await count('sessions'),
        mails: await count('mail_outbox'),
        clients: await count('sign_in_clients'),
      };
      assert.deepEqual(before, { subscriptions: 3, sessions: 3, mails: 4, clients: 3 });

      const result = await runCli(['housekeeping'], { DATABASE_URL: site.databaseUrl });
      assert.equal(result.code, 0, result.stderr);
      assert.equal(result.stdout.trim().split('\n').length, 1, result.stdout);
      assert.match(
        result.stdout,
        /^Housekeeping: deleted 2 unconfirmed subscriptions, 2 expired sessions, \d+ throttle counters, 3 mails, 2 sign-in clients; removed 1 suggester address\.\n$/,
      );

      assert.equal(await count('subscriptions'), 1, 'the fresh unconfirmed subscription stays');
      assert.equal(await count('sessions'), 1, 'the live session stays');
      assert.equal(await count('mail_outbox'), 1, 'the confirmation mail of today waits for mail to be turned on');
      assert.equal(await count('sign_in_clients'), 1);
      assert.deepEqual(await addresses(), ['hinweis-neu@example.org'], 'an address whose decision is a month old goes, mail or no mail');
      const throttles = await site.db.selectFrom('throttles').select('window_start').execute();
      assert.ok(
        throttles.length > 0 && throttles.every((row) => Date.parse(row.window_start) > Date.now() - DAY),
        "only today's counters stay",
      );

      const again = await runCli(['housekeeping'], { DATABASE_URL: site.databaseUrl });
      assert.equal(
        again.stdout,
        'Housekeeping: deleted 0 unconfirmed subscriptions, 0 expired sessions, 0 throttle counters, 0 mails, 0 sign-in clients; removed 0 suggester addresses.\n',
      );
    });

    test('serve does it on its own, also with mail off', { timeout: 60_000 }, async () => {
      await visitorsAt(new Date(Date.now() - 100 * DAY), 'serve', false);
      assert.equal(await count('subscriptions'), 2);
      await site.db.deleteFrom('settings').where('key', 'like', 'housekeeping%').execute();
      const child = spawn(process.execPath, [ENTRY, 'serve'], {
        env: { PATH: process.env.PATH ?? '', DATABASE_URL: site.databaseUrl, PORT: '0' },
      });
      try {
        const { log } = await untilListening(child);
        const deadline = Date.now() + 30_000;
        // The round logs what it deleted once it is done.
        while (!log().includes('"msg":"housekeeping"') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
        assert.match(log(), /"subscriptions":1.*"msg":"housekeeping"/);
        assert.equal(await count('subscriptions'), 1);
        assert.equal(await count('sessions'), 1);
      } finally {
        child.kill('SIGTERM');
        await new Promise((resolve) => child.once('exit', resolve));
      }
    });

    test('of several instances, one does each round', async () => {
      const other = await openStore(site.databaseUrl);
      try {
        await site.db.deleteFrom('settings').where('key', 'like', 'housekeeping%').execute();
        const at = new Date();
        const first = await Promise.all([runHousekeepingIfDue(site.db, at), runHousekeepingIfDue(other.db, at)]);
        assert.equal(first.filter((report) => report !== undefined).length, 1, 'exactly one of two at the same time');
        assert.equal(
          await runHousekeepingIfDue(other.db, new Date(at.getTime() + HOUSEKEEPING_INTERVAL_MS / 2)),
          undefined,
          'nobody again before the interval',
        );
        assert.ok(
          await runHousekeepingIfDue(other.db, new Date(at.getTime() + HOUSEKEEPING_INTERVAL_MS)),
          'the next round, on any instance',
        );
      } finally {
        await other.close();
      }
    });
  });
}

describe('housekeeping on the command line', () => {
  test('is in the usage', async () => {
    const help = await runCli(['--help'], {});
    assert.match(help.stdout, /koalitionstracker housekeeping {3}/);
  });
});
