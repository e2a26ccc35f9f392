// export-site writes the public site as files that a plain static server serves with every
// internal link intact.
// Tier: full (export-site as a process)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { runCli } from './support/cli.ts';
import { parseHtml } from './support/html.ts';
import { metaContent } from './support/pages.ts';
import { testSite } from './support/site.ts';
import { seedSite } from './support/site-fixture.ts';
import { serveFolder, type StaticServer } from './support/static-server.ts';

const BASE_URL = 'https://tracker.example.org';

function htmlFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(folder, name));
}

function internalLinks(html: string): string[] {
  return parseHtml(html)
    .findAll('[href], [src]')
    .map((element) => element.attr('href') ?? element.attr('src')!)
    .map((link) => (link.startsWith(BASE_URL) ? link.slice(BASE_URL.length) || '/' : link))
    .filter((link) => link.startsWith('/') && !link.startsWith('//'));
}

describe('export-site', () => {
  const site = testSite('sqlite', { seed: seedSite });
  let folder: string;
  let server: StaticServer;
  let stdout: string;

  before(async () => {
    folder = join(mkdtempSync(join(tmpdir(), 'kt-site-')), 'site');
    const result = await runCli(['export-site', folder], { DATABASE_URL: site.databaseUrl, BASE_URL });
    assert.equal(result.code, 0, result.stderr);
    stdout = result.stdout;
    server = await serveFolder(folder);
  });
  after(async () => {
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  });

  test('writes every page in both languages, the feeds, the share image and 404 pages', () => {
    assert.match(stdout, /Wrote \d+ files/);
    const files = readdirSync(folder, { recursive: true, encoding: 'utf8' });
    for (const expected of [
      'index.html',
      'en/index.html',
      'kapitel/2-2-digitale-innovationen/index.html',
      'vorhaben/verschluesselung/index.html',
      'en/vorhaben/verschluesselung/index.html',
      'feed.xml',
      'feed.rss',
      'feed.json',
      'vorhaben/verschluesselung/feed.xml',
      'bild.png',
      '404.html',
      'en/404.html',
      'themen/index.html',
      'thema/it-sicherheit/index.html',
      'thema/it-sicherheit/feed.json',
      'en/ministerien/index.html',
      'ministerium/bundesministerium-des-innern/index.html',
    ]) {
      assert.ok(files.includes(expected), `${expected} missing`);
    }
    assert.ok(!files.some((file) => file.startsWith('admin')), 'no back office');
    assert.ok(!files.some((file) => file.includes('geheim')), 'no unpublished pledge');
  });

  test('every internal link of every page resolves on a plain static server', async () => {
    const links = new Set(htmlFiles(folder).flatMap((file) => internalLinks(readFileSync(file, 'utf8'))));
    assert.ok(links.size > 20, `only ${links.size} links`);
    for (const link of links) {
      const response = await fetch(`${server.url}${link}`);
      await response.arrayBuffer();
      assert.equal(response.status, 200, `${link} (linked from the export)`);
    }
  });

  test('pages are the server-rendered pages, with absolute links to the public address', async () => {
    const page = parseHtml(readFileSync(join(folder, 'vorhaben/verschluesselung/index.html'), 'utf8'));
    assert.equal(page.find('h1').text, 'Recht auf Verschlüsselung');
    assert.equal(metaContent(page, 'og:url'), 'https://tracker.example.org/vorhaben/verschluesselung');
    const feed = new XMLParser({ ignoreAttributes: false }).parse(readFileSync(join(folder, 'feed.xml'), 'utf8')) as {
      feed: { entry: unknown[] };
    };
    assert.equal(feed.feed.entry.length, 2, 'the two published developments');
    const notFound = await fetch(`${server.url}/gibt-es-nicht`);
    assert.equal(notFound.status, 404);
    assert.match(await notFound.text(), /Seite nicht gefunden/);
  });

  test('refuses a folder that is not empty and names it', async () => {
    const result = await runCli(['export-site', folder], { DATABASE_URL: site.databaseUrl, BASE_URL });
    assert.equal(result.code, 2);
    assert.match(result.stderr, new RegExp(`${relative('/', folder).replace(/[/.]/g, '.')}: the folder is not empty`));
  });
});
