// Full-text search at /suche in-process, on every dialect: stems, ranking, snippets, escaping,
// only published content, the index following the back office, and queries that are no queries.
// Tier: quick
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor } from '../src/domain/roles.ts';
import { createDevelopment, setDevelopmentPublished } from '../src/services/admin/developments.ts';
import { COUNT_LIMIT } from '../src/services/public/search.ts';
import { pledgeDocuments, rebuildSearchIndex } from '../src/services/search-index.ts';
import { findPledgeBySlug } from '../src/store/pledges.ts';
import { insertSearchDocuments } from '../src/store/search-documents.ts';
import { buildActor } from './support/factories.ts';
import { parseHtml, type Tag } from './support/html.ts';
import { formEntries } from './support/html-form.ts';
import { DIALECTS } from './support/dialects.ts';
import { testSite } from './support/site.ts';
import { CHAPTER, seedSite, today } from './support/site-fixture.ts';

const XSS = '<script>alert(1)</script>';

function developmentForm(title: string, body: string): Record<string, string> {
  return { event_date: '2023-06-01', title, body, source_url: 'https://example.org/beleg', source_title: 'Beleg' };
}

/** Result links in page order. */
function resultLinks(html: string): string[] {
  return parseHtml(html)
    .findAll('li.search-result h2 a')
    .map((link) => link.attr('href')!);
}

/** The snippets of the results, with the words found between * *: `*Recht* auf *Verschlüsselung*`. */
function marked(html: string, selector = 'li.search-result .search-snippet'): string[] {
  return parseHtml(html)
    .findAll(selector)
    .map((element) => markedText(element));
}

