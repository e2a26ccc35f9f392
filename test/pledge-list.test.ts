// /vorhaben in-process on both dialects: filters, facet counts, sorting, pages, bad input; and the store call the API shares.
// Tier: quick
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { slugify } from '../src/domain/slug.ts';
import { importAgreementFiles } from '../src/services/import-agreement.ts';
import type { Store } from '../src/store/database.ts';
import { findAgreementBySlug } from '../src/store/agreements.ts';
import { countFacets, listPledges } from '../src/store/pledge-list.ts';
import { findPledgeBySlug } from '../src/store/pledges.ts';
import { buildDevelopment } from './support/factories.ts';
import { chapterText, writeChapterFolder, type StatementSpec } from './support/chapter-file.ts';
import { DIALECTS } from './support/dialects.ts';
import { parseHtml, type Tag } from './support/html.ts';
import { formValues } from './support/html-form.ts';
import { facet, listedPledges } from './support/pages.ts';
import { appInProcess } from './support/server.ts';
import { testSite } from './support/site.ts';

const today = new Date('2023-12-08T12:00:00Z');
const DIGITAL = 'Bundesministerium für Digitales';
const FINANCE = 'Bundesministerium der Finanzen';
const FILLERS = 55;

const special = (id: string, status: string, lastUpdate: string, categories: string[], extra: string[]): StatementSpec => ({
  summary: `Vorhaben ${id}`,
  id,
  status,
  lastUpdate,
  categories,
  extra: extra.map((line) => `    ${line}`).join('\n'),
});

/** Two chapters: four pledges with every field set, 55 plain ones (for pages), and one unpublished. */
async function seedList(store: Store): Promise<void> {
  const fillers = Array.from({ length: FILLERS }, (_, index): StatementSpec => ({
    summary: `Füllvorhaben ${index + 1}`,
    id: `fuell-${index + 1}`,
    categories: ['Digitales'],
  }));
  const folder = writeChapterFolder({
    '1-klima.md': chapterText({
      title: '1. Klimaschutz',
      body: '\nWir schützen das Klima.\n',
      statements: [
        special('klimageld', 'implemented', '2023-02-01', ['Klima'], ['deadline: 2022-12-31', `lead_ministry: "${FINANCE}"`, 'rating: 5']),
        special('kohleausstieg', 'broken', '2023-09-01', ['Klima'], ['deadline: 2030-01-01', `lead_ministry: "${FINANCE}"`]),
        special(
          'tempolimit',
          'partially_implemented',
          '2022-10-01',
          ['Klima', 'Infrastruktur'],
          ['deadline: 2023-06-30', `lead_ministry: "${DIGITAL}"`, 'rating: 2'],
        ),
        special('geheim', 'implemented', '2023-01-01', ['Klima'], ['published: false', `lead_ministry: "${FINANCE}"`]),
      ],
    }),
    '2-digitales.md': chapterText({
      title: '2. Digitales',
      body: '\nWir digitalisieren.\n',
      statements: [
        special(
          'breitband',
          'in_progress',
          '2023-05-01',
          ['Digitales', 'Infrastruktur'],
          ['deadline: 2023-01-31', `lead_ministry: "${DIGITAL}"`, 'partner: "Netzwerk A"', 'rating: 2'],
        ),
        ...fillers,
      ],
    }),
    'agreement.yml':
      'slug: kv\ntitle: "Ein Vertrag"\ngovernment:\n  name: "Regierung"\n  parties: [A, B]\n  term_start: 2021-12-08\n  term_end: 2025-12-07\n',
  });
  await importAgreementFiles(store.db, [folder], { now: today });
  // A file's status without reports is an automatic entry, no development: each special Vorhaben gets one an editor wrote on its last_update.
  for (const [slug, eventDate] of [
    ['klimageld', '2023-02-01'],
    ['kohleausstieg', '2023-09-01'],
    ['tempolimit', '2022-10-01'],
    ['breitband', '2023-05-01'],
  ] as const) {
    await buildDevelopment(store.db, { pledge: (await findPledgeBySlug(store.db, slug))!, eventDate });
  }
}

