// Each agreement's pages by a plain path, /vertrag/SLUG/…, in-process on both dialects: the same
// pages `?vertrag=SLUG` chooses (which keeps working), links that stay in the agreement, and /vertraege,
// the list of every government with its agreements, archived ones marked.
// Tier: quick
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { ARCHIVED_CHAPTER, ARCHIVED_PLEDGE, siteWithArchive } from './support/archive-fixture.ts';
import { DIALECTS } from './support/dialects.ts';
import type { Tag } from './support/html.ts';
import { CHAPTER } from './support/site-fixture.ts';

const ARCHIVED = '/vertrag/kv-2018';
const ARCHIVED_PAGES = ['', '/vorhaben', '/statistik', '/themen', '/thema/wirtschaft', '/ministerien'];

/** The internal links of a page, navigation included. */
function links(page: Tag): string[] {
  return page.findAll('[href^="/"]').map((element) => element.attr('href')!);
}

/** A page's main content, without its header and footer. */
function main(page: Tag): string {
  return page.find('main').toString();
}

for (const dialect of DIALECTS) {
  describe(`agreement pages by path (${dialect})`, () => {
    const { site } = siteWithArchive(dialect);

    const page = site.page;

    test('/vertrag/SLUG/… shows that agreement’s overview, list, statistics, topics and ministries, as ?vertrag= does', async () => {
      for (const path of ARCHIVED_PAGES) {
        const shown = await page(`${ARCHIVED}${path}`);
        assert.ok(
          shown.text.includes('Ein neuer Aufbruch für Europa') || shown.text.includes('Bürokratie abbauen'),
          `${path}: the archived agreement`,
        );
        assert.ok(
          !shown.text.includes('Recht auf Verschlüsselung') && shown.find('h1').text !== 'Mehr Fortschritt wagen',
          `${path}: nothing of the other agreement`,
        );
      }
      const byQuery = await page('/vorhaben?vertrag=kv-2018');
      const byPath = await page(`${ARCHIVED}/vorhaben`);
      assert.equal(main(byQuery), main(byPath), 'the older form shows the same list');
      assert.equal((await page('/vertrag/kv-2021')).find('h1').text, 'Mehr Fortschritt wagen');
    });

    test('an archived agreement’s pages say so and link only to its own pages, in German and English', async () => {
      for (const prefix of ['', '/en']) {
        const overview = await page(`${prefix}${ARCHIVED}`);
        assert.ok(overview.has('.archive-notice'), `${prefix}: the archive notice`);
        assert.equal(
          overview.find('header nav a[aria-current="page"]').attr('href'),
          `${prefix}${ARCHIVED}`,
          `${prefix}: the navigation stays in the agreement`,
        );
        for (const path of ['/vorhaben', '/statistik', '/themen', '/ministerien'])
          assert.ok(links(overview).includes(`${prefix}${ARCHIVED}${path}`), `${prefix}: ${path}`);
        const pledge = await page(`${prefix}/vorhaben/${ARCHIVED_PLEDGE}`);
        assert.ok(
          links(pledge).includes(`${prefix}${ARCHIVED}/thema/wirtschaft`),
          `${prefix}: the Vorhaben links its agreement’s topic page`,
        );
        const chapter = await page(`${prefix}/kapitel/${ARCHIVED_CHAPTER}`);
        assert.ok(
          chapter.find('.breadcrumb').links.some((link) => link.href === `${prefix}${ARCHIVED}`),
          `${prefix}: the chapter’s breadcrumb leads to its agreement`,
        );
        const topic = await page(`${prefix}${ARCHIVED}/thema/wirtschaft`);
        assert.ok(links(topic).includes(`${prefix}${ARCHIVED}/vorhaben?thema=wirtschaft`), `${prefix}: the topic’s list`);
        assert.ok(links(topic).includes(`${prefix}${ARCHIVED}/themen`), `${prefix}: the topic index`);
        const list = await page(`${prefix}${ARCHIVED}/vorhaben?status=in_progress`);
        assert.equal(list.find('form.pledge-filters').attr('action'), `${prefix}${ARCHIVED}/vorhaben`);
        assert.ok(!list.has('[name="vertrag"]'), `${prefix}: the path names the agreement, no hidden field`);
        for (const html of [overview, pledge, chapter, topic, list]) {
          assert.deepEqual(
            links(html).filter((link) => /[?&]vertrag=/.test(link)),
            [],
            'no link chooses the agreement by query',
          );
        }
      }
    });

    test('the older ?vertrag= form keeps working and links to the agreement’s own paths', async () => {
      const html = await page('/?vertrag=kv-2018');
      assert.equal(html.find('h1').text, 'Ein neuer Aufbruch für Europa');
      assert.ok(links(html).includes(`${ARCHIVED}/statistik`));
      assert.ok((await page('/themen?vertrag=kv-2018')).find('main').links.some((link) => link.text === 'Wirtschaft'));
    });

    test('the agreement shown by default keeps its short paths, and by its own address links on by it', async () => {
      const overview = await page('/');
      for (const path of ['/vorhaben', '/statistik', '/themen', '/ministerien']) assert.ok(links(overview).includes(path), path);
      assert.ok(links(await page('/vorhaben/verschluesselung')).includes('/thema/it-sicherheit'));
      assert.ok((await page(CHAPTER)).find('.breadcrumb').has('a[href="/"]'));
      const byName = await page('/vertrag/kv-2021');
      assert.equal(
        main(byName).replaceAll('/vertrag/kv-2021/', '/'),
        main(overview),
        'the same overview, its links by the agreement’s name',
      );
      for (const path of ['/vorhaben', '/statistik', '/themen', '/ministerien'])
        assert.ok(links(byName).includes(`/vertrag/kv-2021${path}`), path);
      assert.ok((await page('/vertrag/kv-2021/vorhaben')).has('form[method="get"][action="/vertrag/kv-2021/vorhaben"]'));
    });

    test('the overview lists the other agreements by their own address, an archived one marked', async () => {
      const others = async (path: string) => (await page(path)).find('section[aria-labelledby="others-heading"]');
      const fromDefault = await others('/');
      const archived = fromDefault.findByText('li', 'Ein neuer Aufbruch für Europa');
      assert.equal(archived.text, 'Ein neuer Aufbruch für Europa (Bundesregierung 2018–2021, Archiv: wird nicht mehr aktualisiert)');
      assert.equal(archived.linkTo('Ein neuer Aufbruch für Europa'), '/vertrag/kv-2018');
      assert.equal(archived.find('strong').text, 'Archiv: wird nicht mehr aktualisiert');
      assert.equal(fromDefault.linkTo('Alle Regierungen und Koalitionsverträge'), '/vertraege');
      const fromArchived = (await others(ARCHIVED)).findByText('li', 'Mehr Fortschritt wagen');
      assert.equal(fromArchived.text, 'Mehr Fortschritt wagen (Bundesregierung 2021–2025)');
      assert.equal(fromArchived.linkTo('Mehr Fortschritt wagen'), '/vertrag/kv-2021');
      const english = (await others('/en')).findByText('li', 'Ein neuer Aufbruch für Europa');
      assert.equal(english.text, 'Ein neuer Aufbruch für Europa (Bundesregierung 2018–2021, Archive: no longer updated)');
      assert.equal(english.linkTo('Ein neuer Aufbruch für Europa'), '/en/vertrag/kv-2018');
    });

    test('/vertraege lists every government with parties, term and agreements, archived ones marked, in German and English', async () => {
      const html = await page('/vertraege');
      assert.equal(html.find('h1').text, 'Regierungen und Koalitionsverträge');
      const rows = html.find('main table').rows.slice(1);
      assert.deepEqual(
        rows.map((row) => row[0]),
        ['Bundesregierung 2021–2025', 'Bundesregierung 2018–2021'],
        'the latest term first',
      );
      const archived = html.findByText('main tbody tr', 'Bundesregierung 2018–2021');
      assert.deepEqual(archived.texts('td').slice(0, 2), ['CDU, CSU, SPD', '14.3.2018 – 8.12.2021']);
      assert.deepEqual(
        archived.findAll('time').map((time) => time.attr('datetime')),
        ['2018-03-14', '2021-12-08'],
      );
      assert.equal(archived.linkTo('Ein neuer Aufbruch für Europa'), '/vertrag/kv-2018');
      assert.equal(archived.find('strong').text, 'Archiv: wird nicht mehr aktualisiert');
      const active = html.findByText('main tbody tr', 'Bundesregierung 2021–2025');
      assert.equal(active.linkTo('Mehr Fortschritt wagen'), '/vertrag/kv-2021');
      assert.equal(active.texts('td').at(-1), 'wird aktualisiert');
      const english = await page('/en/vertraege');
      assert.equal(english.find('h1').text, 'Governments and coalition agreements');
      const englishRow = english.findByText('main tbody tr', 'Bundesregierung 2018–2021');
      assert.equal(englishRow.linkTo('Ein neuer Aufbruch für Europa'), '/en/vertrag/kv-2018');
      assert.equal(englishRow.find('strong').text, 'Archive: no longer updated');
      const response = await site.app.request('/vertraege');
      assert.match(response.headers.get('content-security-policy') ?? '', /default-src/);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    });

    test('unknown agreements and pages under them are 404; nothing unpublished shows', async () => {
      for (const path of [
        '/vertrag/gibt-es-nicht',
        '/vertrag/gibt-es-nicht/vorhaben',
        '/en/vertrag/gibt-es-nicht/statistik',
        `${ARCHIVED}/thema/gibt-es-nicht`,
        `${ARCHIVED}/kapitel/${ARCHIVED_CHAPTER}`,
        `${ARCHIVED}/vorhaben/${ARCHIVED_PLEDGE}`,
        '/vertrag',
        '/vertrag/%ff%fe',
        `/vertrag/${'x'.repeat(5000)}/vorhaben`,
      ]) {
        await page(path, 404);
      }
      for (const path of [...ARCHIVED_PAGES.map((path) => `${ARCHIVED}${path}`), '/vertraege', '/vertrag/kv-2021/vorhaben']) {
        const html = (await page(path)).source;
        assert.ok(
          !html.includes('Entwurf aus dem Archiv') && !html.includes('Noch geheim') && !html.includes('/vorhaben/geheim'),
          `${path}: no drafts, no unpublished Vorhaben`,
        );
      }
    });
  });
}
