// export-site with three agreements — the one shown by default, an older active one and an archived
// government's — writes the pages of all three, and every link of every exported page and feed
// names a file of the export.
// Tier: full (export-site as a process)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importAgreementFiles } from '../src/services/import-agreement.ts';
import type { Store } from '../src/store/database.ts';
import { refreshPledgeState } from '../src/store/pledge-state.ts';
import { findPledgeBySlug } from '../src/store/pledges.ts';
import { insertDevelopment } from '../src/store/developments.ts';
import { ARCHIVED_CHAPTER, ARCHIVED_PLEDGE, seedArchive } from './support/archive-fixture.ts';
import { chapterText, writeChapterFolder } from './support/chapter-file.ts';
import { runCli } from './support/cli.ts';
import { parseHtml } from './support/html.ts';
import { metaContent } from './support/pages.ts';
import { testSite } from './support/site.ts';
import { seedSite, today } from './support/site-fixture.ts';

const BASE_URL = 'https://tracker.example.org';
const NEWEST_CHAPTER = '5-1-mobilitaet';

/** A third agreement, imported last by an active government, so public pages show it by default. */
async function seedNewestAgreement(store: Store): Promise<void> {
  const folder = writeChapterFolder({
    [`${NEWEST_CHAPTER}.md`]: chapterText({
      title: '5.1 Mobilität',
      statements: [
        {
          summary: 'Deutschlandticket sichern',
          id: 'deutschlandticket',
          categories: ['Verkehr'],
          extra: '    lead_ministry: "Bundesministerium für Verkehr"',
        },
        { summary: 'Radwege ausbauen', id: 'radwege', categories: ['Verkehr', 'Klima'] },
      ],
      body: '\nMobilität für alle.\n\n[Wir sichern das Deutschlandticket.](#deutschlandticket) [Wir bauen Radwege aus.](#radwege)\n',
    }),
    'agreement.yml':
      'slug: kv-2025\ntitle: "Verantwortung für Deutschland"\ngovernment:\n  name: "Bundesregierung 2025–2029"\n  parties: [CDU, CSU, SPD]\n  term_start: 2025-05-06\n  term_end: 2029-05-05\n',
  });
  await importAgreementFiles(store.db, [folder], { now: today });
  const pledge = (await findPledgeBySlug(store.db, 'deutschlandticket'))!;
  await insertDevelopment(
    store.db,
    {
      pledgeId: pledge.id,
      eventDate: '2025-07-01',
      publishedAt: today.toISOString(),
      title: 'Finanzierung beschlossen',
      body: 'Bund und Länder einigen sich.',
      statusChange: 'in_progress',
      ratingChange: null,
      origin: 'editor',
      sources: [{ url: 'https://example.org/ticket', title: 'Beschluss', publisher: null, publishedOn: null }],
    },
    today.toISOString(),
  );
  await refreshPledgeState(store.db, pledge.id);
}

function filesOf(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' });
}

/** Addresses on our site that a page names: href and src, and its share image. */
function pageLinks(html: string): string[] {
  const page = parseHtml(html);
  return [
    ...page.findAll('[href], [src]').map((element) => element.attr('href') ?? element.attr('src')!),
    ...['og:image', 'twitter:image'].flatMap((key) => metaContent(page, key) ?? []),
  ]
    .map((link) => (link.startsWith(BASE_URL) ? link.slice(BASE_URL.length) || '/' : link))
    .filter((link) => link.startsWith('/') && !link.startsWith('//'));
}

/** Every address on our site a feed names, in any format: its own, its page's, each entry's. */
function feedLinks(text: string): string[] {
  const pattern = new RegExp(`${BASE_URL.replace(/[.]/g, '\\.')}(/[^\\s"'<>&\\\\]*)?`, 'g');
  return [...text.matchAll(pattern)].map(([, path]) => path ?? '/');
}