for (const dialect of DIALECTS) {
  describe(`/vorhaben (${dialect})`, () => {
    const site = testSite(dialect, { seed: seedList, clock: () => today });

    const page = site.page;
    const facetCount = (list: Tag, name: string, value: string) => facet(list, name, value).count;

    test('without filters: every published pledge in chapter order, 50 a page, with a link to the next page', async () => {
      const list = await page('/vorhaben');
      const first = listedPledges(list);
      assert.equal(first.length, 50);
      assert.deepEqual(first.slice(0, 4), ['klimageld', 'kohleausstieg', 'tempolimit', 'breitband']);
      assert.equal(list.find('#results-heading').text, 'Ergebnisse: 59 Vorhaben');
      const pagination = list.find('nav.pagination[aria-label="Seiten"]');
      assert.equal(pagination.find('span').text, 'Seite 1 von 2');
      assert.deepEqual(pagination.links, [{ href: '/vorhaben?seite=2', text: 'Nächste Seite' }]);
      assert.equal(pagination.find('a').attr('rel'), 'next');
      const second = listedPledges(await page('/vorhaben?seite=2'));
      assert.equal(second.length, 9);
      assert.equal(new Set([...first, ...second]).size, 59);
      assert.ok(![...first, ...second].includes('geheim'), 'unpublished pledges stay private');
      assert.deepEqual(listedPledges(await page('/vorhaben?seite=99')), second, 'a page past the end shows the last one');
    });

    test('values of one field combine with OR; facet counts of that field ignore it, the others apply it', async () => {
      const html = await page('/vorhaben?status=in_progress&status=implemented');
      assert.deepEqual(listedPledges(html), ['klimageld', 'breitband']);
      assert.equal(facet(html, 'status', 'in_progress').checked, true);
      assert.equal(facet(html, 'status', 'not_started').checked, false);
      assert.equal(facetCount(html, 'status', 'not_started'), FILLERS);
      assert.equal(facetCount(html, 'status', 'broken'), 1);
      assert.equal(facetCount(html, 'thema', 'infrastruktur'), 1);
      assert.equal(facetCount(html, 'thema', 'klima'), 1);
      assert.equal(facetCount(html, 'thema', 'digitales'), 1);
      assert.equal(facetCount(html, 'kapitel', '2-digitales'), 1);
    });

    test('fields combine with AND: topic, status, chapter, ministry, partner, rating', async () => {
      assert.deepEqual(listedPledges(await page('/vorhaben?thema=klima&status=broken&status=partially_implemented')), [
        'kohleausstieg',
        'tempolimit',
      ]);
      assert.deepEqual(listedPledges(await page('/vorhaben?thema=infrastruktur&kapitel=1-klima')), ['tempolimit']);
      const digital = `federfuehrung=${slugify(DIGITAL)}`;
      assert.deepEqual(listedPledges(await page(`/vorhaben?${digital}`)), ['tempolimit', 'breitband']);
      assert.deepEqual(listedPledges(await page(`/vorhaben?${digital}&partner=${slugify('Netzwerk A')}`)), ['breitband']);
      const rated = await page('/vorhaben?bewertung=2&bewertung=5');
      assert.deepEqual(listedPledges(rated), ['klimageld', 'tempolimit', 'breitband']);
      assert.equal(facetCount(rated, 'federfuehrung', slugify(FINANCE)), 1, 'the unpublished pledge is not counted');
      assert.equal(facetCount(rated, 'bewertung', '3'), 0);
    });

    test('overdue: deadline passed by the app clock and neither implemented nor broken', async () => {
      const html = await page('/vorhaben?ueberfaellig=1');
      assert.deepEqual(listedPledges(html), ['tempolimit', 'breitband']);
      assert.deepEqual(html.texts('tbody strong.overdue'), ['überfällig', 'überfällig']);
      assert.equal(facetCount(await page('/vorhaben?status=in_progress'), 'ueberfaellig', '1'), 1);
      const earlier = appInProcess(site.db, { clock: () => new Date('2023-02-15T12:00:00Z') });
      const response = await earlier.request('/vorhaben?ueberfaellig=1');
      assert.deepEqual(
        listedPledges(parseHtml(await response.text())),
        ['breitband'],
        'in February 2023 only the January deadline had passed',
      );
    });

    test('sorting by next deadline or latest development keeps pledges without one last', async () => {
      assert.deepEqual(listedPledges(await page('/vorhaben?sortierung=frist')).slice(0, 5), [
        'klimageld',
        'breitband',
        'tempolimit',
        'kohleausstieg',
        'fuell-1',
      ]);
      const latest = await page('/vorhaben?sortierung=entwicklung&seite=2');
      assert.equal(formValues(latest.source, '/vorhaben').sortierung, 'entwicklung');
      assert.equal(latest.find('a[rel="prev"]').attr('href'), '/vorhaben?sortierung=entwicklung');
      assert.deepEqual(listedPledges(await page('/vorhaben?sortierung=entwicklung')).slice(0, 5), [
        'kohleausstieg',
        'breitband',
        'klimageld',
        'tempolimit',
        'fuell-1',
      ]);
    });

    test('a GET form of checkboxes that works without JavaScript and keeps the filters in the page links', async () => {
      const html = await page('/vorhaben?thema=klima&seite=1');
      const form = html.find('form.pledge-filters');
      assert.deepEqual([form.attr('method'), form.attr('action')], ['get', '/vorhaben']);
      assert.ok(form.texts('fieldset.facet > legend').includes('Status'));
      assert.equal(form.find('button[type="submit"]').text, 'Filter anwenden');
      assert.equal(formValues(html.source, '/vorhaben').thema, 'klima', 'the chosen filter is checked');
      assert.equal(html.linkTo('Alle Filter zurücksetzen'), '/vorhaben');
      assert.match(html.title, /^Vorhaben \(gefiltert\) – /);
      const paged = await page('/vorhaben?thema=digitales&seite=2');
      assert.equal(paged.find('a[rel="prev"]').attr('href'), '/vorhaben?thema=digitales');
    });

    test('values that are not understood are named on the page and not applied, never an error', async () => {
      const html = await page(
        '/vorhaben?status=bogus&bewertung=9&seite=-1&sortierung=x&ueberfaellig=ja&kapitel=gibt-es-nicht&thema=%3Cscript%3E&status=implemented&status[]=x&unbekannt=1',
      );
      assert.deepEqual(listedPledges(html), ['klimageld']);
      const named = html.texts('main code');
      for (const value of [
        'status=bogus',
        'bewertung=9',
        'seite=-1',
        'sortierung=x',
        'ueberfaellig=ja',
        'kapitel=gibt-es-nicht',
        'thema=<script>',
      ]) {
        assert.ok(named.includes(value), value);
      }
      assert.ok(!html.source.includes('<script>'));
      assert.equal((await site.app.request(`/vorhaben?${'status=x&'.repeat(500)}thema=${'a'.repeat(5000)}`)).status, 200);
      assert.equal((await site.app.request('/vorhaben?vertrag=gibt-es-nicht')).status, 404);
    });

    test('in English, with English labels and links', async () => {
      const html = await page('/en/vorhaben?status=implemented');
      assert.equal(html.lang, 'en');
      assert.ok(html.has('form[method="get"][action="/en/vorhaben"]'));
      assert.equal(html.find('h2#results-heading').text, 'Results: 1 pledge');
      assert.deepEqual(facet(html, 'status', 'implemented'), { checked: true, label: 'implemented', count: 1 });
      assert.deepEqual(listedPledges(html), ['klimageld']);
    });

    test('listPledges and countFacets: the store functions the API shares', async () => {
      const agreement = (await findAgreementBySlug(site.db, 'kv'))!;
      const all = await listPledges(site.db, { agreementId: agreement.id, topics: [] }, { sort: 'deadline', offset: 0, limit: 2 });
      assert.equal(all.total, 59);
      assert.deepEqual(
        all.items.map((item) => item.slug),
        ['klimageld', 'breitband'],
      );
      assert.deepEqual(all.items[1], {
        id: all.items[1]!.id,
        slug: 'breitband',
        title: 'Vorhaben breitband',
        status: 'in_progress',
        rating: 2,
        deadline: '2023-01-31',
        lastEventDate: '2023-05-01',
        chapter: { slug: '2-digitales', number: '2', title: 'Digitales' },
        ministry: { slug: slugify(DIGITAL), name: DIGITAL },
        partner: { slug: slugify('Netzwerk A'), name: 'Netzwerk A' },
      });
      const filters = { agreementId: agreement.id, topics: ['infrastruktur'], overdueOn: '2023-12-08' };
      assert.equal((await listPledges(site.db, filters, { sort: 'chapter', offset: 0, limit: 10 })).total, 2);
      const facets = await countFacets(site.db, filters, '2023-12-08');
      assert.deepEqual(Object.fromEntries(facets.topics), { digitales: 1, infrastruktur: 2, klima: 1 });
      assert.equal(facets.overdue, 2);
    });
  });
}
