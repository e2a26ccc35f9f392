// The English interface under /en: same pages, English strings and links, the agreement text as written.
// Tier: quick
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { metaContent } from './support/pages.ts';
import { testSite } from './support/site.ts';
import { CHAPTER, seedSite, today } from './support/site-fixture.ts';

describe('English interface', () => {
  const site = testSite('sqlite', { seed: seedSite, clock: () => today });

  const page = site.page;

  test('/en is the overview in English, linking English pages and the German counterpart', async () => {
    const overview = await page('/en');
    assert.equal(overview.lang, 'en');
    assert.equal(overview.find('#term-text').text, '50 % of the term has passed (day 731 of 1461)');
    assert.ok(overview.links.some((link) => link.href === '/en/kapitel/2-2-digitale-innovationen'));
    const german = overview.find('.language-switch a');
    assert.deepEqual([german.attr('href'), german.attr('hreflang'), german.attr('lang'), german.text], ['/', 'de', 'de', 'Deutsch']);
    assert.equal(metaContent(overview, 'og:locale'), 'en_GB');
    assert.ok(!overview.links.some((link) => link.href.startsWith('/kapitel/')), 'no link falls back to the German pages');
  });

  test('the German pages link their English counterparts', async () => {
    const pledge = await page('/vorhaben/verschluesselung');
    assert.equal(pledge.lang, 'de');
    const english = pledge.find('.language-switch a');
    assert.deepEqual(
      [english.attr('href'), english.attr('hreflang'), english.attr('lang'), english.text],
      ['/en/vorhaben/verschluesselung', 'en', 'en', 'English'],
    );
  });

  test('the language switch keeps the search and the filters', async () => {
    assert.equal((await page('/suche?q=Recht&typ=vorhaben')).find('a[hreflang="en"]').attr('href'), '/en/suche?q=Recht&typ=vorhaben');
    assert.equal((await page('/en/vorhaben?status=implemented')).find('a[hreflang="de"]').attr('href'), '/vorhaben?status=implemented');
  });

  test('a chapter keeps its text as written while the interface around it is English', async () => {
    const chapter = await page(`/en${CHAPTER}`);
    const quote = chapter.find('mark#zitat-verschluesselung');
    assert.equal(quote.text, 'Pledge, status “implemented”: Wir führen ein Recht auf Verschlüsselung ein.');
    assert.equal(quote.find('.visually-hidden').attr('lang'), 'en', 'the English label is marked as English');
    assert.equal(chapter.find('.chapter-text div[lang]').attr('lang'), 'de', 'the German text is marked as German');
    assert.equal(chapter.find('#pledges-heading').text, 'Pledges in this chapter');
    assert.ok(chapter.has('a[href="/en/vorhaben/verschluesselung"]'));
    assert.equal(chapter.find('.status-badge.status-implemented').text, 'implemented');
  });

  test('a pledge page shows English labels and dates', async () => {
    const pledge = await page('/en/vorhaben/verschluesselung');
    assert.equal(pledge.find('#history-heading').text, 'Status history');
    assert.ok(pledge.findAll('time[datetime="2023-03-15"]').every((time) => time.text === '15 Mar 2023'));
    assert.ok(pledge.has('a[href="/en/kapitel/2-2-digitale-innovationen#zitat-verschluesselung"]'));
  });

  test('an unknown English path gets the English 404 page', async () => {
    const missing = await page('/en/gibt-es-nicht', 404);
    assert.equal(missing.lang, 'en');
    assert.match(missing.find('h1').text, /Page not found/);
    assert.equal(missing.find('main').linkTo('To the overview'), '/en');
  });

  test("what the services report is said in the page's language: an unknown pledge on /en is named in English", async () => {
    assert.match((await page('/en/vorhaben/gibt-es-nicht', 404)).find('main').text, /Pledge “gibt-es-nicht” not found/);
    assert.match((await page('/vorhaben/gibt-es-nicht', 404)).find('main').text, /Vorhaben „gibt-es-nicht“ nicht gefunden/);
  });

  test('the back office stays German', async () => {
    const response = await site.app.request('/en/admin');
    assert.equal(response.status, 404);
  });
});
