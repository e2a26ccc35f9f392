// Topic and lead-ministry pages (/thema/…, /ministerium/…) and their indexes over real HTTP on both
// dialects: only published pledges, status counts, feeds, English, 404, and the follow form's scope.
// Tier: quick
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { slugify } from '../src/domain/slug.ts';
import { hashSecret } from '../src/services/follow/tokens.ts';
import { importAgreementFiles } from '../src/services/import-agreement.ts';
import type { Store } from '../src/store/database.ts';
import { claimDueMails } from '../src/store/outbox.ts';
import { subscriptionsOfToken } from '../src/store/subscriptions.ts';
import { findTermBySlug } from '../src/store/vocabularies.ts';
import { chapterText, writeChapterFolder, type StatementSpec } from './support/chapter-file.ts';
import { DIALECTS } from './support/dialects.ts';
import { testSite } from './support/site.ts';
import { linkPath } from './support/smtp-catcher.ts';

const today = new Date('2023-12-08T12:00:00Z');
const FINANCE = 'Bundesministerium der Finanzen';
const TRANSPORT = 'Bundesministerium für Digitales und Verkehr';
const SECRET_MINISTRY = 'Geheimes Ministerium';

const pledge = (id: string, status: string, categories: string[], ministry: string, extra: string[] = []): StatementSpec => ({
  summary: `Vorhaben ${id}`, id, status, lastUpdate: '2023-02-01', categories,
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
    '2-digitales.md': chapterText({ title: '2. Digitales', body: '\nWir digitalisieren.\n', statements: [pledge('breitband', 'in_progress', ['Digitales'], TRANSPORT)] }),
    'agreement.yml': 'slug: kv\ntitle: "Ein Vertrag"\ngovernment:\n  name: "Regierung"\n  parties: [A, B]\n  term_start: 2021-12-08\n  term_end: 2025-12-07\n',
  });
  await importAgreementFiles(store.db, [folder], { now: today });
}

