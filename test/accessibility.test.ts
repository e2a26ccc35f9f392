// axe-core in headless Chromium: no WCAG 2.1 A/AA violations on any public page type (an archived
// government's too); keyboard use.
// Tier: full (Chromium)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { findPledgeBySlug } from '../src/store/pledges.ts';
import { insertSuggestion } from '../src/store/suggestions.ts';
import { listDevelopmentsOfPledge } from '../src/store/developments.ts';
import { signedIn } from './support/admin-client.ts';
import { ARCHIVED_CHAPTER, ARCHIVED_PLEDGE, siteWithArchive } from './support/archive-fixture.ts';
import { axeViolations, launchBrowser, newAxeContext, skipWithoutChromium } from './support/browser.ts';
import { CHAPTER, today } from './support/site-fixture.ts';

const PAGES = [
  '/',
  CHAPTER,
  '/kapitel/1-praeambel',
  '/vorhaben',
  '/vorhaben?status=implemented&status=not_started&thema=it-sicherheit&sortierung=frist&bewertung=9',
  '/statistik',
  '/en/statistik',
  '/vorhaben/verschluesselung',
  '/vorhaben/dateninstitut',
  '/daten',
  '/en/daten',
  '/methode',
  '/en/method',
  '/gibt-es-nicht',
  '/en',
  `/en${CHAPTER}`,
  '/en/vorhaben/verschluesselung',
  '/suche',
  '/suche?q=Verschl%C3%BCsselung',
  '/en/suche?q=Recht',
  '/suche?q=Verschl%C3%BCsselung&status=implemented&thema=it-sicherheit',
  '/en/suche?q=Verschl%C3%BCsselung&kapitel=2-2-digitale-innovationen',
  '/themen',
  '/thema/it-sicherheit',
  '/en/thema/it-sicherheit',
  '/ministerien',
  '/en/ministerien',
  '/ministerium/bundesministerium-des-innern',
  // An archived government's pages, with the archive notice in place of the forms.
  '/?vertrag=kv-2018',
  `/kapitel/${ARCHIVED_CHAPTER}`,
  `/en/kapitel/${ARCHIVED_CHAPTER}`,
  `/vorhaben/${ARCHIVED_PLEDGE}`,
  `/en/vorhaben/${ARCHIVED_PLEDGE}`,
  `/vorhaben/${ARCHIVED_PLEDGE}/hinweis`,
  // Every government and agreement, and an agreement's pages by their own address.
  '/vertraege',
  '/en/vertraege',
  '/vertrag/kv-2018',
  '/en/vertrag/kv-2018/vorhaben',
  '/vertrag/kv-2018/statistik',
  '/vertrag/kv-2018/themen',
  '/vertrag/kv-2018/thema/wirtschaft',
];

/** E-mail subscriptions and the suggestion form on their own pages (the boxes sit on the pledge and chapter pages). */
const FORM_PAGES = [
  '/abo',
  '/en/abo',
  '/abo?vorhaben=verschluesselung',
  '/abo?kapitel=2-2-digitale-innovationen',
  '/abo/gesendet',
  '/vorhaben/verschluesselung/hinweis',
  '/en/vorhaben/verschluesselung/hinweis',
];

