// Atom, RSS and JSON Feed of published developments, parsed and checked against their specs.
// Tier: quick
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { findChapterBySlug, updateChapter } from '../src/store/chapters.ts';
import { findPledgeBySlug, updatePledge } from '../src/store/pledges.ts';
import { insertDevelopment } from '../src/store/developments.ts';
import { DIALECTS } from './support/dialects.ts';
import { parseHtml } from './support/html.ts';
import { feedLinks } from './support/pages.ts';
import { testSite } from './support/site.ts';
import { seedSite, today } from './support/site-fixture.ts';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
const asList = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** A character outside XML 1.0's Char production: a parser must refuse the document. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

for (const dialect of DIALECTS) {
  describe(`feeds (${dialect})`, () => {
    const site = testSite(dialect, { seed: seedSite, clock: () => today, env: { BASE_URL: 'https://tracker.example' } });

    async function fetchFeed(path: string, type: RegExp): Promise<string> {
      const response = await site.app.request(path);
      assert.equal(response.status, 200, path);
      assert.match(response.headers.get('content-type') ?? '', type);
      return response.text();
    }

    test('the Atom feed is well-formed Atom 1.0 with the published developments, newest first', async () => {
      const xml = await fetchFeed('/feed.xml', /application\/atom\+xml/);
      assert.equal(XMLValidator.validate(xml), true);
      const { feed } = parser.parse(xml);
      assert.equal(feed['@xmlns'], 'http://www.w3.org/2005/Atom');
      assert.equal(feed.id, 'https://tracker.example/feed.xml');
      assert.ok(feed.title && feed.updated, 'feed title and updated');
      const entries = asList(feed.entry);
      const titles = entries.map((entry: { title: { '#text': string; '@type': string } }) => entry.title);
      assert.ok(titles.every((title) => title['@type'] === 'html'));
      assert.deepEqual(
        titles.map((title) => title['#text']).sort(),
        ['Recht auf Verschlüsselung: Eckpunkte vorgelegt', 'Recht auf Verschlüsselung: Gesetz &lt;b&gt;verabschiedet&lt;/b&gt;'],
        'a title is text, escaped inside the HTML title',
      );
      for (const entry of entries) {
        assert.match(entry.id, /^https:\/\/tracker\.example\/vorhaben\/verschluesselung#entwicklung-\d+$/);
        assert.ok(!Number.isNaN(Date.parse(entry.updated)), 'RFC 3339 dates');
        assert.ok(asList(entry.link).some((link: { '@href': string }) => link['@href'] === entry.id));
      }
      const ids = entries.map((entry: { id: string }) => Number(entry.id.split('-').at(-1)));
      assert.ok(ids[0]! > ids[1]!, 'newest first (same publication time: the later one first)');
      assert.ok(!xml.includes('Entwurf einer Änderung'), 'drafts never appear');
      const links = asList(feed.link).map(
        (link: { '@rel'?: string; '@href': string }) => `${link['@rel'] ?? 'alternate'} ${link['@href']}`,
      );
      assert.ok(links.includes('self https://tracker.example/feed.xml'), links.join());
    });

    test('the RSS feed is well-formed RSS 2.0 with guids and RFC 822 dates', async () => {
      const xml = await fetchFeed('/feed.rss', /application\/rss\+xml/);
      assert.equal(XMLValidator.validate(xml), true);
      const { rss } = parser.parse(xml);
      assert.equal(rss['@version'], '2.0');
      const items = asList(rss.channel.item);
      assert.equal(items.length, 2);
      for (const item of items) {
        assert.ok(item.title && item.link && item.guid);
        assert.match(item.pubDate, /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
      }
    });

    test('the JSON Feed has a version, a title and items with ids and HTML content', async () => {
      const json = JSON.parse(await fetchFeed('/feed.json', /application\/feed\+json/));
      assert.match(json.version, /^https:\/\/jsonfeed\.org\/version\/1(\.1)?$/);
      assert.ok(json.title);
      assert.equal(json.feed_url, 'https://tracker.example/feed.json');
      assert.equal(json.items.length, 2);
      for (const item of json.items) {
        assert.ok(item.id && item.url && (item.content_html || item.content_text));
        assert.doesNotMatch(item.content_html, /<script|<b>verabschiedet/, 'content is safe HTML');
      }
    });

    test('per pledge, chapter, topic and ministry feeds hold only their developments; unknown ones are 404', async () => {
      const pledge = parser.parse(await fetchFeed('/vorhaben/verschluesselung/feed.xml', /atom/)).feed;
      assert.equal(asList(pledge.entry).length, 2);
      const other = parser.parse(await fetchFeed('/vorhaben/dateninstitut/feed.xml', /atom/)).feed;
      assert.equal(asList(other.entry).length, 0);
      const chapter = JSON.parse(await fetchFeed('/kapitel/2-2-digitale-innovationen/feed.json', /json/));
      assert.equal(chapter.items.length, 2);
      const topic = parser.parse(await fetchFeed('/thema/it-sicherheit/feed.rss', /rss/)).rss;
      assert.equal(asList(topic.channel.item).length, 2);
      assert.equal(topic.channel.link, 'https://tracker.example/thema/it-sicherheit', 'the topic feed links to the topic page');
      const ministry = parser.parse(await fetchFeed('/ministerium/bundesministerium-des-innern/feed.xml', /atom/)).feed;
      assert.equal(asList(ministry.entry).length, 2);
      assert.equal(JSON.parse(await fetchFeed('/ministerium/bundesministerium-des-innern/feed.json', /json/)).items.length, 2);
      for (const path of [
        '/vorhaben/geheim/feed.xml',
        '/vorhaben/gibt-es-nicht/feed.xml',
        '/kapitel/nichts/feed.rss',
        '/thema/nichts/feed.json',
        '/ministerium/nichts/feed.rss',
        '/feed.txt',
      ]) {
        assert.equal((await site.app.request(path)).status, 404, path);
      }
    });

    test('pages announce their feeds with <link rel="alternate">', async () => {
      const announced = async (path: string) => feedLinks(await site.page(path));
      assert.deepEqual(
        (await announced('/vorhaben/verschluesselung')).filter((feed) => feed.title.startsWith('Entwicklungen: Recht auf Verschlüsselung')),
        [
          {
            type: 'application/atom+xml',
            title: 'Entwicklungen: Recht auf Verschlüsselung (Atom)',
            href: '/vorhaben/verschluesselung/feed.xml',
          },
          {
            type: 'application/rss+xml',
            title: 'Entwicklungen: Recht auf Verschlüsselung (RSS)',
            href: '/vorhaben/verschluesselung/feed.rss',
          },
          {
            type: 'application/feed+json',
            title: 'Entwicklungen: Recht auf Verschlüsselung (JSON Feed)',
            href: '/vorhaben/verschluesselung/feed.json',
          },
        ],
      );
      for (const [path, feed] of [
        ['/', '/feed.xml'],
        ['/kapitel/2-2-digitale-innovationen', '/kapitel/2-2-digitale-innovationen/feed.xml'],
        ['/thema/it-sicherheit', '/thema/it-sicherheit/feed.xml'],
        ['/ministerium/bundesministerium-des-innern', '/ministerium/bundesministerium-des-innern/feed.xml'],
      ]) {
        assert.ok(
          (await announced(path!)).some((link) => link.type === 'application/atom+xml' && link.href === feed),
          path,
        );
      }
    });

    test('a feed names what it is of and says for each entry its date, new status and sources', async () => {
      const feed = JSON.parse(await fetchFeed('/vorhaben/verschluesselung/feed.json', /json/));
      assert.equal(feed.title, 'Koalitionstracker – Vorhaben: Recht auf Verschlüsselung');
      assert.equal(feed.home_page_url, 'https://tracker.example/vorhaben/verschluesselung');
      const content = feed.items.map((item: { content_html: string }) => item.content_html).join('\n');
      assert.match(content, /<p>Datum: \d{4}-\d{2}-\d{2}/);
      assert.match(content, /Neuer Status: [a-zäöü ]+/);
      assert.equal(
        await site.app.request('/en/feed.xml').then((response) => response.text()),
        await fetchFeed('/feed.xml', /xml/),
        'a feed is a file, the same in both languages',
      );
    });

    test('images in a development never reach a feed or a page: they are links to the image', async () => {
      const pledge = (await findPledgeBySlug(site.db, 'verschluesselung'))!;
      const stamp = today.toISOString();
      await insertDevelopment(
        site.db,
        {
          pledgeId: pledge.id,
          eventDate: '2023-12-01',
          publishedAt: stamp,
          title: 'Grafik zum Gesetz',
          body: 'Siehe ![Grafik](https://cdn.example/grafik.png) und ![x](javascript:alert(1)).',
          statusChange: null,
          ratingChange: null,
          origin: 'editor',
          sources: [{ url: 'https://example.org/grafik', title: 'Grafik', publisher: null, publishedOn: null }],
        },
        stamp,
      );
      for (const path of ['/feed.xml', '/feed.rss', '/feed.json', '/vorhaben/verschluesselung/feed.xml', '/vorhaben/verschluesselung']) {
        const text = await (await site.app.request(path)).text();
        assert.match(text, /Grafik zum Gesetz/, path);
        assert.doesNotMatch(text, /<img|&lt;img|src=|javascript:/, path);
        assert.match(text, /<a href=\\?"https:\/\/cdn\.example\/grafik\.png\\?">Grafik<\/a>/, path);
      }
    });

    test('control characters already in the database: every feed stays well-formed XML without them', async () => {
      const pledge = (await findPledgeBySlug(site.db, 'verschluesselung'))!;
      await updatePledge(site.db, pledge.id, { title: 'Recht auf\u0001 Verschlüsselung\uFFFE' });
      const chapter = (await findChapterBySlug(site.db, '2-2-digitale-innovationen'))!;
      await updateChapter(site.db, chapter.id, { title: 'Digitale\u0008 Innovationen', heading: '2.2 Digitale\u0008 Innovationen' });
      const stamp = today.toISOString();
      await insertDevelopment(
        site.db,
        {
          pledgeId: pledge.id,
          eventDate: '2023-12-02',
          publishedAt: stamp,
          title: 'Gesetz\u0007 im\u001b Bundestag\uFFFF',
          body: 'Text\u0002 mit **Fett**\u0085.\u000b',
          statusChange: null,
          ratingChange: null,
          origin: 'editor',
          sources: [{ url: 'https://example.org/bundestag', title: 'Quelle\u000c', publisher: 'Bundes\u007ftag', publishedOn: null }],
        },
        stamp,
      );
      for (const path of [
        '/feed.xml',
        '/feed.rss',
        '/vorhaben/verschluesselung/feed.xml',
        '/vorhaben/verschluesselung/feed.rss',
        '/kapitel/2-2-digitale-innovationen/feed.xml',
        '/thema/it-sicherheit/feed.rss',
      ]) {
        const xml = await fetchFeed(path, /xml/);
        assert.doesNotMatch(xml, NOT_XML, `${path}: ${JSON.stringify(NOT_XML.exec(xml)?.[0])} at ${NOT_XML.exec(xml)?.index}`);
        assert.equal(XMLValidator.validate(xml), true, path);
        assert.match(xml, /Recht auf Verschlüsselung: Gesetz im Bundestag/, path);
      }
      const json = await fetchFeed('/feed.json', /json/);
      assert.doesNotMatch(json, /\\u00(0|1|7f|8)/i, 'no escaped control characters in the JSON Feed either');
      const item = JSON.parse(json).items.find((entry: { title: string }) => entry.title.includes('Bundestag'));
      assert.equal(item.title, 'Recht auf Verschlüsselung: Gesetz im Bundestag');
      const content = parseHtml(item.content_html);
      assert.equal(content.find('strong').text, 'Fett');
      assert.equal(content.find('strong').parent!.text, 'Text mit Fett.');
    });
  });
}
