// E-mail subscriptions at size: a development fanned out to more addresses than one chunk, twice at once
// and after a crashed run, still one mail per address; a worker with a backlog sends it without
// waiting for its next interval, over a real SMTP server on loopback.
// Tier: full (load: more addresses than one chunk)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createMailer } from '../src/mail/transport.ts';
import { processMailEvents } from '../src/services/subscriptions/fan-out.ts';
import { noteDevelopmentChange } from '../src/services/subscriptions/notify.ts';
import { createMailWorker } from '../src/services/subscriptions/worker.ts';
import { enqueueMail } from '../src/store/outbox.ts';
import { findPledgeBySlug } from '../src/store/pledges.ts';
import type { SubscriptionScope } from '../src/store/schema-mail.ts';
import { confirmSubscriptions, requestSubscription } from '../src/store/subscriptions.ts';
import { insertDevelopment } from '../src/store/developments.ts';
import { DIALECTS } from './support/dialects.ts';
import { testSite } from './support/site.ts';
import { seedSite, today } from './support/site-fixture.ts';
import { SmtpCatcher } from './support/smtp-catcher.ts';

const BASE_URL = 'https://tracker.example.org';
/** More than the 1,000 addresses the fan-out takes per transaction. */
const ADDRESSES = 1_100;
const DAILY = 40;
/** More than the 200 mails a worker claims per round. */
const BACKLOG = 250;

for (const dialect of DIALECTS) {
  describe(`e-mail subscriptions at size (${dialect})`, () => {
    const site = testSite(dialect, { seed: seedSite });
    let smtp: SmtpCatcher;
    const stamp = today.toISOString();

    before(async () => {
      smtp = new SmtpCatcher();
      await smtp.start();
    });
    after(async () => {
      await smtp.stop();
    });

    test('a development reaches each of 1,100 addresses once, with two workers at once and after a crashed run', async () => {
      const pledge = (await findPledgeBySlug(site.db, 'verschluesselung'))!;
      const scopes: { type: SubscriptionScope; id: number }[] = [
        { type: 'all', id: 0 },
        { type: 'pledge', id: pledge.id },
        { type: 'chapter', id: pledge.chapter_id },
      ];
      await site.db.transaction().execute(async (trx) => {
        const ids: number[] = [];
        for (let index = 0; index < ADDRESSES + DAILY; index += 1) {
          const frequency = index < ADDRESSES ? 'immediate' : 'daily';
          const email = `leser-${String(index).padStart(4, '0')}@example.org`;
          // Every tenth follows both everything and the pledge: still one mail.
          for (const scope of index % 10 === 0 ? scopes.slice(0, 2) : [scopes[index % 3]!]) {
            ids.push(
              (await requestSubscription(trx, { email, locale: 'de', scopeType: scope.type, scopeId: scope.id, frequency }, stamp)).id,
            );
          }
        }
        await confirmSubscriptions(trx, ids, stamp);
      });
      const developmentId = await insertDevelopment(
        site.db,
        {
          pledgeId: pledge.id,
          eventDate: '2023-12-01',
          publishedAt: stamp,
          title: 'Kabinettsbeschluss',
          body: 'Beschlossen.',
          statusChange: null,
          ratingChange: null,
          origin: 'editor',
          sources: [],
        },
        stamp,
      );
      await noteDevelopmentChange(site.db, developmentId, stamp);
      // An earlier run crashed after queuing the first address's mail.
      await enqueueMail(
        site.db,
        {
          dedupKey: `update:${developmentId}:leser-0000@example.org`,
          recipient: 'leser-0000@example.org',
          subject: 'früher',
          body: 'früher',
          headers: {},
          unsubscribeHash: 'aus-dem-abgestuerzten-lauf',
        },
        stamp,
      );

      const handled = await Promise.all([
        processMailEvents(site.db, { baseUrl: BASE_URL }, today),
        processMailEvents(site.db, { baseUrl: BASE_URL }, today),
      ]);
      assert.equal(handled[0] + handled[1], 1, 'one worker marks the event handled');
      const mails = await site.db
        .selectFrom('mail_outbox')
        .select(['recipient', 'subject', 'unsubscribe_hash'])
        .where('dedup_key', 'like', `update:${developmentId}:%`)
        .execute();
      assert.equal(mails.length, ADDRESSES);
      assert.equal(new Set(mails.map((mail) => mail.recipient)).size, ADDRESSES, 'one mail per address');
      assert.equal(mails.find((mail) => mail.recipient === 'leser-0000@example.org')!.subject, 'früher', 'the crashed run’s mail stands');
      const tokens = new Set(
        (await site.db.selectFrom('subscription_tokens').select('token_hash').where('purpose', '=', 'unsubscribe').execute()).map(
          (row) => row.token_hash,
        ),
      );
      const fresh = mails.filter((mail) => mail.recipient !== 'leser-0000@example.org');
      assert.ok(
        fresh.every((mail) => tokens.has(mail.unsubscribe_hash!)),
        'every new mail can unsubscribe',
      );
      assert.equal(tokens.size, fresh.length, 'no secret without its mail');
      const digest = await site.db.selectFrom('digest_items').select('subscription_id').where('update_id', '=', developmentId).execute();
      const daily = await site.db.selectFrom('subscriptions').select('id').where('frequency', '=', 'daily').execute();
      assert.equal(digest.length, daily.length, 'each daily subscription gets its digest entry');

      assert.equal(await processMailEvents(site.db, { baseUrl: BASE_URL }, today), 0, 'handled once');
    });

    test('a worker with a backlog sends it round after round without waiting for its interval', async () => {
      await site.db.updateTable('mail_outbox').set({ status: 'cancelled' }).execute();
      for (let index = 0; index < BACKLOG; index += 1) {
        await enqueueMail(
          site.db,
          {
            dedupKey: `test:backlog-${index}`,
            recipient: 'stapel@example.org',
            subject: `Nr. ${index}`,
            body: 'Text',
            headers: {},
            unsubscribeHash: null,
          },
          stamp,
        );
      }
      const worker = createMailWorker({
        db: site.db,
        mailer: createMailer(smtp.url, 'Koalitionstracker <noreply@example.org>', 2000),
        baseUrl: BASE_URL,
        clock: () => today,
        intervalMs: 3_600_000,
      });
      worker.start();
      const deadline = Date.now() + 30_000;
      while (smtp.to('stapel@example.org').length < BACKLOG && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 50));
      await worker.stop();
      const subjects = smtp.to('stapel@example.org').map((mail) => mail.subject);
      assert.equal(subjects.length, BACKLOG);
      assert.equal(new Set(subjects).size, BACKLOG, 'none twice');
      const pending = await site.db.selectFrom('mail_outbox').select('id').where('status', '=', 'pending').execute();
      assert.equal(pending.length, 0);
    });
  });
}
