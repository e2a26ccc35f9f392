// The English interface under /en: same pages, English strings and links, the agreement text as written.
// Tier: quick
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testSite } from './support/site.ts';
import { CHAPTER, seedSite, today } from './support/site-fixture.ts';

describe('English interface', () => {
  const site = testSite('sqlite', { seed: seedSite, clock: () => today });

  async function page(path: string, status = 200): Promise<string> {
    const response = await site.app.request(path);
    assert.equal(response.status, status, path);
    return response.text();
  }

  test('/en is the overview in English, linking English pages and the German counterpart', async () => {
    const html = await page('/en');
    assert.match(html, /<html lang="en">/);
    assert.match(html, /50 % of the term has passed \(day 731 of 1461\)/);
    assert.match(html, /href="\/en\/kapitel\/2-2-digitale-innovationen"/);
    assert.match(html, /<a href="\/" hreflang="de" lang="de"[^>]*>Deutsch<\/a>/);
    assert.match(html, /<meta property="og:locale" content="en_GB"\/?>/);
    assert.ok(!html.includes('href="/kapitel/'), 'no link falls back to the German pages');
  });

  test('the German pages link their English counterparts', async () => {
    const html = await page('/vorhaben/verschluesselung');
    assert.match(html, /<html lang="de">/);
    assert.match(html, /<a href="\/en\/vorhaben\/verschluesselung" hreflang="en" lang="en"[^>]*>English<\/a>/);
  });

  test('the language switch keeps the search and the filters', async () => {
    assert.match(await page('/suche?q=Recht&typ=vorhaben'), /<a href="\/en\/suche\?q=Recht&amp;typ=vorhaben" hreflang="en"/);
    assert.match(await page('/en/vorhaben?status=implemented'), /<a href="\/vorhaben\?status=implemented" hreflang="de"/);
  });

  test('a chapter keeps its text as written while the interface around it is English', async () => {
    const html = await page(`/en${CHAPTER}`);
    assert.match(html, /Wir führen ein Recht auf Verschlüsselung ein\./);
    assert.match(html, /Pledges in this chapter/);
    assert.match(html, /<a href="\/en\/vorhaben\/verschluesselung">/);
    assert.match(html, /status-implemented">implemented</);
  });

  test('a pledge page shows English labels and dates', async () => {
    const html = await page('/en/vorhaben/verschluesselung');
    assert.match(html, /Status history/);
    assert.match(html, /<time datetime="2023-03-15">15 Mar 2023<\/time>/);
    assert.match(html, /href="\/en\/kapitel\/2-2-digitale-innovationen#zitat-verschluesselung"/);
  });

  test('an unknown English path gets the English 404 page', async () => {
    const html = await page('/en/gibt-es-nicht', 404);
    assert.match(html, /<html lang="en">/);
    assert.match(html, /Page not found/);
    assert.match(html, /<a href="\/en">To the overview<\/a>/);
  });

  test('the back office stays German', async () => {
    const response = await site.app.request('/en/admin');
    assert.equal(response.status, 404);
  });
});