for (const dialect of DIALECTS) {
  describe(`topic and ministry pages (${dialect})`, () => {
    const site = testSite(dialect, { seed: seedTerms, clock: () => today });

    async function page(path: string, status = 200): Promise<string> {
      const response = await site.app.request(path);
      assert.equal(response.status, status, path);
      assert.match(response.headers.get('content-type') ?? '', /text\/html/);
      return response.text();
    }

    /** The slugs of the listed pledges, in order. */
    function listed(html: string): string[] {
      const body = html.slice(html.indexOf('<tbody>'), html.indexOf('</tbody>'));
      return [...body.matchAll(/<tr><td><a href="(?:\/en)?\/vorhaben\/([^"]+)">/g)].map((match) => match[1]!);
    }

    function legendCount(html: string, label: string): number {
      const match = new RegExp(`<span class="legend-label">${label}</span> <strong class="legend-count">(\\d+)</strong>`).exec(html);
      assert.ok(match, label);
      return Number(match[1]);
    }

    /** Posts the follow box of a page as a browser on that page would, and returns the scope of the subscription that resulted. */
    async function followFrom(pagePath: string, email: string): Promise<{ location: string | null; scopeType: string; scopeId: number }> {
      const html = await page(pagePath);
      const action = /<form method="post" action="([^"]+)" class="stacked-form compact-form">/.exec(html)![1]!;
      const scope = /<input type="hidden" name="scope" value="([^"]+)"\/>/.exec(html)![1]!;
      const body = new URLSearchParams({ scope, email, frequency: 'daily', website: '' });
      const response = await site.app.request(action, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: site.app.url }, body });
      assert.equal(response.status, 303, await response.text());
      const mails = await claimDueMails(site.db, '9999-01-01T00:00:00.000Z', '9999-01-01T00:00:01.000Z', 100);
      const mail = mails.find((candidate) => candidate.recipient === email)!;
      const secret = linkPath(mail.body, '/abo/bestaetigen/').split('/').at(-1)!;
      const [subscription, ...more] = await subscriptionsOfToken(site.db, hashSecret(secret), 'confirm');
      assert.equal(more.length, 0);
      return { location: response.headers.get('location'), scopeType: subscription!.scope_type, scopeId: subscription!.scope_id };
    }

    test('/thema/:slug lists the published pledges of the topic with their status counts', async () => {
      const html = await page('/thema/klima');
      assert.match(html, /<title>Thema: Klima – /);
      assert.match(html, /<h1>Klima<\/h1>/);
      assert.deepEqual(listed(html), ['klimageld', 'kohleausstieg', 'tempolimit']);
      assert.match(html, /<p>3 Vorhaben<\/p>/);
      assert.equal(legendCount(html, 'umgesetzt'), 1, 'the unpublished implemented pledge is not counted');
      assert.equal(legendCount(html, 'gebrochen'), 1);
      assert.equal(legendCount(html, 'teilweise umgesetzt'), 1);
      assert.equal(legendCount(html, 'nicht begonnen'), 0);
      assert.ok(!html.includes('geheim'), 'unpublished pledges stay private');
      assert.match(html, /<a href="\/vorhaben\?thema=klima">Alle 3 Vorhaben zu diesem Thema in der Liste filtern und sortieren<\/a>/);
      assert.match(html, /<a href="\/themen">Themen<\/a>/);
      assert.match(html, /<link rel="alternate" type="application\/atom\+xml" title="Entwicklungen: Klima \(Atom\)" href="\/thema\/klima\/feed\.xml"\/>/);
      assert.match(html, /type="application\/rss\+xml"[^>]*href="\/thema\/klima\/feed\.rss"/);
      assert.match(html, /type="application\/feed\+json"[^>]*href="\/thema\/klima\/feed\.json"/);
      assert.match(html, /<meta property="og:title" content="Thema: Klima"\/>/);
      assert.match(html, /<meta name="twitter:card" content="summary_large_image"\/>/);
      assert.match(html, /<input [^>]*type="email"/);
    });

    test('/ministerium/:slug lists the published pledges the ministry leads, with its own feeds', async () => {
      const transport = slugify(TRANSPORT);
      const html = await page(`/ministerium/${transport}`);
      assert.match(html, /<title>Federführung: Bundesministerium für Digitales und Verkehr – /);
      assert.deepEqual(listed(html), ['tempolimit', 'breitband']);
      assert.match(html, /<p>2 Vorhaben<\/p>/);
      assert.equal(legendCount(html, 'begonnen'), 1);
      assert.equal(legendCount(html, 'teilweise umgesetzt'), 1);
      assert.match(html, new RegExp(`<a href="/vorhaben\\?federfuehrung=${transport}">Alle 2 Vorhaben dieses Ministeriums`));
      assert.match(html, new RegExp(`type="application/atom\\+xml"[^>]*href="/ministerium/${transport}/feed\\.xml"`));
      const feed = await site.app.request(`/ministerium/${transport}/feed.json`);
      assert.equal(feed.status, 200);
      assert.match(feed.headers.get('content-type') ?? '', /json/);
      assert.match(await page(`/ministerium/${slugify(FINANCE)}`), /<p>2 Vorhaben<\/p>/);
    });

    test('a topic or ministry with only unpublished pledges has a page without them; unknown ones are 404', async () => {
      for (const path of ['/thema/verborgen', `/ministerium/${slugify(SECRET_MINISTRY)}`]) {
        const html = await page(path);
        assert.deepEqual(listed(html), [], path);
        assert.ok(!html.includes('/vorhaben/geheim'), path);
        assert.match(html, /noch kein Vorhaben/);
      }
      for (const path of ['/thema/gibt-es-nicht', '/ministerium/gibt-es-nicht', '/en/thema/gibt-es-nicht', '/thema/klima?vertrag=gibt-es-nicht', '/themen?vertrag=gibt-es-nicht']) {
        await page(path, 404);
      }
      assert.equal((await site.app.request('/ministerium/gibt-es-nicht/feed.xml')).status, 404);
    });

    test('/themen and /ministerien list every topic and ministry with published pledges, with counts and links', async () => {
      const topics = await page('/themen');
      const rows = [...topics.matchAll(/<th scope="row"><a href="\/thema\/([^"]+)">[^<]*<\/a><\/th><td class="number">(\d+)<\/td>/g)].map((match) => `${match[1]}:${match[2]}`);
      assert.deepEqual(rows, ['digitales:1', 'energie:1', 'klima:3', 'verkehr:1']);
      assert.match(topics, /<span class="visually-hidden">1 teilweise umgesetzt, 1 umgesetzt, 1 gebrochen<\/span>/);
      const ministries = await page('/ministerien');
      assert.match(ministries, new RegExp(`<a href="/ministerium/${slugify(TRANSPORT)}">${TRANSPORT}</a></th><td class="number">2</td>`));
      assert.match(ministries, new RegExp(`<a href="/ministerium/${slugify(FINANCE)}">${FINANCE}</a></th><td class="number">2</td>`));
      assert.ok(!ministries.includes(SECRET_MINISTRY));
      const overview = await page('/');
      assert.match(overview, /<a href="\/themen">Vorhaben nach Thema<\/a>/);
      assert.match(overview, /<a href="\/ministerien">Vorhaben nach federführendem Ministerium<\/a>/);
    });

    test('the pledge page and the list link to the topic and ministry pages', async () => {
      const pledgePage = await page('/vorhaben/kohleausstieg');
      assert.match(pledgePage, /<a href="\/thema\/energie">Energie<\/a>/);
      assert.match(pledgePage, /<a href="\/thema\/klima">Klima<\/a>/);
      assert.match(pledgePage, new RegExp(`<a href="/ministerium/${slugify(FINANCE)}">${FINANCE}</a>`));
      assert.match(await page('/vorhaben'), new RegExp(`<a class="meta pledge-ministry" href="/ministerium/${slugify(TRANSPORT)}">`));
    });

    test('in English, with English labels and links', async () => {
      const html = await page('/en/thema/klima');
      assert.match(html, /<html lang="en">/);
      assert.match(html, /<title>Topic: Klima – /);
      assert.match(html, /<a href="\/en\/themen">Topics<\/a>/);
      assert.match(html, /<a href="\/en\/vorhaben\/klimageld">/);
      assert.match(html, /<a href="\/en\/vorhaben\?thema=klima">Filter and sort all 3 pledges on this topic in the list<\/a>/);
      assert.match(html, /<form method="post" action="\/en\/abo"/);
      assert.match(html, /the pledges on this topic/);
      assert.match(await page(`/en/ministerium/${slugify(FINANCE)}`), /<title>Lead ministry: Bundesministerium der Finanzen – /);
      assert.match(await page('/en/ministerien'), /<h1>Lead ministries<\/h1>/);
    });

    test('the follow form asks for a subscription to the topic or the ministry', async () => {
      const klima = (await findTermBySlug(site.db, 'topics', 'klima'))!;
      const topic = await followFrom('/thema/klima', 'thema@example.org');
      assert.deepEqual(topic, { location: '/abo/gesendet', scopeType: 'topic', scopeId: klima.id });
      const finance = (await findTermBySlug(site.db, 'ministries', slugify(FINANCE)))!;
      const ministry = await followFrom(`/en/ministerium/${finance.slug}`, 'ministry@example.org');
      assert.deepEqual(ministry, { location: '/en/abo/gesendet', scopeType: 'ministry', scopeId: finance.id });
    });
  });
}
