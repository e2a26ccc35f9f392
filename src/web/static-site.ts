// Writes the public site as static files: starts from the overview and the list of every government's
// agreements in both languages and the feeds, follows every internal link of the pages and the feeds, and
// stores each answer where a static host will find it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Hono } from 'hono';
import { paths } from '../services/public/paths.ts';
import { ENGLISH_PREFIX, localisedPath } from './i18n/locale.ts';
import type { AppEnv } from './session.ts';

/** The list of agreements reaches every agreement, archived ones included, by its /vertrag/SLUG pages. */
const SEEDS = [
  '/',
  ENGLISH_PREFIX,
  paths.agreements(),
  localisedPath('en', paths.agreements()),
  '/feed.xml',
  '/feed.rss',
  '/feed.json',
  '/bild.png',
  '/robots.txt',
];
/** Only for the server: the back office and the API (its OpenAPI document is a file like any other). */
const SERVER_ONLY = [/^\/admin(?:\/|$)/, /^\/api\/(?!v1\/openapi\.json$)/];
/** A link of a page, or its share image (absolute, in a meta tag). */
const LINK = /\b(?:href|src)="([^"]*)"|<meta (?:property|name)="(?:og|twitter):image" content="([^"]*)"/g;
const FEED = /^application\/(?:atom\+xml|rss\+xml|feed\+json)\b/;
/** A path that names a file (feed, image, download, asset); everything else is a page. */
const FILE_PATH = /\.[a-z0-9]+$/i;
const NOT_FOUND_PROBE = '/seite-die-es-nicht-gibt';

export interface StaticSiteReport {
  files: number;
  /** Links with a query (filters, search) that a static host answers with the page without it. */
  linksWithQuery: number;
  brokenLinks: { from: string; to: string; status: number }[];
}

export async function exportStaticSite(app: Hono<AppEnv>, directory: string, baseUrl: string): Promise<StaticSiteReport> {
  const report: StaticSiteReport = { files: 0, linksWithQuery: 0, brokenLinks: [] };
  const queued = new Set<string>(SEEDS);
  const queue = SEEDS.map((path) => ({ path, from: '(start)' }));
  for (let next = queue.shift(); next; next = queue.shift()) {
    const response = await app.request(`${baseUrl}${next.path}`);
    if (response.status === 404 && next.path === '/robots.txt') continue;
    if (response.status !== 200) {
      report.brokenLinks.push({ from: next.from, to: next.path, status: response.status });
      continue;
    }
    const body = new Uint8Array(await response.arrayBuffer());
    writeOutput(directory, next.path, isHtml(response), body);
    report.files++;
    const text = isHtml(response) || isFeed(response) ? new TextDecoder().decode(body) : undefined;
    if (text === undefined) continue;
    for (const link of isHtml(response) ? internalLinks(text, baseUrl) : feedLinks(text, baseUrl)) {
      if (link.includes('?') && !link.startsWith('/assets/')) report.linksWithQuery++;
      const path = link.split(/[?#]/, 1)[0]!;
      if (queued.has(path) || SERVER_ONLY.some((pattern) => pattern.test(path))) continue;
      queued.add(path);
      queue.push({ path, from: next.path });
    }
  }
  await writeNotFoundPages(app, directory, baseUrl);
  return report;
}

function isHtml(response: Response): boolean {
  return (response.headers.get('content-type') ?? '').startsWith('text/html');
}

function isFeed(response: Response): boolean {
  return FEED.test(response.headers.get('content-type') ?? '');
}

/** Site-relative links of a page, entities decoded; links to other sites and fragments only are left out. */
function internalLinks(html: string, baseUrl: string): string[] {
  const links: string[] = [];
  for (const [, href, image] of html.matchAll(LINK)) {
    const link = decodeEntities((href ?? image)!);
    const local = link.startsWith(baseUrl) ? link.slice(baseUrl.length) || '/' : link;
    if (local.startsWith('/') && !local.startsWith('//')) links.push(local);
  }
  return links;
}

/**
 * Every address on our site a feed names, in any of the three formats: its own, its page's, each entry's
 * (a feed's pages must be in the export as much as a page's links).
 */
function feedLinks(feed: string, baseUrl: string): string[] {
  const address = new RegExp(`${baseUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(/[^\\s"'<>&\\\\]*)?`, 'g');
  return [...feed.matchAll(address)].map(([, path]) => path ?? '/');
}

function decodeEntities(text: string): string {
  return text
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"');
}

/** Pages become folder/index.html, so "/kapitel/x" works on any host; files keep their path. */
export function outputPath(directory: string, path: string, html: boolean): string {
  const decoded = decodeURIComponent(path);
  if (!html || FILE_PATH.test(decoded)) return join(directory, decoded);
  return join(directory, decoded, 'index.html');
}

function writeOutput(directory: string, path: string, html: boolean, body: Uint8Array): void {
  const file = outputPath(directory, path, html);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, body);
}

/** 404.html in both languages: the page most static hosts show for a path they do not have. */
async function writeNotFoundPages(app: Hono<AppEnv>, directory: string, baseUrl: string): Promise<void> {
  for (const prefix of ['', ENGLISH_PREFIX]) {
    const response = await app.request(`${baseUrl}${prefix}${NOT_FOUND_PROBE}`);
    const file = join(directory, prefix, '404.html');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, new Uint8Array(await response.arrayBuffer()));
  }
}
