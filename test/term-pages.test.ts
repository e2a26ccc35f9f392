// Topic and lead-ministry pages (/thema/…, /ministerium/…) and their indexes, in-process on both
// dialects: only published pledges, status counts, feeds, English, 404, and the subscribe form's scope.
// Tier: quick
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { slugify } from '../src/domain/slug.ts';
import { hashSecret } from '../src/services/subscriptions/tokens.ts';
import { importAgreementFiles } from '../src/services/import-agreement.ts';
import type { Store } from '../src/store/database.ts';
import { claimDueMails } from '../src/store/outbox.ts';
import { subscriptionsOfToken } from '../src/store/subscription-tokens.ts';
import { findTermBySlug } from '../src/store/vocabularies.ts';
import { chapterText, writeChapterFolder, type StatementSpec } from './support/chapter-file.ts';
import { DIALECTS } from './support/dialects.ts';
import { formEntries } from './support/html-form.ts';
import { feedLinks, listedPledges, metaContent, statusCounts } from './support/pages.ts';
import { testSite } from './support/site.ts';
import { linkPath } from './support/smtp-catcher.ts';

const today = new Date('2023-12-08T12:00:00Z');
const FINANCE = 'Bundesministerium der Finanzen';
const TRANSPORT = 'Bundesministerium für Digitales und Verkehr';
const SECRET_MINISTRY = 'Geheimes Ministerium';

const pledge = (id: string, status: string, categories: string[], ministry: string, extra: string[] = []): StatementSpec => ({
  summary: `Vorhaben ${id}`,
  id,
  status,
  lastUpdate: '2023-02-01',
  categories,
  extra: [`lead_ministry: "${ministry}"`, ...extra].map((line) => `    ${line}`).join('\n'),
});

/** Klima: three published pledges in three states and one unpublished; "Verborgen" and the secret ministry only on the unpublished one. */
async function seedTerms(store: Store): Promise<void> {
  const folder = writeChapterFolder({
    '1-klima.md': chapterText({
      title: '1. Klimaschutz',
      body: '\nWir schützen das Klima.\n',
      statements: [
        pledge('klimageld', 'implemented', ['Klima'], FINANCE),
        pledge('kohleausstieg', 'broken', ['Klima', 'Energie'], FINANCE),
        pledge('tempolimit', 'partially_implemented', ['Klima', 'Verkehr'], TRANSPORT),
        pledge('geheim', 'implemented', ['Klima', 'Verborgen'], SECRET_MINISTRY, ['published: false']),
      ],
    }),
    '2-digitales.md': chapterText({
      title: '2. Digitales',
      body: '\nWir digitalisieren.\n',
      statements: [pledge('breitband', 'in_progress', ['Digitales'], TRANSPORT)],
    }),
    'agreement.yml':
      'slug: kv\ntitle: "Ein Vertrag"\ngovernment:\n  name: "Regierung"\n  parties: [A, B]\n  term_start: 2021-12-08\n  term_end: 2025-12-07\n',
  });
  await importAgreementFiles(store.db, [folder], { now: today });
}

