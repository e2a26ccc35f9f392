// Screenshots of the main public pages at 1280 and 390 px into docs/screens/ (referenced from README.md):
// `npm run screens`. Imports the demo chapter into a fresh SQLite file with its statuses varied for the
// pictures (illustrative, not the real state), serves it with `bin/koalitionstracker start`, drives Debian's
// Chromium, and prints for each shot whether the page scrolls sideways and how tall the header is.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const OUT = join(import.meta.dirname, '..', 'docs', 'screens');
const WIDTHS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];
/** file name → path; the pledge and chapter are the demo's. */
const PAGES: Record<string, string> = {
  overview: '/',
  chapter: '/kapitel/2-2-digitale-innovationen-und-digitale-infrastruktur',
  'chapter-text': '/kapitel/2-2-digitale-innovationen-und-digitale-infrastruktur#text-heading',
  pledges: '/vorhaben',
  pledge: '/vorhaben/digitalbudget',
  search: '/suche?q=digital',
  method: '/methode',
  'en-pledge': '/en/vorhaben/digitalbudget',
};

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'bin', 'koalitionstracker');
const SHOWN_STATUSES = ['not_started', 'in_progress', 'partially_implemented', 'implemented', 'deferred', 'broken'];

/** The demo with every statement's status taken in turn from SHOWN_STATUSES, imported into `database`. */
function importIllustration(folder: string, database: string): void {
  const demo = join(folder, 'demo');
  cpSync(join(ROOT, 'data', 'demo'), demo, { recursive: true });
  const chapter = join(demo, '2-2-digitale-innovationen-und-digitale-infrastruktur.md');
  let index = 0;
  writeFileSync(
    chapter,
    readFileSync(chapter, 'utf8').replace(
      /^(\s+status: )not_implemented$/gm,
      (_, prefix: string) => `${prefix}${SHOWN_STATUSES[index++ % SHOWN_STATUSES.length]}`,
    ),
  );
  const run = spawnSync(CLI, ['import', demo], { env: { ...process.env, DATABASE_URL: `sqlite:${database}` }, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`import failed:\n${run.stderr}`);
}

async function startServer(database: string): Promise<{ url: string; stop: () => void }> {
  const child = spawn(CLI, ['start', '--port', '0', '--workers', '1'], {
    env: { ...process.env, DATABASE_URL: `sqlite:${database}`, LOG_LEVEL: 'info', DISCOVER_INTERVAL: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 120_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /läuft auf (http:\/\/localhost:\d+)/.exec(output)?.[1];
      if (found) {
        clearTimeout(timer);
        resolve(found);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  return { url, stop: () => child.kill('SIGTERM') };
}

const folder = mkdtempSync(join(tmpdir(), 'kt-screens-'));
importIllustration(folder, join(folder, 'screens.db'));
const server = await startServer(join(folder, 'screens.db'));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  mkdirSync(OUT, { recursive: true });
  for (const { width, height } of WIDTHS) {
    const page = await browser.newPage({ viewport: { width, height } });
    for (const [file, path] of Object.entries(PAGES)) {
      // A fragment names the part of the page to show: the page is loaded, then scrolled to it.
      const [address, fragment] = path.split('#');
      const response = await page.goto(`${server.url}${address}`);
      if (!response?.ok()) throw new Error(`${path}: HTTP ${response?.status()}`);
      if (fragment) await page.evaluate((id) => document.getElementById(id)?.scrollIntoView({ behavior: 'instant' }), fragment);
      const metrics = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        header: Math.round(document.querySelector('header')?.getBoundingClientRect().height ?? 0),
      }));
      await page.screenshot({ path: join(OUT, `${file}-${width}.png`) });
      const sideways = metrics.scrollWidth > width ? `scrolls sideways (${metrics.scrollWidth} px)` : 'no sideways scroll';
      console.log(`${file}-${width}.png  ${path}  ${sideways}, header ${metrics.header} of ${height} px`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.stop();
  rmSync(folder, { recursive: true, force: true });
}
