// Issue 17's "done when", in headless Chromium: against the DIP stand-in, `discover` proposes the
// promulgated OZG-Änderungsgesetz (BT-Drs. 20/8093, BGBl. 2024 I Nr. 245) as implemented for the
// Vorhaben on the Onlinezugangsgesetz, and neither an unrelated law nor one passed before the term;
// an editor rejects a gazette entry with one key and confirms the law with another; the subscribers get
// the mail. axe finds no WCAG 2.1 A/AA violations on the queue, its error form and the sources page.
// Tier: full (Chromium, the DIP stand-in and SMTP on real ports)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createMailer } from '../src/mail/transport.ts';
import { createMailWorker } from '../src/services/subscriptions/worker.ts';
import { importAgreementFiles } from '../src/services/import-agreement.ts';
import { insertFeed } from '../src/store/evidence-sources.ts';
import { findPledgeBySlug } from '../src/store/pledges.ts';
import { confirmSubscriptions, requestSubscription } from '../src/store/subscriptions.ts';
import { createAccount, PASSWORD } from './support/admin-client.ts';
import { axeViolations, launchBrowser, newAxeContext, skipWithoutChromium } from './support/browser.ts';
import { runCli } from './support/cli.ts';
import { openTestStore, type TestStore } from './support/dialects.ts';
import { allRecords } from './support/dip-fixtures.ts';
import { DipStandIn, STAND_IN_KEY } from './support/dip-stand-in.ts';
import { BGBL_RSS, FeedServer } from './support/feed-server.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { SmtpCatcher } from './support/smtp-catcher.ts';

const DEMO = fileURLToPath(new URL('../data/demo', import.meta.url));
const BASE_URL = 'https://tracker.example.org';
const QUEUE = '/admin/vorhaben/weiterentwicklung-ozg/funde';

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