describe('accessibility', { skip: skipWithoutChromium }, () => {
  const { site, ids: archive } = siteWithArchive('sqlite', { http: true });
  let browser: Browser;
  let axeContext: BrowserContext;
  let axePage: Page;

  before(async () => {
    browser = await launchBrowser();
    axeContext = await newAxeContext(browser);
    axePage = await axeContext.newPage();
  });
  after(async () => {
    await axeContext?.close();
    await browser?.close();
  });

  for (const path of [...PAGES, ...FORM_PAGES]) {
    test(`axe finds no WCAG 2.1 A/AA violations on ${path}`, async () => {
      const requests: string[] = [];
      const onRequest = (request: { url(): string }) => requests.push(request.url());
      axePage.on('request', onRequest);
      await axePage.goto(`${site.app.url}${path}`);
      const violations = await axeViolations(axePage);
      axePage.off('request', onRequest);
      assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
      assert.deepEqual(
        requests.filter((url) => !url.startsWith(site.app.url)),
        [],
        'no requests to other origins',
      );
    });
  }

  test('axe finds no violations on the back-office pages either', { timeout: 180_000 }, async () => {
    const admin = await signedIn(site.app, site.db, 'admin');
    const pledge = (await findPledgeBySlug(site.db, 'verschluesselung'))!;
    const suggestion = await insertSuggestion(
      site.db,
      { pledgeId: pledge.id, text: 'Ein Hinweis auf ein Gesetz.', sourceUrl: 'https://example.org/x', email: null },
      today.toISOString(),
    );
    const developmentId = (await listDevelopmentsOfPledge(site.db, pledge.id))[0]!.id;
    const context = await newAxeContext(browser);
    await context.addCookies([{ name: 'kt_session', value: admin.cookie('kt_session')!, url: site.app.url }]);
    const page = await context.newPage();
    const paths = [
      '/admin',
      '/admin/vorhaben',
      '/admin/vorhaben/verschluesselung',
      '/admin/vorhaben/verschluesselung/entwicklungen/neu',
      `/admin/entwicklungen/${developmentId}`,
      '/admin/kapitel/2-2-digitale-innovationen/vorschlaege',
      '/admin/hinweise',
      `/admin/hinweise/${suggestion}`,
      '/admin/protokoll',
      '/admin/konten',
      '/admin/regierungen',
      '/admin/passwort',
      CHAPTER,
      '/admin/funde',
      '/admin/vorhaben/verschluesselung/funde',
      '/admin/quellen',
      `/admin/vorhaben/${ARCHIVED_PLEDGE}`,
      `/admin/entwicklungen/${archive.draftDevelopment}`,
      `/admin/kapitel/${ARCHIVED_CHAPTER}/vorschlaege`,
      `/admin/hinweise/${archive.suggestion}`,
    ];
    for (const path of paths) {
      await page.goto(`${site.app.url}${path}`);
      const violations = await axeViolations(page);
      assert.deepEqual(violations, [], `${path}: ${JSON.stringify(violations, null, 2)}`);
    }
    await page.goto(`${site.app.url}/admin/vorhaben/verschluesselung`);
    await page.fill('#title', '');
    await page.fill('#deadline', '');
    await page.evaluate(() => (document.querySelector('#title') as HTMLInputElement).removeAttribute('required'));
    await Promise.all([page.waitForEvent('framenavigated'), page.click('form.stacked-form button[type="submit"]')]);
    await page.waitForLoadState('load');
    assert.match(await page.content(), /Bitte korrigieren/);
    assert.deepEqual(await axeViolations(page), [], 'a form with errors');
    const anonymous = await newAxeContext(browser);
    const login = await anonymous.newPage();
    await login.goto(`${site.app.url}/admin/login`);
    assert.deepEqual(await axeViolations(login), [], 'the login form');
    await anonymous.close();
    await context.close();
  });

  test('the check itself finds violations where there are some', async () => {
    const context = await newAxeContext(browser);
    const page = await context.newPage();
    await page.setContent('<html><body><img src="data:,"><a href="/"></a></body></html>');
    const ids = (await axeViolations(page)).map((violation) => violation.id).sort();
    assert.deepEqual(ids, ['document-title', 'html-has-lang', 'image-alt', 'link-name']);
    await context.close();
  });

  test('the first Tab reaches the skip link, which moves focus to the content', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.app.url}${CHAPTER}`);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Zum Inhalt springen');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    assert.notEqual(outline, 'none', 'focus is visible');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'inhalt');
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href'));
    assert.equal(next, '/', 'the next Tab continues inside the content');
    await page.close();
  });

  test('a highlighted quote is a keyboard-reachable link to its Vorhaben', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.app.url}${CHAPTER}`);
    await page.focus('mark#zitat-verschluesselung a');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/vorhaben\/verschluesselung$/);
    assert.equal(await page.textContent('h1'), 'Recht auf Verschlüsselung');
    await page.close();
  });
});
