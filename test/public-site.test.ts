// Every public page in-process on both dialects: status, key content, escaping, headers.
// Tier: quick
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DIALECTS } from './support/dialects.ts';
import { parseHtml } from './support/html.ts';
import { testSite } from './support/site.ts';
import { CHAPTER, seedSite, today } from './support/site-fixture.ts';

for (const dialect of DIALECTS) {
  describe(`public site (${dialect})`, () => {
    const site = testSite(dialect, { seed: seedSite, clock: () => today });
    const page = site.page;

    test('/ shows agreement, status counts, chapters, latest developments and term progress', async () => {
      const home = await page('/');
      assert.equal(home.lang, 'de');
      assert.equal(home.find('h1').text, 'Mehr Fortschritt wagen');
      assert.equal(home.find('p.lead').text, 'Bundesregierung 2021–2025 (SPD, Grüne, FDP)');
      assert.equal(home.find('#term-text').text, '50 % der Amtszeit vergangen (Tag 731 von 1461)');
      const byStatus = home.find('section[aria-labelledby="status-heading"]');
      assert.equal(byStatus.find('p').text, '2 Vorhaben');
      assert.ok(byStatus.texts('.status-legend li').includes('umgesetzt 1 (50 %)'));
      assert.ok(byStatus.texts('.status-legend li').includes('nicht begonnen 1 (50 %)'));
      const chapters = home.links.map((link) => link.href).filter((href) => href.startsWith('/kapitel/'));
      assert.deepEqual(
        [...new Set(chapters)],
        ['/kapitel/2-2-digitale-innovationen', '/kapitel/1-praeambel'],
        'chapters with Vorhaben, then those without',
      );
      assert.deepEqual(home.find('details.chapters-without').texts('li a'), ['1 Präambel'], 'the preamble has none and is collapsed');
      assert.ok(
        home.findAll('main li').some((item) => item.text.includes('Gesetz <b>verabschiedet</b>')),
        'the latest development, its title as text',
      );
      assert.ok(!home.source.includes('Entwurf einer Änderung'), 'drafts stay private');
      assert.ok(!home.source.includes('Noch geheim'), 'unpublished pledges stay private');
    });

    test('/kapitel/:slug shows the text with linked highlights and a table of its pledges', async () => {
      const chapter = await page(CHAPTER);
      assert.equal(chapter.find('h1').text, '2.2 Digitale Innovationen');
      assert.equal(chapter.find('h2#sicherheit').text, 'Sicherheit');
      const quote = chapter.find('mark.pledge-quote#zitat-verschluesselung');
      assert.deepEqual(quote.links, [
        { href: '/vorhaben/verschluesselung', text: 'Vorhaben, Status „umgesetzt“: Wir führen ein Recht auf Verschlüsselung ein.' },
      ]);
      assert.ok(chapter.find('mark#zitat-dateninstitut a[href="/vorhaben/dateninstitut"]').text.includes(': Ein Dateninstitut soll'));
      const pledges = chapter.find('section[aria-labelledby="pledges-heading"]');
      assert.deepEqual(pledges.rows[1], ['Recht auf Verschlüsselung', 'umgesetzt', '15.3.2023: Gesetz <b>verabschiedet</b>']);
      assert.equal(pledges.find('tbody tr td a').attr('href'), '/vorhaben/verschluesselung');
      assert.ok(pledges.find('tbody tr').has('.status-badge.status-implemented'));
      assert.ok(!chapter.source.includes('](#'), 'no markers in the rendered text');
    });

    test('an unreviewed chapter says so', async () => {
      assert.match((await page('/kapitel/1-praeambel')).text, /noch nicht redaktionell ausgewertet/);
    });

    test('/vorhaben/:slug shows quote, facts, timeline newest first with sources, and status history', async () => {
      const pledge = await page('/vorhaben/verschluesselung');
      assert.equal(pledge.find('blockquote.quote').text, 'Wir führen ein Recht auf Verschlüsselung ein.');
      assert.equal(pledge.linkTo('Zur Stelle im Kapitel'), '/kapitel/2-2-digitale-innovationen#zitat-verschluesselung');
      const facts = pledge.find('dl.facts');
      assert.deepEqual(facts.terms, {
        Status: 'umgesetzt',
        Bewertung: '4 von 5',
        Frist: '30.6.2025',
        Federführung: 'Bundesministerium des Innern',
        Themen: 'IT-Sicherheit',
        'Erfüllt, wenn': 'erfüllt, wenn das Recht im Gesetz steht',
      });
      assert.equal(facts.find('time').attr('datetime'), '2025-06-30');
      assert.equal(facts.linkTo('Bundesministerium des Innern'), '/ministerium/bundesministerium-des-innern');
      assert.equal(facts.linkTo('IT-Sicherheit'), '/thema/it-sicherheit');
      const timeline = pledge.findAll('ol.timeline > li');
      assert.deepEqual(
        timeline.map((entry) => entry.find('h3').text),
        ['Gesetz <b>verabschiedet</b>', 'Eckpunkte vorgelegt'],
        'newest first, drafts left out',
      );
      const older = timeline[1]!;
      assert.deepEqual(older.find('.sources li').links, [{ href: 'https://example.org/quelle-2022-05-01', text: 'Quelle 2022-05-01' }]);
      assert.equal(older.find('.sources a').attr('rel'), 'nofollow noopener noreferrer');
      assert.match(older.find('.sources li').text, /^Quelle 2022-05-01, Bundestag/);
      assert.equal(older.find('div > p > strong').text, 'Eckpunkte vorgelegt', 'Markdown in the text');
      assert.deepEqual(older.find('div > p').links, [{ href: 'https://example.org/2022-05-01', text: 'Link' }]);
      assert.ok(!pledge.source.includes('Entwurf einer Änderung'));
      const history = pledge.find('section[aria-labelledby="history-heading"]');
      assert.deepEqual(history.rows.slice(1), [
        ['1.5.2022', 'nicht begonnen', 'begonnen'],
        ['15.3.2023', 'begonnen', 'umgesetzt'],
      ]);
      assert.deepEqual(
        history.findAll('.status-badge').map((badge) => badge.classes),
        [
          ['status-badge', 'status-in_progress'],
          ['status-badge', 'status-implemented'],
        ],
      );
    });

    test('a title holding <script> comes out escaped everywhere', async () => {
      for (const path of ['/', CHAPTER, '/vorhaben', '/vorhaben/dateninstitut']) {
        const html = (await page(path)).source;
        assert.ok(!html.includes('<script'), `${path} contains a script tag`);
      }
      assert.equal(
        (await page('/vorhaben/dateninstitut')).find('h1').text,
        "Dateninstitut <script>alert('x')</script>",
        'the title is text',
      );
    });

    test('/vorhaben lists published pledges by chapter', async () => {
      const list = await page('/vorhaben');
      assert.equal(list.find('#results-heading').text, 'Ergebnisse: 2 Vorhaben');
      const row = list.find('table.pledge-table tbody tr');
      assert.equal(row.linkTo('Recht auf Verschlüsselung'), '/vorhaben/verschluesselung');
      assert.equal(row.find('.status-badge').text, 'umgesetzt');
      assert.ok(!list.source.includes('Noch geheim'), 'unpublished pledges stay private');
    });

    test('unknown and unpublished things are 404 pages, odd URLs too', async () => {
      for (const path of [
        '/vorhaben/geheim',
        '/vorhaben/gibt-es-nicht',
        '/kapitel/gibt-es-nicht',
        '/nirgends',
        '/vorhaben/%ff%fe',
        '/kapitel/..%2F..%2Fetc',
        `/kapitel/${'x'.repeat(5000)}`,
        '/?vertrag=unbekannt',
      ]) {
        assert.match((await page(path, 404)).text, /Seite nicht gefunden/, path);
      }
    });

    test('every response carries strict security headers', async () => {
      for (const path of ['/', CHAPTER, '/nirgends', '/assets/style.css']) {
        const response = await site.app.request(path);
        const csp = response.headers.get('content-security-policy') ?? '';
        assert.match(csp, /default-src 'none'/, path);
        assert.match(csp, /frame-ancestors 'none'/);
        assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
        assert.equal(response.headers.get('x-frame-options'), 'DENY');
        assert.equal(response.headers.get('referrer-policy'), 'strict-origin-when-cross-origin');
        assert.equal(response.headers.get('strict-transport-security'), null, 'no HSTS over plain http');
        await response.arrayBuffer();
      }
    });

    test('pages load nothing from other origins', async () => {
      for (const path of ['/', CHAPTER, '/vorhaben/verschluesselung']) {
        const loaded = (await page(path)).findAll('[src], link[href]').map((element) => element.attr('src') ?? element.attr('href')!);
        assert.ok(loaded.length > 0);
        for (const url of loaded) assert.ok(url.startsWith('/'), `${path} loads ${url}`);
      }
    });

    test('the stylesheet is cached and revalidated by ETag', async () => {
      const stylesheet = (await page('/')).find('link[rel="stylesheet"]').attr('href')!;
      const response = await site.app.request(stylesheet);
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-type'), 'text/css; charset=utf-8');
      assert.match(response.headers.get('cache-control')!, /immutable/);
      assert.match(await response.text(), /--c-implemented/);
      const again = await site.app.request(stylesheet, { headers: { 'If-None-Match': response.headers.get('etag')! } });
      assert.equal(again.status, 304);
      assert.equal((await site.app.request('/assets/nichts.css')).status, 404);
    });
  });
}

describe('public site over https', () => {
  const site = testSite('sqlite', { env: { BASE_URL: 'https://tracker.example' } });

  test('sends HSTS when BASE_URL is https', async () => {
    const response = await site.app.request('/');
    assert.match(response.headers.get('strict-transport-security') ?? '', /max-age=\d+/);
    assert.match(parseHtml(await response.text()).text, /Noch ist kein Koalitionsvertrag importiert/);
  });
});