describe('evidence discovery, done when', { skip: skipWithoutChromium }, () => {
  let database: TestStore;
  let server: RunningServer;
  let browser: Browser;
  let email: string;
  const dip = new DipStandIn(allRecords());
  const feeds = new FeedServer();
  const smtp = new SmtpCatcher();
  const now = new Date('2025-04-01T10:00:00Z');

  before(async () => {
    database = await openTestStore('sqlite');
    const { db } = database.store;
    await importAgreementFiles(db, [DEMO], { now: new Date('2021-12-01T12:00:00Z') });
    await Promise.all([dip.start(), feeds.start(), smtp.start()]);
    feeds.feeds.set('/bgbl.rss', { body: BGBL_RSS, etag: '"1"' });
    await insertFeed(db, { url: `${feeds.url}/bgbl.rss`, title: 'Bundesgesetzblatt', createdBy: null }, now.toISOString());
    const pledge = (await findPledgeBySlug(db, 'weiterentwicklung-ozg'))!;
    const subscription = await requestSubscription(
      db,
      { email: 'leser@example.org', locale: 'de', scopeType: 'pledge', scopeId: pledge.id, frequency: 'immediate' },
      now.toISOString(),
    );
    await confirmSubscriptions(db, [subscription.id], now.toISOString());
    email = await createAccount(db, 'editor');
    server = await startServer(db, { clock: () => now }, { BASE_URL });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await Promise.all([dip.stop(), feeds.stop(), smtp.stop()]);
    await database?.close();
  });

  async function signInByKeyboard(context: BrowserContext, path: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${server.url}${path}`);
    for (let presses = 0; presses < 20 && (await focusedId(page)) !== 'email'; presses++) await page.keyboard.press('Tab');
    await page.keyboard.type(email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSWORD);
    await Promise.all([page.waitForURL(`${server.url}${path}`), page.keyboard.press('Enter')]);
    return page;
  }

  test('the promulgated OZG-Änderungsgesetz is proposed as implemented, confirmed with one key, and mailed', async () => {
    const run = await runCli(['discover', '--json'], { DATABASE_URL: database.url, DIP_API_URL: dip.url, DIP_API_KEY: STAND_IN_KEY });
    assert.equal(run.code, 0, run.stderr);
    const proposals = JSON.parse(run.stdout) as { pledge: string; status: string | null; title: string; source_url: string }[];
    const forOzg = proposals.filter((proposal) => proposal.pledge === 'weiterentwicklung-ozg');
    assert.deepEqual(
      forOzg.map((proposal) => [proposal.status, proposal.source_url.startsWith('https://dip.bundestag.de/vorgang/')]).sort(),
      [
        [null, false],
        ['implemented', true],
      ],
      'the law from the DIP, and its gazette entry from the feed',
    );
    assert.ok(
      !proposals.some((proposal) =>
        /Mindestlohn|Registermodernisierungsgesetz|Verbesserung des Onlinezugangs|Trinkwasser/.test(proposal.title),
      ),
      'no unrelated law, none from before the term',
    );

    const { db } = database.store;
    const rows = await db
      .selectFrom('evidence_proposals')
      .innerJoin('evidence_documents', 'evidence_documents.id', 'evidence_proposals.document_id')
      .select(['evidence_proposals.id', 'evidence_documents.kind'])
      .where('evidence_proposals.pledge_id', '=', (await findPledgeBySlug(db, 'weiterentwicklung-ozg'))!.id)
      .execute();
    const law = rows.find((row) => row.kind === 'dip-vorgang')!.id;
    const gazette = rows.find((row) => row.kind === 'feed-item')!.id;

    const context = await browser.newContext();
    const page = await signInByKeyboard(context, QUEUE);
    assert.equal(await page.isVisible('#tastenkuerzel'), true, 'the shortcuts are announced');
    await page.keyboard.press('j');
    assert.equal(await focusedId(page), `fund-${gazette}`, 'newest first; the gazette entry came after the law');
    await Promise.all([page.waitForURL(/erledigt=abgelehnt/), page.keyboard.press('r')]);
    await page.waitForLoadState('load');
    assert.equal(await focusedId(page), `fund-${law}`, 'the next proposal has the focus');
    assert.match((await page.textContent(`#fund-${law}`)) ?? '', /verkündet am 23\.07\.2024 \(BGBl\. 2024 I Nr\. 245\)/);
    assert.equal(await page.inputValue(`#f${law}-status_change`), 'implemented');
    await Promise.all([page.waitForURL(/erledigt=bestaetigt/), page.keyboard.press('a')]);
    await page.waitForLoadState('load');
    assert.match((await page.textContent('.flash')) ?? '', /Bestätigt: Die Entwicklung ist veröffentlicht\./);
    await context.close();

    assert.equal((await findPledgeBySlug(db, 'weiterentwicklung-ozg'))!.status, 'implemented');
    const worker = createMailWorker({
      db,
      mailer: createMailer(smtp.url, 'Koalitionstracker <noreply@example.org>', 2000),
      baseUrl: BASE_URL,
      clock: () => now,
    });
    await worker.runOnce();
    await worker.stop();
    const mails = smtp.to('leser@example.org');
    assert.equal(mails.length, 1);
    assert.match(
      mails[0]!.subject,
      /^Weiterentwicklung des Onlinezugangsgesetzes \(OZG\): Gesetz verkündet: Gesetz zur Änderung des Onlinezugangsgesetzes/,
    );
    const publicPage = await (await server.request('/vorhaben/weiterentwicklung-ozg')).text();
    assert.match(publicPage, /umgesetzt/);
    assert.match(publicPage, /BT-Drs\. 20\/8093/);
  });

  test('axe finds no violations on the queues, a form sent back and the sources page', async () => {
    const admin = await createAccount(database.store.db, 'admin');
    const context = await newAxeContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.url}/admin/login`);
    await page.fill('#email', admin);
    await page.fill('#password', PASSWORD);
    await Promise.all([page.waitForURL(`${server.url}/admin`), page.click('form button[type="submit"]')]);
    for (const path of ['/admin', '/admin/funde', QUEUE, '/admin/vorhaben/dateninstitut/funde', '/admin/quellen']) {
      await page.goto(`${server.url}${path}`);
      assert.deepEqual(await axeViolations(page), [], `${path}: ${JSON.stringify(await axeViolations(page), null, 2)}`);
    }
    await page.goto(`${server.url}/admin/funde`);
    const title = page.locator('form[data-action="accept"] input[name="title"]').first();
    await title.fill('');
    await title.evaluate((input) => input.removeAttribute('required'));
    await Promise.all([
      page.waitForEvent('framenavigated'),
      page.locator('form[data-action="accept"] button[type="submit"]').first().click(),
    ]);
    await page.waitForLoadState('load');
    assert.match(await page.content(), /Bitte korrigieren/);
    assert.deepEqual(await axeViolations(page), [], 'a confirmation sent back');
    await page.goto(`${server.url}/admin/quellen`);
    await page.fill('#url', 'kein-link');
    await page.evaluate(() => document.querySelector('#url')!.setAttribute('type', 'text'));
    await page.fill('#title', 'x');
    await Promise.all([page.waitForEvent('framenavigated'), page.click('form.stacked-form button[type="submit"]')]);
    await page.waitForLoadState('load');
    assert.match(await page.content(), /Bitte korrigieren/);
    assert.deepEqual(await axeViolations(page), [], 'a feed form sent back');
    await context.close();
  });
});