function markedText(element: Tag): string {
  return element.children
    .map((child) => (typeof child === 'string' ? child : child.name === 'mark' ? `*${child.text}*` : markedText(child)))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

for (const dialect of DIALECTS) {
  describe(`search (${dialect})`, () => {
    const site = testSite(dialect, { seed: seedSite, clock: () => today });

    /** Search documents for developments of the Vorhaben "dateninstitut" only, without rows behind them. */
    async function indexDevelopmentsOf(
      pledgeId: number,
      developments: Parameters<typeof pledgeDocuments>[0]['developments'],
    ): Promise<void> {
      const documents = pledgeDocuments({
        id: pledgeId,
        slug: 'dateninstitut',
        title: 'Dateninstitut',
        quote: null,
        success_criterion: null,
        published: 1,
        chapter_heading: 'Kapitel',
        developments,
      });
      await insertSearchDocuments(
        site.db,
        documents.filter((document) => document.kind === 'update'),
      );
    }
    let editor: Actor;

    before(async () => {
      // The fixture writes its developments straight into the store, past the services that index.
      await rebuildSearchIndex(site.db);
      editor = await buildActor(site.db, 'editor');
      await createDevelopment(
        site.db,
        editor,
        'dateninstitut',
        developmentForm('Messenger-Gesetz beschlossen', `Ein Gesetz zu verschlüsselter Kommunikation zwischen Behörden. ${XSS}`),
        'publish',
        today,
      );
    });

    async function search(query: string, status = 200): Promise<string> {
      const response = await site.app.request(`/suche?${query}`);
      assert.equal(response.status, status, query.slice(0, 100));
      return response.text();
    }

    test('a word finds other forms of it: "Verschlüsselung" finds "verschlüsselter Kommunikation"', async () => {
      const html = await search('q=Verschl%C3%BCsselung');
      assert.ok(marked(html).some((snippet) => snippet.includes('*verschlüsselter* Kommunikation')));
      assert.ok(resultLinks(html).some((link) => /^\/vorhaben\/dateninstitut#entwicklung-\d+$/.test(link)));
    });

    test('hits are ranked: the pledge titled with the word comes before a development that mentions it once', async () => {
      const links = resultLinks(await search('q=Verschl%C3%BCsselung'));
      assert.equal(links[0], '/vorhaben/verschluesselung');
      assert.ok(
        links.some((link) => link.startsWith('/vorhaben/dateninstitut#entwicklung-')),
        links.join(),
      );
      assert.ok(links.includes(`${CHAPTER}#sicherheit`), 'chapter text links to its section');
    });

    test('snippets mark the words found, in titles too', async () => {
      const html = await search('q=Recht+Verschl%C3%BCsselung');
      const [first] = parseHtml(html).findAll('li.search-result');
      assert.equal(first!.find('h2 a').attr('href'), '/vorhaben/verschluesselung');
      assert.equal(markedText(first!.find('h2 a')), '*Recht* auf *Verschlüsselung*');
      assert.ok(marked(html).some((snippet) => snippet.includes('Wir führen ein *Recht* auf *Verschlüsselung* ein.')));
    });

    test('a compound is found by the word it begins with', async () => {
      const html = await search('q=Sicherheit');
      assert.ok(marked(html).some((snippet) => snippet.includes('IT-*Sicherheitsgesetz*')));
    });

    test('markup in content and in the query is shown as text', async () => {
      const content = await search('q=Dateninstitut');
      assert.ok(marked(content, 'li.search-result h2').includes("*Dateninstitut* <script>alert('x')</script>"), 'the title as text');
      const development = await search('q=Beh%C3%B6rden');
      assert.ok(!parseHtml(development).has('main script'));
      assert.ok(
        marked(development).some((snippet) => snippet.includes('alert(1)')),
        'the text of the markup',
      );
      const typed = `Verschlüsselung ${XSS}"><img src=x onerror=alert(2)>`;
      const query = await search(`q=${encodeURIComponent(typed)}`);
      assert.ok(!query.includes('<script>alert(1)') && !query.includes('<img src=x'), 'query never appears as markup');
      assert.equal(parseHtml(query).find('input#search-query').attr('value'), typed);
    });

    test('drafts and unpublished pledges are not found', async () => {
      assert.match(await search('q=Entwurf+%C3%84nderung'), /Keine Treffer/);
      assert.match(await search('q=geheim'), /Keine Treffer/);
    });

    test('publishing a development puts it into the index at once; withdrawing takes it out', async () => {
      const id = await createDevelopment(
        site.db,
        editor,
        'verschluesselung',
        developmentForm('Quantenfunk erprobt', 'Ein Pilotversuch.'),
        'draft',
        today,
      );
      assert.match(await search('q=Quantenfunk'), /Keine Treffer/);
      await setDevelopmentPublished(site.db, editor, id, true, today);
      assert.deepEqual(resultLinks(await search('q=Quantenfunk')), [`/vorhaben/verschluesselung#entwicklung-${id}`]);
      await setDevelopmentPublished(site.db, editor, id, false, today);
      assert.match(await search('q=Quantenfunk'), /Keine Treffer/);
    });

    test('the type filter counts and narrows hits; pages link to each other', async () => {
      const html = await search('q=Verschl%C3%BCsselung&typ=entwicklungen');
      assert.equal(parseHtml(html).find('nav.search-kinds a[aria-current="page"]').text, 'Entwicklungen (1)');
      assert.deepEqual(
        resultLinks(html).map((link) => link.split('#')[0]),
        ['/vorhaben/dateninstitut'],
      );
      for (let n = 0; n < 11; n++)
        await createDevelopment(
          site.db,
          editor,
          'dateninstitut',
          developmentForm(`Zwischenbericht ${n}`, 'Der Zwischenbericht liegt vor.'),
          'publish',
          today,
        );
      const first = await search('q=Zwischenbericht');
      assert.equal(resultLinks(first).length, 10);
      assert.match(first, /Seite 1 von 2/);
      assert.equal(parseHtml(first).find('a[rel="next"]').attr('href'), '/suche?q=Zwischenbericht&seite=2');
      assert.equal(resultLinks(await search('q=Zwischenbericht&seite=2')).length, 1);
      assert.match(await search('q=Zwischenbericht&seite=99'), /keine Treffer mehr/);
    });

    test('counts stop at 1,000: more hits say "über 1.000", and the pages still work', async () => {
      const pledge = await findPledgeBySlug(site.db, 'dateninstitut');
      const developments = Array.from({ length: COUNT_LIMIT + 5 }, (_, i) => ({
        id: 900_000 + i,
        title: `Quokkabericht Nummer ${i}`,
        body: 'Ein Bericht.',
        event_date: '2023-01-01',
      }));
      await indexDevelopmentsOf(pledge!.id, developments);
      try {
        const html = await search('q=Quokkabericht');
        assert.match(html, /über 1\.000/);
        assert.equal(resultLinks(html).length, 10);
        const numbers = (page: string) => resultLinks(page).map((link) => Number(link.split('#entwicklung-')[1]) - 900_000);
        assert.deepEqual(numbers(html), [1004, 1003, 1002, 1001, 1000, 999, 998, 997, 996, 995], 'the newest first');
        const last = await search('q=Quokkabericht&seite=100');
        assert.deepEqual(numbers(last), [14, 13, 12, 11, 10, 9, 8, 7, 6, 5], 'page 100 of a capped count still has hits, in order');
        assert.match(await (await site.app.request('/en/suche?q=Quokkabericht')).text(), /more than 1,000/);
      } finally {
        await rebuildSearchIndex(site.db);
      }
    });

    test('pages together list every hit once: title matches newest first, then the others newest first', async () => {
      const pledge = await findPledgeBySlug(site.db, 'dateninstitut');
      const developments = Array.from({ length: 25 }, (_, i) =>
        i % 3 === 0
          ? { id: 800_000 + i, title: `Wombatbericht ${i}`, body: 'Ein Bericht.', event_date: '2023-01-01' }
          : { id: 800_000 + i, title: `Bericht ${i}`, body: 'Ein Wombat wurde gesehen.', event_date: '2023-01-01' },
      );
      const documents = pledgeDocuments({
        id: pledge!.id,
        slug: 'dateninstitut',
        title: 'Dateninstitut',
        quote: null,
        success_criterion: null,
        published: 1,
        chapter_heading: 'Kapitel',
        developments,
      });
      // One at a time, so the index's order (newest first) is the order of `developments`.
      for (const document of documents.filter((candidate) => candidate.kind === 'update')) await insertSearchDocuments(site.db, [document]);
      try {
        const pages = await Promise.all([1, 2, 3].map((page) => search(`q=Wombat&seite=${page}`)));
        const listed = pages.flatMap(resultLinks).map((link) => Number(link.split('#entwicklung-')[1]) - 800_000);
        const newestFirst = developments.map((_, i) => i).reverse();
        assert.deepEqual(listed, [...newestFirst.filter((i) => i % 3 === 0), ...newestFirst.filter((i) => i % 3 !== 0)]);
        assert.match(pages[0]!, /Seite 1 von 3/);
      } finally {
        await rebuildSearchIndex(site.db);
      }
    });

    test('past the count limit, title matches still come first and every page is in order', async () => {
      const pledge = await findPledgeBySlug(site.db, 'dateninstitut');
      const developments = Array.from({ length: COUNT_LIMIT + 10 }, (_, i) =>
        i % 3 === 0
          ? { id: 700_000 + i, title: `Kiwibericht ${i}`, body: 'Ein Bericht.', event_date: '2023-01-01' }
          : { id: 700_000 + i, title: `Bericht ${i}`, body: 'Ein Kiwi wurde gesehen.', event_date: '2023-01-01' },
      );
      await indexDevelopmentsOf(pledge!.id, developments);
      try {
        const numbers = async (page: number) =>
          resultLinks(await search(`q=Kiwi&seite=${page}`)).map((link) => Number(link.split('#entwicklung-')[1]) - 700_000);
        const newestFirst = developments.map((_, i) => i).reverse();
        const ranked = [...newestFirst.filter((i) => i % 3 === 0), ...newestFirst.filter((i) => i % 3 !== 0)];
        for (const page of [1, 2, 34, 35, 100])
          assert.deepEqual(await numbers(page), ranked.slice((page - 1) * 10, page * 10), `page ${page}`);
      } finally {
        await rebuildSearchIndex(site.db);
      }
    });

    test('the English page has the same hits in English words', async () => {
      const html = await search('q=Verschl%C3%BCsselung')
        .then(() => site.app.request('/en/suche?q=Verschl%C3%BCsselung'))
        .then((response) => response.text());
      const page = parseHtml(html);
      assert.equal(page.lang, 'en');
      assert.match(page.find('.search-count').text, /hits? for “Verschlüsselung”/);
      assert.ok(resultLinks(html).includes('/en/vorhaben/verschluesselung'));
    });

    test('empty, garbage and huge queries give a clear page, never an error', async () => {
      assert.match(await search(''), /Suchen Sie nach Wörtern/);
      assert.match(await search('q=%20%20'), /Suchen Sie nach Wörtern/);
      for (const garbage of ['"', '*', '"*', '***', '(', ')', '^', ':', '-', "'", '\\', '&', '|', '!', '<->', '%', '\u0000', '\u{1F600}']) {
        assert.match(await search(`q=${encodeURIComponent(garbage)}`), /keine Wörter/, garbage);
      }
      for (const syntax of [
        'NEAR(',
        'a OR b',
        'x NOT y',
        'col:term',
        '"unclosed',
        'title_terms:recht',
        'recht*',
        "'recht':*",
        'a & !b',
        'a <-> b',
      ]) {
        assert.match(await search(`q=${encodeURIComponent(syntax)}`), /Treffer/, syntax);
      }
      const huge = await search(`q=${encodeURIComponent('Verschlüsselung Recht '.repeat(500))}`);
      assert.match(huge, /nur nach ihren ersten Wörtern/);
      assert.match(huge, /Treffer für/);
      const manyWords = await search(`q=${encodeURIComponent(Array.from({ length: 600 }, (_, n) => `wort${n}`).join(' '))}`);
      assert.match(manyWords, /Keine Treffer/);
      assert.match(await search('q=Recht&typ=unbekannt&seite=-3'), /Treffer für/);
      assert.match(await search('q[]=x&q=Recht&seite=1e9'), /Treffer/);
    });

    test('every public page has the search box in its header', async () => {
      const response = await site.app.request('/vorhaben/verschluesselung');
      const form = parseHtml(await response.text()).find('header form.site-search');
      assert.deepEqual(
        [form.attr('role'), form.attr('method'), form.attr('action'), form.attr('aria-label')],
        ['search', 'get', '/suche', 'Website durchsuchen'],
      );
      assert.deepEqual(formEntries(form), [['q', '']]);
      assert.equal(form.find('input[name="q"]').attr('type'), 'search');
    });
  });
}
