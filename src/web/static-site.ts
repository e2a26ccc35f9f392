// Writes the public site as static files: starts from the overview in both languages and the feeds,
// follows every internal link, and stores each answer where a static host will find it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Hono } from 'hono';
import { ENGLISH_PREFIX } from './i18n/locale.ts';
import type { AppEnv } from './session.ts';

const SEEDS = ['/', ENGLISH_PREFIX, '/feed.xml', '/feed.rss', '/feed.json', '/bild.png', '/robots.txt'];
/** Only for the server: the back office and the API (its OpenAPI document is a file like any other). */
const SERVER_ONLY = [/^\/admin(?:\/|$)/, /^\/api\/(?!v1\/openapi\.json$)/];
const LINK = /\b(?:href|src)="([^"]*)"/g;
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
    if (!isHtml(response)) continue;
    for (const link of internalLinks(new TextDecoder().decode(body), baseUrl)) {
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

/** Site-relative links of a page, entities decoded; links to other sites and fragments only are left out. */
function internalLinks(html: string, baseUrl: string): string[] {
  const links: string[] = [];
  for (const [, raw] of html.matchAll(LINK)) {
    const link = decodeEntities(raw!);
    const local = link.startsWith(baseUrl) ? link.slice(baseUrl.length) || '/' : link;
    if (local.startsWith('/') && !local.startsWith('//')) links.push(local);
  }
  return links;
}

function decodeEntities(text: string): string {
  return text.replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"');
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
