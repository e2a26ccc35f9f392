// Each agreement's pages by a plain path, /vertrag/SLUG/…, over real HTTP on both dialects: the same
// pages `?vertrag=SLUG` chooses (which keeps working), links that stay in the agreement, and /vertraege,
// the list of every government with its agreements, archived ones marked.
// Tier: quick
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { ARCHIVED_CHAPTER, ARCHIVED_PLEDGE, siteWithArchive } from './support/archive-fixture.ts';
import { DIALECTS } from './support/dialects.ts';
import { CHAPTER } from './support/site-fixture.ts';

const ARCHIVED = '/vertrag/kv-2018';
const ARCHIVED_PAGES = ['', '/vorhaben', '/statistik', '/themen', '/thema/wirtschaft', '/ministerien'];

/** The internal links of a page's main content and navigation. */
function links(html: string): string[] {
  return [...html.matchAll(/\bhref="(\/[^"]*)"/g)].map(([, link]) => link!.replace(/&amp;/g, '&'));
}

/** A page without its header and footer. */
function main(html: string): string {
  return html.slice(html.indexOf('<main'), html.indexOf('</main>'));
}

for (const dialect of DIALECTS) {
  describe(`agreement pages by path (${dialect})`, () => {
    const { site } = siteWithArchive(dialect);

    async function page(path: string, status = 200): Promise<string> {
      const response = await site.app.request(path);
      assert.equal(response.status, status, path);
      assert.match(response.headers.get('content-type') ?? '', /text\/html/);
      return response.text();
    }

    test('/vertrag/SLUG/… shows that agreement’s overview, list, statistics, topics and ministries, as ?vertrag= does', async () => {
      for (const path of ARCHIVED_PAGES) {
        const html = await page(`${ARCHIVED}${path}`);
        assert.ok(html.includes('Ein neuer Aufbruch für Europa') || html.includes('Bürokratie abbauen'), `${path}: the archived agreement`);
        assert.ok(!html.includes('Recht auf Verschlüsselung') && !html.includes('<h1>Mehr Fortschritt wagen'), `${path}: nothing of the other agreement`);
      }
      const byQuery = await page('/vorhaben?vertrag=kv-2018');
      const byPath = await page(`${ARCHIVED}/vorhaben`);
      assert.equal(main(byQuery), main(byPath), 'the older form shows the same list');
      assert.match(await page('/vertrag/kv-2021'), /<h1>Mehr Fortschritt wagen<\/h1>/);
    });

    test('an archived agreement’s pages say so and link only to its own pages, in German and English', async () => {
      for (const prefix of ['', '/en']) {
        const overview = await page(`${prefix}${ARCHIVED}`);
        assert.ok(overview.includes('archive-notice'), `${prefix}: the archive notice`);
        assert.match(overview, new RegExp(`<a href="${prefix}${ARCHIVED}" aria-current="page">`), `${prefix}: the navigation stays in the agreement`);
        for (const path of ['/vorhaben', '/statistik', '/themen', '/ministerien']) assert.ok(overview.includes(`href="${prefix}${ARCHIVED}${path}"`), `${prefix}: ${path}`);
        const pledge = await page(`${prefix}/vorhaben/${ARCHIVED_PLEDGE}`);
        assert.ok(pledge.includes(`href="${prefix}${ARCHIVED}/thema/wirtschaft"`), `${prefix}: the Vorhaben links its agreement’s topic page`);
        const chapter = await page(`${prefix}/kapitel/${ARCHIVED_CHAPTER}`);
        assert.ok(chapter.includes(`<a href="${prefix}${ARCHIVED}">`), `${prefix}: the chapter’s breadcrumb leads to its agreement`);
        const topic = await page(`${prefix}${ARCHIVED}/thema/wirtschaft`);
        assert.ok(topic.includes(`href="${prefix}${ARCHIVED}/vorhaben?thema=wirtschaft"`), `${prefix}: the topic’s list`);
        assert.ok(topic.includes(`href="${prefix}${ARCHIVED}/themen"`), `${prefix}: the topic index`);
        const list = await page(`${prefix}${ARCHIVED}/vorhaben?status=in_progress`);
        assert.match(list, new RegExp(`<form method="get" action="${prefix}${ARCHIVED}/vorhaben" class="pledge-filters"`));
        assert.ok(!list.includes('name="vertrag"'), `${prefix}: the path names the agreement, no hidden field`);
        for (const html of [overview, pledge, chapter, topic, list]) {
          assert.deepEqual(links(html).filter((link) => /[?&]vertrag=/.test(link)), [], 'no link chooses the agreement by query');
        }
      }
    });

    test('the older ?vertrag= form keeps working and links to the agreement’s own paths', async () => {
      const html = await page('/?vertrag=kv-2018');
      assert.match(html, /<h1>Ein neuer Aufbruch für Europa<\/h1>/);
      assert.ok(html.includes(`href="${ARCHIVED}/statistik"`));
      assert.match(await page('/themen?vertrag=kv-2018'), /Wirtschaft/);
    });

    test('the agreement shown by default keeps its short paths, and by its own address links on by it', async () => {
      const overview = await page('/');
      for (const path of ['/vorhaben', '/statistik', '/themen', '/ministerien']) assert.ok(overview.includes(`href="${path}"`), path);
      assert.ok((await page('/vorhaben/verschluesselung')).includes('href="/thema/it-sicherheit"'));
      assert.ok((await page(CHAPTER)).includes('<a href="/">'));
      const byName = await page('/vertrag/kv-2021');
      assert.equal(main(byName).replaceAll('/vertrag/kv-2021/', '/'), main(overview), 'the same overview, its links by the agreement’s name');
      for (const path of ['/vorhaben', '/statistik', '/themen', '/ministerien']) assert.ok(byName.includes(`href="/vertrag/kv-2021${path}"`), path);
      assert.ok((await page('/vertrag/kv-2021/vorhaben')).includes('<form method="get" action="/vertrag/kv-2021/vorhaben"'));
    });

    test('the overview lists the other agreements by their own address, an archived one marked', async () => {
      const html = await page('/');
      const others = html.slice(html.indexOf('id="others-heading"'));
      assert.match(others, /<a href="\/vertrag\/kv-2018">Ein neuer Aufbruch für Europa<\/a> \(Bundesregierung 2018–2021, <strong>Archiv: wird nicht mehr aktualisiert<\/strong>\)/);
      assert.match(others, /<a href="\/vertraege">Alle Regierungen und Koalitionsverträge<\/a>/);
      assert.match(await page(ARCHIVED), /<a href="\/vertrag\/kv-2021">Mehr Fortschritt wagen<\/a> \(Bundesregierung 2021–2025\)<\/li>/);
      assert.match(await page('/en'), /<a href="\/en\/vertrag\/kv-2018">Ein neuer Aufbruch für Europa<\/a> \(Bundesregierung 2018–2021, <strong>Archive: no longer updated<\/strong>\)/);
    });

    test('/vertraege lists every government with parties, term and agreements, archived ones marked, in German and English', async () => {
      const html = await page('/vertraege');
      assert.match(html, /<h1>Regierungen und Koalitionsverträge<\/h1>/);
      const row = (name: string) => html.slice(html.lastIndexOf('<tr>', html.indexOf(name)), html.indexOf('</tr>', html.indexOf(name)));
      assert.ok(html.indexOf('Bundesregierung 2021–2025') < html.indexOf('Bundesregierung 2018–2021'), 'the latest term first');
      assert.match(row('Bundesregierung 2018–2021'), /<td>CDU, CSU, SPD<\/td><td><time datetime="2018-03-14">14\.3\.2018<\/time> – <time datetime="2021-12-08">8\.12\.2021<\/time><\/td>/);
      assert.match(row('Bundesregierung 2018–2021'), /<a href="\/vertrag\/kv-2018">Ein neuer Aufbruch für Europa<\/a>.*<strong>Archiv: wird nicht mehr aktualisiert<\/strong>/);
      assert.match(row('Bundesregierung 2021–2025'), /<a href="\/vertrag\/kv-2021">Mehr Fortschritt wagen<\/a>.*<td>wird aktualisiert<\/td>/);
      const english = await page('/en/vertraege');
      assert.match(english, /<h1>Governments and coalition agreements<\/h1>/);
      assert.match(english, /<a href="\/en\/vertrag\/kv-2018">Ein neuer Aufbruch für Europa<\/a>.*<strong>Archive: no longer updated<\/strong>/);
      const response = await site.app.request('/vertraege');
      assert.match(response.headers.get('content-security-policy') ?? '', /default-src/);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    });

    test('unknown agreements and pages under them are 404; nothing unpublished shows', async () => {
      for (const path of ['/vertrag/gibt-es-nicht', '/vertrag/gibt-es-nicht/vorhaben', '/en/vertrag/gibt-es-nicht/statistik', `${ARCHIVED}/thema/gibt-es-nicht`,
        `${ARCHIVED}/kapitel/${ARCHIVED_CHAPTER}`, `${ARCHIVED}/vorhaben/${ARCHIVED_PLEDGE}`, '/vertrag', '/vertrag/%ff%fe', `/vertrag/${'x'.repeat(5000)}/vorhaben`]) {
        await page(path, 404);
      }
      for (const path of [...ARCHIVED_PAGES.map((path) => `${ARCHIVED}${path}`), '/vertraege', '/vertrag/kv-2021/vorhaben']) {
        const html = await page(path);
        assert.ok(!html.includes('Entwurf aus dem Archiv') && !html.includes('Noch geheim') && !html.includes('/vorhaben/geheim'), `${path}: no drafts, no unpublished Vorhaben`);
      }
    });
  });
}
