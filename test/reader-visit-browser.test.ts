// A reader's visit in headless Chromium: the status colours of quotes in the chapter text, the visible feed
// and follow links, filtering search hits, the method page behind a status badge, the FOI link; and the
// layout at 1280 and 390 px (the list's last column shows, phones never scroll sideways, a compact header);
// and following by e-mail, with a real SMTP server on loopback: subscribe, confirm from the mail, and a
// notification that names the new status and the sources and leads to the development.
// Tier: full (Chromium)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { createMailer } from '../src/mail/transport.ts';
import { rebuildSearchIndex } from '../src/services/search-index.ts';
import { createMailWorker } from '../src/services/subscriptions/worker.ts';
import { signedIn } from './support/admin-client.ts';
import { launchBrowser, skipWithoutChromium } from './support/browser.ts';
import { testSite } from './support/site.ts';
import { CHAPTER, seedSite, today } from './support/site-fixture.ts';
import { linkPath, SmtpCatcher } from './support/smtp-catcher.ts';

describe("a reader's visit", { skip: skipWithoutChromium }, () => {
  const site = testSite('sqlite', { seed: seedSite, clock: () => today, http: true });
  let browser: Browser;
  let page: Page;

  before(async () => {
    await rebuildSearchIndex(site.db);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  });
  after(async () => {
    await browser?.close();
  });

  const open = async (path: string) => {
    const response = await page.goto(`${site.app.url}${path}`);
    assert.equal(response?.status(), 200, path);
  };
  const background = (selector: string) => page.$eval(selector, (element) => getComputedStyle(element).backgroundColor);

  test('quotes in the chapter text are tinted by status, and the legend shows the same colours', async () => {
    await open(CHAPTER);
    const implemented = await background('mark#zitat-verschluesselung');
    const notStarted = await background('mark#zitat-dateninstitut');
    assert.notEqual(implemented, notStarted);
    assert.equal(await background('.quote-legend .quote-swatch.quote-implemented'), implemented);
  });

  test("the page's feed is visible, and its follow link opens the form with the Vorhaben chosen", async () => {
    await open('/vorhaben/verschluesselung');
    assert.ok(await page.isVisible('.page-feeds a[type="application/atom+xml"]'));
    await page.click('.page-feeds a.follow-link');
    assert.equal(new URL(page.url()).pathname + new URL(page.url()).search, '/abo?vorhaben=verschluesselung');
    assert.equal(await page.$eval('#scope', (select) => (select as HTMLSelectElement).value), 'pledge:verschluesselung');
  });

  test('search hits are narrowed by ticking a status and applying the filters', async () => {
    await open('/suche?q=Verschl%C3%BCsselung');
    const before = await page.$$eval('li.search-result', (items) => items.length);
    await page.check('.search-filters input[name="status"][value="implemented"]');
    await page.click('.search-filters button[type="submit"]');
    assert.equal(new URL(page.url()).searchParams.get('status'), 'implemented');
    const kinds = await page.$$eval('li.search-result .search-result-kind', (items) =>
      items.map((item) => item.textContent!.split(' · ')[0]),
    );
    assert.ok(kinds.length > 0 && kinds.length < before, `${kinds.length} of ${before}`);
    assert.ok(
      kinds.every((kind) => kind === 'Vorhaben' || kind === 'Entwicklung'),
      kinds.join(),
    );
  });

  test('a status badge leads to its explanation on the method page', async () => {
    await open('/vorhaben/verschluesselung');
    await page.click('main > p .status-badge');
    assert.equal(new URL(page.url()).pathname + new URL(page.url()).hash, '/methode#status-implemented');
    assert.ok(await page.isVisible('tr#status-implemented'));
  });

  test('the FOI link addresses the lead ministry on FragDenStaat', async () => {
    await open('/vorhaben/verschluesselung');
    const href = await page.getAttribute('.foi-link a', 'href');
    assert.ok(href?.startsWith('https://fragdenstaat.de/anfrage-stellen/an/bundesministerium-des-innern/?subject='), href ?? 'no link');
  });

  test("at 1280 px the list's table shows its last column without scrolling", async () => {
    await open('/vorhaben');
    const box = await page.$eval('.list-results .table-scroll', (element) => ({
      scroll: element.scrollWidth,
      client: element.clientWidth,
    }));
    assert.ok(box.scroll <= box.client, `table ${box.scroll} px in a box of ${box.client} px`);
  });

  for (const path of [
    '/',
    CHAPTER,
    '/vorhaben',
    '/vorhaben/verschluesselung',
    '/suche?q=Verschl%C3%BCsselung',
    '/methode',
    '/en/vorhaben/verschluesselung',
  ]) {
    test(`at 390 px ${path} does not scroll sideways and its header takes at most a quarter of the screen`, async () => {
      const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
      try {
        await phone.goto(`${site.app.url}${path}`);
        const { scrollWidth, header } = await phone.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          header: document.querySelector('header.site-header')!.getBoundingClientRect().height,
        }));
        assert.ok(scrollWidth <= 390, `${scrollWidth} px wide`);
        assert.ok(header <= 844 / 4, `header ${header} px`);
      } finally {
        await phone.close();
      }
    });
  }

  test('following by e-mail: the form, the confirmation link from the mail, a notification naming status and sources that leads to the development', async () => {
    const smtp = new SmtpCatcher();
    await smtp.start();
    const worker = createMailWorker({
      db: site.db,
      mailer: createMailer(smtp.url, 'Koalitionstracker <noreply@example.org>', 2000),
      baseUrl: site.app.url,
      clock: () => today,
    });
    try {
      const email = 'leser@example.org';
      await open('/abo?vorhaben=dateninstitut');
      await page.fill('#email', email);
      await page.click('form.stacked-form button[type="submit"]');
      assert.equal(new URL(page.url()).pathname, '/abo/gesendet');
      await worker.runOnce();
      const [confirmation] = smtp.to(email);
      assert.match(confirmation!.subject, /Abo für das Vorhaben „Dateninstitut/);
      await open(linkPath(confirmation!.text, '/abo/bestaetigen/'));
      await page.click('main form button[type="submit"]');
      assert.match((await page.textContent('main')) ?? '', /Ihr Abo ist bestätigt/);

      const editor = await signedIn(site.app, site.db, 'editor');
      const published = await editor.post('/admin/vorhaben/dateninstitut/entwicklungen', {
        event_date: '2024-05-02',
        title: 'Gründungserlass unterzeichnet',
        body: 'Das Institut nimmt die Arbeit auf.',
        status_change: 'in_progress',
        rating_change: '',
        source_url: 'https://example.org/erlass',
        source_title: 'Gründungserlass',
        source_publisher: 'BMBF',
        source_date: '',
        aktion: 'veroeffentlichen',
      });
      assert.equal(published.status, 303);
      await worker.runOnce();
      const notification = smtp.to(email).at(-1)!;
      assert.notEqual(notification, confirmation);
      assert.match(notification.text, /Neuer Status: begonnen/);
      assert.match(notification.text, /Gründungserlass[^\n]*\n?[^\n]*https:\/\/example\.org\/erlass/);
      const anchor = /\/vorhaben\/dateninstitut#(entwicklung-\d+)/.exec(notification.text);
      assert.ok(anchor, notification.text);
      await open(`/vorhaben/dateninstitut#${anchor[1]}`);
      assert.match((await page.textContent(`#${anchor[1]}`)) ?? '', /Gründungserlass unterzeichnet/);
    } finally {
      await worker.stop();
      await smtp.stop();
    }
  });
});
