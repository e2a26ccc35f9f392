// Every public page over real HTTP: status, key content, escaping, headers.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from '../src/store/database.ts';
import { DIALECTS, openTestStore, type TestStore } from './support/dialects.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { CHAPTER, seedSite, today } from './support/site-fixture.ts';

for (const dialect of DIALECTS) {
  describe(`public site (${dialect})`, () => {
    let database: TestStore;
    let store: Store;
    let server: RunningServer;

    before(async () => {
      database = await openTestStore(dialect);
      store = database.store;
      await seedSite(store);
      server = await startServer(store.db, { clock: () => today });
    });
    after(async () => {
      await server.close();
      await database.close();
    });

    async function page(path: string, status = 200): Promise<string> {
      const response = await server.get(path);
      assert.equal(response.status, status, path);
      assert.match(response.headers.get('content-type') ?? '', /text\/html/);
      return response.text();
    }

    test('/ shows agreement, status counts, chapters, latest developments and term progress', async () => {
      const html = await page('/');
      assert.match(html, /<html lang="de">/);
      assert.match(html, /<h1>Mehr Fortschritt wagen<\/h1>/);
      assert.match(html, /Bundesregierung 2021–2025 \(SPD, Grüne, FDP\)/);
      assert.match(html, /50 % der Amtszeit vergangen \(Tag 731 von 1461\)/);
      assert.match(html, /<p>2 Vorhaben<\/p>/);
      assert.match(html, /umgesetzt<\/span> <strong class="legend-count">1<\/strong> <span class="legend-percent">\(50 %\)/);
      assert.match(html, /nicht begonnen<\/span> <strong class="legend-count">1<\/strong>/);
      assert.match(html, /href="\/kapitel\/1-praeambel"/);
      assert.match(html, /href="\/kapitel\/2-2-digitale-innovationen"/);
      assert.ok(html.indexOf('/kapitel/1-praeambel') < html.indexOf('/kapitel/2-2-digitale'), 'chapters in their order');
      assert.match(html, /Gesetz &lt;b&gt;verabschiedet&lt;\/b&gt;/);
      assert.ok(!html.includes('Entwurf einer Änderung'), 'drafts stay private');
      assert.ok(!html.includes('Noch geheim'), 'unpublished pledges stay private');
    });

    test('/kapitel/:slug shows the text with linked highlights and a table of its pledges', async () => {
      const html = await page(CHAPTER);
      assert.match(html, /<h1>2\.2 Digitale Innovationen<\/h1>/);
      assert.match(html, /<h2 id="sicherheit">Sicherheit<\/h2>/);
      assert.match(html, /<mark class="pledge-quote" id="zitat-verschluesselung"><a href="\/vorhaben\/verschluesselung">Wir führen ein Recht auf Verschlüsselung ein\.<\/a><\/mark>/);
      assert.match(html, /<a href="\/vorhaben\/dateninstitut">Ein Dateninstitut soll/);
      assert.match(html, /<td><a href="\/vorhaben\/verschluesselung">Recht auf Verschlüsselung<\/a><\/td><td><span class="status-badge status-implemented">umgesetzt<\/span><\/td><td><time datetime="2023-03-15">15\.3\.2023<\/time>: Gesetz &lt;b&gt;verabschiedet&lt;\/b&gt;<\/td>/);
      assert.ok(!html.includes('](#'), 'no markers in the rendered text');
    });

    test('an unreviewed chapter says so', async () => {
      assert.match(await page('/kapitel/1-praeambel'), /noch nicht redaktionell ausgewertet/);
    });

    test('/vorhaben/:slug shows quote, facts, timeline newest first with sources, and status history', async () => {
      const html = await page('/vorhaben/verschluesselung');
      assert.match(html, /<blockquote class="quote"><p>Wir führen ein Recht auf Verschlüsselung ein\.<\/p><\/blockquote>/);
      assert.match(html, /href="\/kapitel\/2-2-digitale-innovationen#zitat-verschluesselung"/);
      assert.match(html, /<dt>Bewertung<\/dt><dd>4 von 5<\/dd>/);
      assert.match(html, /<dt>Frist<\/dt><dd><time datetime="2025-06-30">30\.6\.2025<\/time><\/dd>/);
      assert.match(html, /<dt>Federführung<\/dt><dd><a href="\/ministerium\/bundesministerium-des-innern">Bundesministerium des Innern<\/a><\/dd>/);
      assert.match(html, /<li><a href="\/thema\/it-sicherheit">IT-Sicherheit<\/a><\/li>/);
      assert.match(html, /<dt>Erfüllt, wenn<\/dt><dd>erfüllt, wenn das Recht im Gesetz steht<\/dd>/);
      assert.ok(html.indexOf('Gesetz &lt;b&gt;verabschiedet') < html.indexOf('Eckpunkte vorgelegt'), 'newest first');
      assert.match(html, /<a href="https:\/\/example\.org\/quelle-2022-05-01" rel="nofollow noopener noreferrer">Quelle 2022-05-01<\/a>, Bundestag/);
      assert.match(html, /Text zu <strong>Eckpunkte vorgelegt<\/strong> mit <a href="https:\/\/example\.org\/2022-05-01">Link<\/a>/);
      assert.ok(!html.includes('Entwurf einer Änderung'));
      const history = html.slice(html.indexOf('Statusverlauf'));
      assert.match(history, /1\.5\.2022<\/time><\/td><td>nicht begonnen<\/td><td><span class="status-badge status-in_progress">begonnen/);
      assert.match(history, /15\.3\.2023<\/time><\/td><td>begonnen<\/td><td><span class="status-badge status-implemented">umgesetzt/);
    });

    test('a title holding <script> comes out escaped everywhere', async () => {
      for (const path of ['/', CHAPTER, '/vorhaben', '/vorhaben/dateninstitut']) {
        const html = await page(path);
        assert.ok(!html.includes('<script'), `${path} contains a script tag`);
      }
      assert.match(await page('/vorhaben/dateninstitut'), /<h1>Dateninstitut &lt;script&gt;alert\(&#39;x&#39;\)&lt;\/script&gt;<\/h1>/);
    });

    test('/vorhaben lists published pledges by chapter', async () => {
      const html = await page('/vorhaben');
      assert.match(html, /Ergebnisse: 2 Vorhaben/);
      assert.match(html, /<a href="\/vorhaben\/verschluesselung">Recht auf Verschlüsselung<\/a>.*?<span class="status-badge status-implemented">/);
      assert.ok(!html.includes('Noch geheim'), 'unpublished pledges stay private');
    });

    test('unknown and unpublished things are 404 pages, odd URLs too', async () => {
      for (const path of ['/vorhaben/geheim', '/vorhaben/gibt-es-nicht', '/kapitel/gibt-es-nicht', '/nirgends', '/vorhaben/%ff%fe', '/kapitel/..%2F..%2Fetc', `/kapitel/${'x'.repeat(5000)}`, '/?vertrag=unbekannt']) {
        const html = await page(path, 404);
        assert.match(html, /Seite nicht gefunden/, path);
      }
    });

    test('every response carries strict security headers', async () => {
      for (const path of ['/', CHAPTER, '/nirgends', '/assets/style.css']) {
        const response = await server.get(path);
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
        const html = await page(path);
        for (const [, url] of html.matchAll(/(?:src|<link[^>]*href)="([^"]*)"/g)) assert.ok(url!.startsWith('/'), `${path} loads ${url}`);
      }
    });

    test('the stylesheet is cached and revalidated by ETag', async () => {
      const html = await page('/');
      const stylesheet = /<link rel="stylesheet" href="([^"]+)"/.exec(html)![1]!;
      const response = await server.get(stylesheet);
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-type'), 'text/css; charset=utf-8');
      assert.match(response.headers.get('cache-control')!, /immutable/);
      assert.match(await response.text(), /--c-implemented/);
      const again = await server.get(stylesheet, { headers: { 'If-None-Match': response.headers.get('etag')! } });
      assert.equal(again.status, 304);
      assert.equal((await server.get('/assets/nichts.css')).status, 404);
    });
  });
}

describe('public site over https', () => {
  test('sends HSTS when BASE_URL is https', async () => {
    const { store, close } = await openTestStore('sqlite');
    const server = await startServer(store.db, {}, { BASE_URL: 'https://tracker.example' });
    const response = await server.get('/');
    assert.match(response.headers.get('strict-transport-security') ?? '', /max-age=\d+/);
    assert.match(await response.text(), /Noch ist kein Koalitionsvertrag importiert/);
    await server.close();
    await close();
  });
});
