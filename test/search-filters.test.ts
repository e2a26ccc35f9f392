// Search filters: /suche narrows its hits by status, chapter and topic as /vorhaben does, the filters
// combine, and each value shows how many hits it would leave.
// Tier: quick
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { rebuildSearchIndex } from '../src/services/search-index.ts';
import { DIALECTS } from './support/dialects.ts';
import type { HtmlPage } from './support/html.ts';
import { testSite } from './support/site.ts';
import { CHAPTER, seedSite, today } from './support/site-fixture.ts';

const CHAPTER_SLUG = CHAPTER.slice('/kapitel/'.length);

/** The value → "label (count)" of one filter's checkboxes. */
function facet(page: HtmlPage, name: string): Record<string, string> {
  return Object.fromEntries(
    page
      .findAll(`.search-filters input[name="${name}"]`)
      .map((input) => [input.attr('value'), input.parent!.text.replace(/\s+/g, ' ').trim()]),
  );
}

function hits(page: HtmlPage): string[] {
  return page.findAll('li.search-result h2 a').map((link) => link.attr('href')!.replace(/#.*/, ''));
}

for (const dialect of DIALECTS) {
  describe(`search filters (${dialect})`, () => {
    const site = testSite(dialect, { seed: seedSite, clock: () => today });
    before(() => rebuildSearchIndex(site.db));

    test('the hits come with a count for each status, chapter and topic they belong to', async () => {
      const page = await site.page('/suche?q=Verschl%C3%BCsselung');
      assert.deepEqual(facet(page, 'status'), { implemented: 'umgesetzt (1)' });
      assert.deepEqual(facet(page, 'thema'), {
        'it-sicherheit': 'IT-Sicherheit (1)',
      });
      assert.match(facet(page, 'kapitel')[CHAPTER_SLUG]!, /Digitale Innovationen \(\d+\)$/);
    });

    test('a status filter keeps the hits of Vorhaben in that status and leaves out chapter text', async () => {
      const all = await site.page('/suche?q=Verschl%C3%BCsselung');
      assert.ok(hits(all).includes(CHAPTER), 'the chapter text is a hit without filter');
      const page = await site.page('/suche?q=Verschl%C3%BCsselung&status=implemented');
      assert.deepEqual([...new Set(hits(page))], ['/vorhaben/verschluesselung']);
      assert.equal(page.find('.search-filters input[value="implemented"]').attr('checked') !== undefined, true);
      const none = await site.page('/suche?q=Verschl%C3%BCsselung&status=broken');
      assert.deepEqual(hits(none), []);
      assert.match(none.find('.search-count').text, /Keine Treffer/);
    });

    test('filters combine: a chapter and a topic leave only what is in both, and the kind links keep them', async () => {
      const page = await site.page(`/suche?q=Verschl%C3%BCsselung&kapitel=${CHAPTER_SLUG}&thema=it-sicherheit`);
      assert.deepEqual([...new Set(hits(page))], ['/vorhaben/verschluesselung']);
      const kindLink = page.find('.search-kinds a').attr('href')!;
      assert.match(kindLink, /thema=it-sicherheit/);
      assert.match(kindLink, new RegExp(`kapitel=${CHAPTER_SLUG}`));
      const other = await site.page('/suche?q=Verschl%C3%BCsselung&thema=gibt-es-nicht');
      assert.deepEqual(hits(other), []);
    });

    test('the chapter filter alone keeps the chapter text of that chapter', async () => {
      const page = await site.page(`/suche?q=Verschl%C3%BCsselung&kapitel=${CHAPTER_SLUG}`);
      assert.ok(hits(page).includes(CHAPTER));
    });

    test('the English search page names the filters in English', async () => {
      const page = await site.page('/en/suche?q=Verschl%C3%BCsselung');
      assert.equal(page.find('#search-filters-heading').text, 'Narrow the hits');
      assert.match(facet(page, 'status').implemented!, /^implemented \(1\)$/);
    });
  });
}
