// On English pages what editors wrote (titles, quotes, developments, chapter names) is German and says so
// with lang="de", while the interface around it is English; German pages need no such marks. The header's
// search box shows a placeholder next to its label for screen readers.
// Tier: quick
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { importAgreementFiles } from '../src/services/import-agreement.ts';
import { rebuildSearchIndex } from '../src/services/search-index.ts';
import { chapterText, temporaryFolder, writeChapterFolder } from './support/chapter-file.ts';
import { testSite } from './support/site.ts';
import { seedSite, today } from './support/site-fixture.ts';

describe('the language of content on English pages', () => {
  const site = testSite('sqlite', { seed: seedSite, clock: () => today });
  before(() => rebuildSearchIndex(site.db));

  test('a pledge page marks its title, quote, criterion, chapter and developments as German', async () => {
    const page = await site.page('/en/vorhaben/verschluesselung');
    assert.equal(page.lang, 'en');
    assert.equal(page.find('h1').attr('lang'), 'de');
    assert.equal(page.find('blockquote.quote').attr('lang'), 'de');
    assert.equal(page.find('.breadcrumb a').attr('lang'), 'de');
    const timeline = page.findAll('ol.timeline h3');
    assert.ok(timeline.length > 0);
    assert.ok(timeline.every((title) => title.attr('lang') === 'de'));
    assert.equal(page.find('#facts-heading').attr('lang'), undefined, 'the interface stays English');
  });

  test('the list, the overview and search results mark titles and chapters as German', async () => {
    const list = await site.page('/en/vorhaben');
    assert.ok(list.findAll('.pledge-table tbody td[lang="de"]').length >= 2);
    const overview = await site.page('/en');
    assert.ok(overview.findAll('table a[lang="de"]').length > 0, 'the chapter names');
    const search = await site.page('/en/suche?q=Verschl%C3%BCsselung');
    assert.ok(search.findAll('li.search-result h2').every((title) => title.attr('lang') === 'de'));
  });

  // With a report it is a development to read (an import without one is an automatic entry, not shown).
  test('the development an import writes is titled in the page language', async () => {
    const folder = writeChapterFolder(
      {
        'importiert.md': chapterText({
          title: '3. Importiert',
          statements: [
            {
              summary: 'Importiertes Vorhaben',
              id: 'importiert',
              status: 'implemented',
              lastUpdate: '2022-02-01',
              reports: [{ title: 'Bericht', url: 'https://example.org/bericht' }],
            },
          ],
        }),
      },
      temporaryFolder('kv-importiert'),
    );
    await importAgreementFiles(site.db, [folder], { now: today });
    assert.equal((await site.page('/vorhaben/importiert')).find('ol.timeline h3').text, 'Stand aus importiert.md übernommen');
    const english = (await site.page('/en/vorhaben/importiert')).find('ol.timeline h3');
    assert.equal(english.text, 'State taken over from importiert.md');
    assert.equal(english.attr('lang'), undefined);
  });

  test('German pages carry no lang marks inside', async () => {
    const page = await site.page('/vorhaben/verschluesselung');
    assert.equal(page.lang, 'de');
    assert.equal(page.findAll('main [lang]').length, 0);
  });

  test('the search box in the header has a placeholder in the page language', async () => {
    assert.equal((await site.page('/')).find('#site-search-query').attr('placeholder'), 'Suchbegriff …');
    assert.equal((await site.page('/en')).find('#site-search-query').attr('placeholder'), 'Search term …');
  });
});
