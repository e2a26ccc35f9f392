// The downloads of /daten over real HTTP on both dialects: the page documents every column, CSV
// parses with the documented columns and no live formulas, JSON equals the API, the zip re-imports.
// Tier: quick
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { unzipSync, strFromU8 } from 'fflate';
import { listChapters } from '../src/store/chapters.ts';
import { listAgreements } from '../src/store/agreements.ts';
import { listPledges } from '../src/services/api/resources.ts';
import { PLEDGE_COLUMNS, DEVELOPMENT_COLUMNS } from '../src/services/public/downloads.ts';
import { importAgreementFiles } from '../src/services/import-agreement.ts';
import type { Db } from '../src/store/database.ts';
import { HIDDEN_TEXTS, PUBLISHED_PLEDGES, seedData, today } from './support/data-fixture.ts';
import { DIALECTS, withTestStore } from './support/dialects.ts';
import type { Tag } from './support/html.ts';
import { testSite } from './support/site.ts';

const FILES = ['vorhaben.csv', 'vorhaben.json', 'entwicklungen.csv', 'entwicklungen.json', 'koalitionsvertrag-okf.zip'];

type Row = Record<string, string>;

for (const dialect of DIALECTS) {
  describe(`downloads (${dialect})`, () => {
    const site = testSite(dialect, { seed: seedData, clock: () => today });

    async function download(name: string): Promise<Response> {
      const response = await site.app.request(`/daten/${name}`);
      assert.equal(response.status, 200, name);
      assert.equal(response.headers.get('content-disposition'), `attachment; filename="${name.replace(/\.(\w+)$/, '-2023-12-08.$1')}"`);
      assert.equal(response.headers.get('access-control-allow-origin'), '*');
      return response;
    }

    async function csv(name: string): Promise<{ text: string; header: string[]; rows: Row[] }> {
      const response = await download(name);
      assert.equal(response.headers.get('content-type'), 'text/csv; charset=utf-8; header=present');
      // Response.text() would drop the byte order mark that we check for.
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
      const [header, ...records] = parse(text, { bom: true, relax_quotes: false, record_delimiter: '\r\n' }) as string[][];
      return {
        text,
        header: header!,
        rows: records.map((record) => Object.fromEntries(header!.map((name, index) => [name, record[index]!]))),
      };
    }

    async function apiData(path: string): Promise<Record<string, unknown>[]> {
      return ((await (await site.app.request(`/api/v1${path}?limit=100`)).json()) as { data: Record<string, unknown>[] }).data;
    }

    test('/daten links every file and documents every column, in German and English, with the licences', async () => {
      const german = await site.page('/daten');
      const english = await site.page('/en/daten');
      for (const page of [german, english]) {
        for (const name of FILES) assert.equal(page.find(`a[href="/daten/${name}"]`).attr('download'), name, name);
        const documented = page.texts('th[scope="row"] > code');
        for (const column of [...PLEDGE_COLUMNS, ...DEVELOPMENT_COLUMNS]) assert.ok(documented.includes(column.name), column.name);
        const licence = page.find('a[rel="license"]');
        assert.deepEqual([licence.attr('href'), licence.text], ['https://creativecommons.org/licenses/by/4.0/', 'CC BY 4.0']);
        assert.match(page.find('main').text, /§ 5/);
        assert.ok(page.has('a[href="/api/v1/openapi.json"]'));
      }
      assert.deepEqual([german.lang, german.find('h1').text], ['de', 'Daten']);
      assert.match(german.find('main').text, /Spalten von vorhaben\.csv/);
      assert.deepEqual([english.lang, english.find('h1').text], ['en', 'Data']);
      assert.match(english.find('main').text, /Columns of vorhaben\.csv/);
      const current = (page: Tag) => page.find('header nav a[aria-current="page"]');
      assert.deepEqual([current(german).attr('href'), current(german).text], ['/daten', 'Daten'], 'the navigation marks the page');
      assert.deepEqual([current(english).attr('href'), current(english).text], ['/en/daten', 'Data']);
    });

    test('docs/data.md documents the same columns, in order', () => {
      const docs = readFileSync(new URL('../docs/data.md', import.meta.url), 'utf8');
      for (const [file, columns] of [
        ['vorhaben.csv', PLEDGE_COLUMNS],
        ['entwicklungen.csv', DEVELOPMENT_COLUMNS],
      ] as const) {
        const section = docs.slice(docs.indexOf(`## ${file}`));
        const documented = [...section.matchAll(/^\| `(\w+)` \|/gm)].map((match) => match[1]).slice(0, columns.length);
        assert.deepEqual(
          documented,
          columns.map((column) => column.name),
          file,
        );
      }
    });

    test('vorhaben.csv: RFC 4180 with a BOM, the documented columns, the API values, no live formulas', async () => {
      const { text, header, rows } = await csv('vorhaben.csv');
      assert.ok(text.startsWith('\uFEFFslug,title,'), 'UTF-8 byte order mark, then the header');
      assert.ok(text.endsWith('\r\n'));
      assert.deepEqual(
        header,
        PLEDGE_COLUMNS.map((column) => column.name),
      );
      assert.deepEqual(rows.map((row) => row.slug).sort(), [...PUBLISHED_PLEDGES].sort());
      const bySlug = new Map(rows.map((row) => [row.slug, row]));
      assert.equal(bySlug.get('formel')!.title, `'=HYPERLINK("https://example.org","klick")`);
      assert.equal(bySlug.get('formel')!.success_criterion, `'+1 Gesetz, "zitiert", mit Komma\nund Zeilenumbruch`);
      assert.equal(bySlug.get('at-zeichen')!.title, "'@Digitalministerium -Zuständigkeit");
      for (const row of rows)
        for (const value of Object.values(row)) assert.doesNotMatch(value, /^[=+\-@\t\r]/, 'no cell starts like a formula');
      assert.deepEqual(bySlug.get('verschluesselung'), {
        slug: 'verschluesselung',
        title: 'Recht auf Verschlüsselung',
        agreement: 'kv-2021',
        chapter: '2-2-digitale-innovationen',
        chapter_heading: '2.2 Digitale Innovationen',
        status: 'implemented',
        rating: '4',
        deadline: '2025-06-30',
        overdue: 'false',
        lead_ministry: 'Bundesministerium des Innern',
        partner: '',
        topics: 'IT-Sicherheit',
        success_criterion: 'erfüllt, wenn das Recht im Gesetz steht',
        quote: 'Wir führen ein Recht auf Verschlüsselung ein.',
        last_event_date: '2023-03-15',
        url: 'http://localhost:3000/vorhaben/verschluesselung',
      });
      assert.equal(bySlug.get('mobilfunk')!.topics, 'Infrastruktur; IT-Sicherheit');
      assert.equal(bySlug.get('glasfaser')!.overdue, 'true');
      for (const hidden of HIDDEN_TEXTS) assert.ok(!text.includes(hidden), hidden);
    });

    test('entwicklungen.csv: published developments of published pledges, sources as URLs', async () => {
      const { text, header, rows } = await csv('entwicklungen.csv');
      assert.deepEqual(
        header,
        DEVELOPMENT_COLUMNS.map((column) => column.name),
      );
      const api = await apiData('/updates');
      assert.deepEqual(
        rows.map((row) => Number(row.id)),
        api.map((development) => development.id),
      );
      const started = rows.find((row) => row.pledge === 'glasfaser')!;
      assert.equal(started.title, "'=Ausbau gestartet");
      assert.equal(started.body, 'Mit "Anführungszeichen", Komma\nund Zeile.');
      assert.equal(started.source_urls, 'https://example.org/a https://example.org/b');
      assert.equal(started.rating_change, '2');
      assert.equal(started.status_change, 'in_progress');
      assert.match(started.published_at!, /^2023-12-08T12:00:00\.000Z$/);
      for (const hidden of HIDDEN_TEXTS) assert.ok(!text.includes(hidden), hidden);
    });

    test('the JSON files hold exactly what the API returns', async () => {
      for (const [name, path] of [
        ['vorhaben.json', '/pledges'],
        ['entwicklungen.json', '/updates'],
      ]) {
        const response = await download(name!);
        assert.equal(response.headers.get('content-type'), 'application/json; charset=utf-8');
        assert.deepEqual(await response.json(), await apiData(path!), name);
      }
    });

    test('the OKF zip holds the chapter files with published pledges only, and re-imports to the same content', async () => {
      const response = await download('koalitionsvertrag-okf.zip');
      assert.equal(response.headers.get('content-type'), 'application/zip');
      const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
      assert.deepEqual(Object.keys(files).sort(), ['1-praeambel.md', '2-2-digitale-innovationen.md', 'agreement.yml']);
      const texts = Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
      assert.match(texts['2-2-digitale-innovationen.md']!, /\[Wir führen ein Recht auf Verschlüsselung ein\.\]\(#verschluesselung\)/);
      for (const text of Object.values(texts)) {
        for (const hidden of HIDDEN_TEXTS) assert.ok(!text.includes(hidden), hidden);
        assert.doesNotMatch(text, /id: (geheim|entwurfsvorhaben)\b/);
      }
      const folder = join(mkdtempSync(join(tmpdir(), 'kt-zip-')), 'kv-2021');
      for (const [name, text] of Object.entries(texts)) {
        mkdirSync(dirname(join(folder, name)), { recursive: true });
        writeFileSync(join(folder, name), text);
      }
      const original = await publicContent(site.db);
      await withTestStore(dialect, async (copy) => {
        await importAgreementFiles(copy.db, [folder], { now: today });
        assert.deepEqual(await publicContent(copy.db), original);
      });
    });
  });
}

/** What the public sees of a database: agreements, chapter texts, published pledges (without the dates the fixture leaves unset). */
async function publicContent(db: Db) {
  const agreements = await listAgreements(db);
  const chapters = (await Promise.all(agreements.map((agreement) => listChapters(db, agreement.id)))).flat();
  const { data: pledges } = await listPledges({ db, baseUrl: '', today: '2023-12-08' }, {}, { afterId: 0, limit: 1000 });
  return {
    agreements: agreements.map(({ slug, title, source_url, licence, government }) => ({
      slug,
      title,
      source_url,
      licence,
      government: { ...government, id: 0, created_at: '' },
    })),
    chapters: chapters.map(({ slug, heading, title, number, section, body, published, extra }) => ({
      slug,
      heading,
      title,
      number,
      section,
      body,
      published,
      extra,
    })),
    pledges: pledges.map(({ last_event_date: _date, ...pledge }) => pledge).sort((a, b) => a.slug.localeCompare(b.slug)),
  };
}