/** What a static host serves for a link: the file, or the folder's index.html; the query is not looked at. */
function servedFile(folder: string, link: string): string | undefined {
  const path = decodeURIComponent(link.split(/[?#]/, 1)[0]!);
  const file = join(folder, path);
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = join(file, 'index.html');
  return existsSync(index) ? index : undefined;
}

describe('export-site with several agreements', () => {
  const site = testSite('sqlite', {
    seed: async (store) => {
      await seedSite(store);
      await seedArchive(store);
      await seedNewestAgreement(store);
    },
  });
  let folder: string;
  let files: string[];

  before(async () => {
    folder = join(mkdtempSync(join(tmpdir(), 'kt-site-')), 'site');
    const result = await runCli(['export-site', folder], { DATABASE_URL: site.databaseUrl, BASE_URL });
    assert.equal(result.code, 0, result.stderr);
    files = filesOf(folder);
  });
  after(async () => {
    rmSync(folder, { recursive: true, force: true });
  });

  test('writes the chapters and Vorhaben of every agreement, the archived government’s too, in both languages', () => {
    const pages = [
      `kapitel/${NEWEST_CHAPTER}`,
      'vorhaben/deutschlandticket',
      'vorhaben/radwege',
      'kapitel/2-2-digitale-innovationen',
      'kapitel/1-praeambel',
      'vorhaben/verschluesselung',
      'vorhaben/dateninstitut',
      `kapitel/${ARCHIVED_CHAPTER}`,
      `vorhaben/${ARCHIVED_PLEDGE}`,
    ];
    for (const page of pages) {
      for (const prefix of ['', 'en/']) assert.ok(files.includes(`${prefix}${page}/index.html`), `${prefix}${page} missing`);
    }
    assert.ok(!files.some((file) => file.includes('geheim')), 'no unpublished Vorhaben');
  });

  test('every agreement has its overview, list, statistics, topics and ministries under /vertrag/SLUG, the default one at the root too', () => {
    for (const language of ['', 'en']) {
      for (const base of ['vertrag/kv-2018', 'vertrag/kv-2021', 'vertrag/kv-2025', '']) {
        for (const page of ['', 'vorhaben', 'statistik', 'themen', 'ministerien']) {
          const file = [language, base, page, 'index.html'].filter(Boolean).join('/');
          assert.ok(files.includes(file), `${file} missing`);
        }
      }
    }
    assert.ok(
      files.includes('vertrag/kv-2021/thema/it-sicherheit/index.html') && files.includes('vertrag/kv-2018/thema/wirtschaft/index.html'),
    );
    assert.ok(
      files.includes('vertrag/kv-2021/ministerium/bundesministerium-des-innern/index.html') && files.includes('thema/verkehr/index.html'),
    );
    assert.ok(
      files.includes('vertrag/kv-2025/thema/verkehr/index.html') &&
        files.includes('en/vertrag/kv-2025/ministerium/bundesministerium-fuer-verkehr/index.html'),
    );
    const archived = readFileSync(join(folder, 'vertrag/kv-2018/vorhaben/index.html'), 'utf8');
    assert.ok(
      archived.includes('Bürokratie abbauen') && !archived.includes('Recht auf Verschlüsselung'),
      'the archived agreement’s own list',
    );
  });

  test('the list of governments links every agreement and marks the archived one', () => {
    for (const prefix of ['', 'en/']) {
      const html = readFileSync(join(folder, `${prefix}vertraege/index.html`), 'utf8');
      for (const slug of ['kv-2018', 'kv-2021', 'kv-2025'])
        assert.ok(html.includes(`href="/${prefix}vertrag/${slug}"`), `${prefix}vertraege links ${slug}`);
    }
    const german = readFileSync(join(folder, 'vertraege/index.html'), 'utf8');
    const row = (government: string) =>
      german.slice(german.lastIndexOf('<tr>', german.indexOf(government)), german.indexOf('</tr>', german.indexOf(government)));
    assert.match(row('Bundesregierung 2018–2021'), /wird nicht mehr aktualisiert/);
    for (const active of ['Bundesregierung 2021–2025', 'Bundesregierung 2025–2029'])
      assert.doesNotMatch(row(active), /nicht mehr aktualisiert/);
  });

  test('every internal link of every page names a file of the export, and none chooses an agreement by query', () => {
    const pages = files.filter((file) => file.endsWith('.html'));
    let checked = 0;
    for (const page of pages) {
      for (const link of pageLinks(readFileSync(join(folder, page), 'utf8'))) {
        assert.ok(servedFile(folder, link), `${link} (linked from ${page}) is not in the export`);
        assert.doesNotMatch(link, /[?&]vertrag=/, `${link} (linked from ${page}): a static host ignores the query`);
        checked++;
      }
    }
    assert.ok(checked > 500, `only ${checked} links`);
  });

  test('every link of every feed, Atom, RSS and JSON Feed, names a file of the export', () => {
    const feeds = files.filter((file) => /(?:^|\/)feed\.(?:xml|rss|json)$/.test(file));
    assert.ok(feeds.length >= 30, `only ${feeds.length} feeds`);
    for (const feed of feeds) {
      const links = feedLinks(readFileSync(join(folder, feed), 'utf8'));
      assert.ok(links.length >= 2, `${feed} names no page`);
      for (const link of links) assert.ok(servedFile(folder, link), `${link} (named in ${feed}) is not in the export`);
    }
    const siteFeed = readFileSync(join(folder, 'feed.json'), 'utf8');
    for (const pledge of ['deutschlandticket', 'verschluesselung', ARCHIVED_PLEDGE])
      assert.ok(siteFeed.includes(`${BASE_URL}/vorhaben/${pledge}#`), `the site feed has ${pledge}`);
  });
});
