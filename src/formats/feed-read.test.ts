import { test } from 'node:test';
import assert from 'node:assert/strict';
import { feedDay, FeedFormatError, parseFeed } from './feed-read.ts';

test('RSS 2.0: items with guid, link, plain text and the Berlin day', () => {
  const feed = parseFeed(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Bundesgesetzblatt Teil I</title><link>https://www.recht.bund.de</link>
<item><title>Gesetz zur Änderung des Onlinezugangsgesetzes (OZG-Änderungsgesetz – OZGÄndG)</title><link>https://www.recht.bund.de/bgbl/1/2024/245/VO.html</link>
<description>&lt;p&gt;BGBl. 2024 I Nr. 245 vom 23.07.2024&amp;nbsp;&lt;b&gt;Digitalisierung&lt;/b&gt;&lt;/p&gt;</description>
<pubDate>Tue, 23 Jul 2024 00:30:00 +0200</pubDate><guid isPermaLink="false">bgbl-2024-I-245</guid><category>Verwaltung</category><category>Digitales</category></item>
<item><title>  </title><link>https://example.org/leer</link></item>
<item><title>Ohne Datum</title><link>javascript:alert(1)</link></item>
</channel></rss>`);
  assert.equal(feed.format, 'rss');
  assert.equal(feed.title, 'Bundesgesetzblatt Teil I');
  assert.equal(feed.items.length, 2, 'an item without a title is left out');
  assert.deepEqual(feed.items[0], {
    id: 'bgbl-2024-I-245',
    title: 'Gesetz zur Änderung des Onlinezugangsgesetzes (OZG-Änderungsgesetz – OZGÄndG)',
    link: 'https://www.recht.bund.de/bgbl/1/2024/245/VO.html',
    summary: 'BGBl. 2024 I Nr. 245 vom 23.07.2024 Digitalisierung',
    date: '2024-07-23',
    categories: ['Verwaltung', 'Digitales'],
  });
  assert.equal(feed.items[1]!.link, null, 'only http(s) links');
  assert.equal(feed.items[1]!.id, 'Ohne Datum');
  assert.equal(feed.items[1]!.date, null);
});

test('Atom: the alternate link, summary or content, published or updated', () => {
  const feed = parseFeed(`<feed xmlns="http://www.w3.org/2005/Atom"><title type="text">BMI Pressemitteilungen</title>
<entry><id>tag:bmi.bund.de,2024:pm-1</id><title type="html">Kabinett beschließt &lt;em&gt;Registermodernisierung&lt;/em&gt;</title>
<link rel="self" href="https://www.bmi.bund.de/feed/1"/><link rel="alternate" href="https://www.bmi.bund.de/pm/1"/>
<updated>2024-01-31T23:30:00Z</updated><content type="html">&lt;p&gt;Erster Absatz.&lt;/p&gt;&lt;p&gt;Zweiter.&lt;/p&gt;</content><category term="Verwaltung"/></entry></feed>`);
  assert.equal(feed.format, 'atom');
  assert.deepEqual(feed.items[0], {
    id: 'tag:bmi.bund.de,2024:pm-1',
    title: 'Kabinett beschließt Registermodernisierung',
    link: 'https://www.bmi.bund.de/pm/1',
    summary: 'Erster Absatz.\nZweiter.',
    date: '2024-02-01',
    categories: ['Verwaltung'],
  });
});

test('RSS 1.0 (RDF)', () => {
  const feed =
    parseFeed(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Kanal</title></channel><item><title>Eins</title><link>https://example.org/1</link><dc:date>2024-05-02</dc:date></item></rdf:RDF>`);
  assert.equal(feed.format, 'rdf');
  assert.deepEqual(
    feed.items.map((entry) => [entry.title, entry.date]),
    [['Eins', '2024-05-02']],
  );
});

test('a malformed document or one that is no feed is a FeedFormatError', () => {
  assert.throws(
    () => parseFeed('<rss><channel><item><title>offen</channel></rss>'),
    (error: unknown) => error instanceof FeedFormatError && /not well-formed XML, line 1/.test(error.message),
  );
  assert.throws(() => parseFeed('<html><body>Moved</body></html>'), FeedFormatError);
  assert.throws(() => parseFeed('Service Unavailable'), FeedFormatError);
});

test('feed days', () => {
  assert.equal(feedDay('2024-07-23'), '2024-07-23');
  assert.equal(feedDay('Mon, 22 Jul 2024 22:30:00 GMT'), '2024-07-23');
  assert.equal(feedDay('gestern'), null);
});