for (const dialect of DIALECTS) {
  describe(`topic and ministry pages (${dialect})`, () => {
    const site = testSite(dialect, { seed: seedTerms, clock: () => today });

    const page = site.page;

    /** Posts the subscribe box of a page as a browser on that page would, and returns the scope of the subscription that resulted. */
    async function subscribeFrom(
      pagePath: string,
      email: string,
    ): Promise<{ location: string | null; scopeType: string; scopeId: number }> {
      const form = (await page(pagePath)).find('form.compact-form[method="post"]');
      const body = new URLSearchParams({ ...Object.fromEntries(formEntries(form)), email, frequency: 'daily', website: '' });
      const response = await site.app.request(form.attr('action')!, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: site.app.url },
        body,
      });
      assert.equal(response.status, 303, await response.text());
      const mails = await claimDueMails(site.db, '9999-01-01T00:00:00.000Z', '9999-01-01T00:00:01.000Z', 100);
      const mail = mails.find((candidate) => candidate.recipient === email)!;
      const secret = linkPath(mail.body, '/abo/bestaetigen/').split('/').at(-1)!;
      const [subscription, ...more] = await subscriptionsOfToken(site.db, hashSecret(secret), 'confirm');
      assert.equal(more.length, 0);
      return { location: response.headers.get('location'), scopeType: subscription!.scope_type, scopeId: subscription!.scope_id };
    }

    test('/thema/:slug lists the published pledges of the topic with their status counts', async () => {
      const topic = await page('/thema/klima');
      assert.match(topic.title, /^Thema: Klima – /);
      assert.equal(topic.find('h1').text, 'Klima');
      assert.deepEqual(listedPledges(topic), ['klimageld', 'kohleausstieg', 'tempolimit']);
      assert.equal(topic.find('section[aria-labelledby="status-heading"] p').text, '3 Vorhaben');
      const counts = statusCounts(topic);
      assert.equal(counts['umgesetzt'], 1, 'the unpublished implemented pledge is not counted');
      assert.deepEqual([counts['gebrochen'], counts['teilweise umgesetzt'], counts['nicht begonnen']], [1, 1, 0]);
      assert.ok(!topic.source.includes('geheim'), 'unpublished pledges stay private');
      assert.equal(topic.linkTo('Alle 3 Vorhaben zu diesem Thema in der Liste filtern und sortieren'), '/vorhaben?thema=klima');
      assert.equal(topic.find('.breadcrumb').linkTo('Themen'), '/themen');
      assert.deepEqual(
        feedLinks(topic).filter((feed) => feed.title.startsWith('Entwicklungen: Klima')),
        [
          { type: 'application/atom+xml', title: 'Entwicklungen: Klima (Atom)', href: '/thema/klima/feed.xml' },
          { type: 'application/rss+xml', title: 'Entwicklungen: Klima (RSS)', href: '/thema/klima/feed.rss' },
          { type: 'application/feed+json', title: 'Entwicklungen: Klima (JSON Feed)', href: '/thema/klima/feed.json' },
        ],
      );
      assert.equal(metaContent(topic, 'og:title'), 'Thema: Klima');
      assert.equal(metaContent(topic, 'twitter:card'), 'summary_large_image');
      assert.ok(topic.has('main form input[type="email"]'), 'the subscribe box');
    });

    test('/ministerium/:slug lists the published pledges the ministry leads, with its own feeds', async () => {
      const transport = slugify(TRANSPORT);
      const ministry = await page(`/ministerium/${transport}`);
      assert.match(ministry.title, /^Federführung: Bundesministerium für Digitales und Verkehr – /);
      assert.deepEqual(listedPledges(ministry), ['tempolimit', 'breitband']);
      assert.equal(ministry.find('section[aria-labelledby="status-heading"] p').text, '2 Vorhaben');
      assert.deepEqual([statusCounts(ministry)['begonnen'], statusCounts(ministry)['teilweise umgesetzt']], [1, 1]);
      assert.equal(ministry.linkTo(/^Alle 2 Vorhaben dieses Ministeriums/), `/vorhaben?federfuehrung=${transport}`);
      assert.ok(
        feedLinks(ministry).some((feed) => feed.type === 'application/atom+xml' && feed.href === `/ministerium/${transport}/feed.xml`),
      );
      const feed = await site.app.request(`/ministerium/${transport}/feed.json`);
      assert.equal(feed.status, 200);
      assert.match(feed.headers.get('content-type') ?? '', /json/);
      assert.equal((await page(`/ministerium/${slugify(FINANCE)}`)).find('section[aria-labelledby="status-heading"] p').text, '2 Vorhaben');
    });

    test('a topic or ministry with only unpublished pledges has a page without them; unknown ones are 404', async () => {
      for (const path of ['/thema/verborgen', `/ministerium/${slugify(SECRET_MINISTRY)}`]) {
        const empty = await page(path);
        assert.deepEqual(listedPledges(empty), [], path);
        assert.ok(!empty.links.some((link) => link.href === '/vorhaben/geheim'), path);
        assert.match(empty.find('main').text, /noch kein Vorhaben/);
      }
      for (const path of [
        '/thema/gibt-es-nicht',
        '/ministerium/gibt-es-nicht',
        '/en/thema/gibt-es-nicht',
        '/thema/klima?vertrag=gibt-es-nicht',
        '/themen?vertrag=gibt-es-nicht',
      ]) {
        await page(path, 404);
      }
      assert.equal((await site.app.request('/ministerium/gibt-es-nicht/feed.xml')).status, 404);
    });

    test('/themen and /ministerien list every topic and ministry with published pledges, with counts and links', async () => {
      const topics = await page('/themen');
      const rows = topics.findAll('tbody tr').map((row) => `${row.find('th[scope="row"] a').attr('href')}:${row.find('td.number').text}`);
      assert.deepEqual(rows, ['/thema/digitales:1', '/thema/energie:1', '/thema/klima:3', '/thema/verkehr:1']);
      assert.ok(topics.texts('.visually-hidden').includes('1 teilweise umgesetzt, 1 umgesetzt, 1 gebrochen'));
      const ministries = await page('/ministerien');
      const ministryRows = ministries
        .findAll('tbody tr')
        .map((row) => [row.find('th a').text, row.find('th a').attr('href'), row.find('td.number').text]);
      assert.deepEqual(
        ministryRows.find(([name]) => name === TRANSPORT),
        [TRANSPORT, `/ministerium/${slugify(TRANSPORT)}`, '2'],
      );
      assert.deepEqual(
        ministryRows.find(([name]) => name === FINANCE),
        [FINANCE, `/ministerium/${slugify(FINANCE)}`, '2'],
      );
      assert.ok(!ministries.source.includes(SECRET_MINISTRY));
      const overview = await page('/');
      assert.equal(overview.linkTo('Vorhaben nach Thema'), '/themen');
      assert.equal(overview.linkTo('Vorhaben nach federführendem Ministerium'), '/ministerien');
    });

    test('the pledge page and the list link to the topic and ministry pages', async () => {
      const facts = (await page('/vorhaben/kohleausstieg')).find('dl.facts');
      assert.equal(facts.linkTo('Energie'), '/thema/energie');
      assert.equal(facts.linkTo('Klima'), '/thema/klima');
      assert.equal(facts.linkTo(FINANCE), `/ministerium/${slugify(FINANCE)}`);
      assert.ok((await page('/vorhaben')).has(`a.pledge-ministry[href="/ministerium/${slugify(TRANSPORT)}"]`));
    });

    test('in English, with English labels and links', async () => {
      const topic = await page('/en/thema/klima');
      assert.equal(topic.lang, 'en');
      assert.match(topic.title, /^Topic: Klima – /);
      assert.equal(topic.find('.breadcrumb').linkTo('Topics'), '/en/themen');
      assert.deepEqual(listedPledges(topic), ['klimageld', 'kohleausstieg', 'tempolimit']);
      assert.ok(topic.has('a[href="/en/vorhaben/klimageld"]'));
      assert.equal(topic.linkTo('Filter and sort all 3 pledges on this topic in the list'), '/en/vorhaben?thema=klima');
      assert.ok(topic.has('form[method="post"][action="/en/abo"]'));
      assert.match(topic.find('main').text, /the pledges on this topic/);
      assert.match((await page(`/en/ministerium/${slugify(FINANCE)}`)).title, /^Lead ministry: Bundesministerium der Finanzen – /);
      assert.equal((await page('/en/ministerien')).find('h1').text, 'Lead ministries');
    });

    test('the follow form asks for a subscription to the topic or the ministry', async () => {
      const klima = (await findTermBySlug(site.db, 'topics', 'klima'))!;
      const topic = await subscribeFrom('/thema/klima', 'thema@example.org');
      assert.deepEqual(topic, { location: '/abo/gesendet', scopeType: 'topic', scopeId: klima.id });
      const finance = (await findTermBySlug(site.db, 'ministries', slugify(FINANCE)))!;
      const ministry = await subscribeFrom(`/en/ministerium/${finance.slug}`, 'ministry@example.org');
      assert.deepEqual(ministry, { location: '/en/abo/gesendet', scopeType: 'ministry', scopeId: finance.id });
    });
  });
}
