// Benchmark: requests/s and latency of the app (`serve`, all cores, the fast path and page cache) against
// nginx serving export-site of the same database, in the same run: wrk -t2 -c64 -d5s --latency, one path
// after the other, app and nginx in turn. Paths: the overview, chapter 2.2, a filtered list (whose query
// nginx ignores), the feed and one API list (nginx serves a copy of the app's answer).
// Also the page weight of each, plain, gzip and brotli. Writes the table into docs/benchmarks.md.
// Goal (issue 20): at least 0.5× nginx's requests/s with p99 under 25 ms on the chapter and the overview.
// BENCH_SECONDS (5), BENCH_ROUNDS (3), BENCH_CONNECTIONS (64), BENCH_WORKERS (serve's default: the cores), BENCH_WRITE=0.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type ChildProcess } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { build, isStale } from '../scripts/build.mjs';
import { freePort, ROOT, runBin, startBin, stop, waitFor } from './support/app-process.ts';
import { ensureTools, load, startNginx, startNodeStatic, type LoadResult } from './support/static-servers.ts';

const CORPUS = join(ROOT, '../shared/corpus/koalitionsvertrag-2021');
const CHAPTER = '/kapitel/2-2-digitale-innovationen-und-digitale-infrastruktur';
const FILTERED_LIST = '/vorhaben?utm_source=newsletter&status=implemented&status=not_started';
const API_LIST = '/api/v1/pledges';
const PATHS: { path: string; label: string; goal: 'main' | 'secondary' | 'none' }[] = [
  { path: CHAPTER, label: 'chapter 2.2', goal: 'main' },
  { path: '/', label: 'overview `/`', goal: 'main' },
  { path: FILTERED_LIST, label: '`/vorhaben?status=…` (2 filters, 1 parameter no page reads)', goal: 'secondary' },
  { path: '/feed.xml', label: '`/feed.xml`', goal: 'secondary' },
  { path: API_LIST, label: '`/api/v1/pledges`', goal: 'none' },
];
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
/** Runs per server and path, app and nginx in turn; the table shows the median run by requests/s. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 64);
const WORKERS = process.env.BENCH_WORKERS;
const DOCS = join(ROOT, 'docs/benchmarks.md');
const START = '<!-- bench/load.ts: newest run first -->';

interface Row {
  label: string;
  path: string;
  goal: 'main' | 'secondary' | 'none';
  app: LoadResult;
  other: LoadResult;
  ratio: number;
  met?: boolean;
  weight: { plain: number; gzip: number; br: number };
  load: string;
}

/** The bytes of the answer plain, gzip and brotli: its Content-Length, asked on a connection of its own each. */
function weight(url: string): Promise<Row['weight']> {
  const size = (encoding: string) =>
    new Promise<number>((resolve, reject) => {
      const sent = httpRequest(url, { agent: false, headers: { 'accept-encoding': encoding } }, (response) => {
        let bytes = 0;
        response.on('data', (chunk: Buffer) => (bytes += chunk.length));
        response.on('end', () => resolve(bytes));
      });
      sent.on('error', reject);
      sent.end();
    });
  return Promise.all([size('identity'), size('gzip'), size('br')]).then(([plain, gzip, br]) => ({ plain, gzip, br }));
}

/** The run with the median requests/s, its latencies with it; errors of all runs. */
function median(runs: LoadResult[]): LoadResult {
  const sorted = [...runs].sort((a, b) => a.requests_per_s - b.requests_per_s);
  return { ...sorted[Math.floor((sorted.length - 1) / 2)]!, errors: runs.reduce((sum, run) => sum + run.errors, 0) };
}

const load1 = () => loadavg()[0]!.toFixed(1);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const number = (value: number) => value.toLocaleString('en-GB');

function table(rows: Row[], other: string, note: string | undefined, workers: string): string {
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const lines = [
    `### ${date} UTC — ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, app \`serve\` with ${workers} against ${other}`,
    '',
    `wrk -t2 -c${CONNECTIONS} -d${SECONDS}s --latency, after a warm-up of each path; ${ROUNDS} runs per server and path, app and ${other} in turn, the median run by requests/s shown. Load average (1 min) before each pair in the table.${note ? ` Note: ${note}.` : ''}`,
    '',
    `| path | load | app req/s | app p50 / p99 | ${other} req/s | ${other} p50 / p99 | ratio | goal | errors | weight plain / gzip / br |`,
    '|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map((row) => {
      const goal =
        row.goal === 'main'
          ? row.met
            ? 'met (≥ 0.5, p99 < 25 ms)'
            : 'not met (≥ 0.5, p99 < 25 ms)'
          : row.goal === 'secondary'
            ? row.met
              ? 'met (≥ 0.8 × chapter’s ratio)'
              : 'not met (≥ 0.8 × chapter’s ratio)'
            : '—';
      return `| ${row.label} | ${row.load} | ${number(row.app.requests_per_s)} | ${row.app.p50_ms} / ${row.app.p99_ms} ms | ${number(row.other.requests_per_s)} | ${row.other.p50_ms} / ${row.other.p99_ms} ms | ${row.ratio.toFixed(2)} | ${goal} | ${row.app.errors} / ${row.other.errors} | ${kb(row.weight.plain)} / ${kb(row.weight.gzip)} / ${kb(row.weight.br)} |`;
    }),
    '',
  ];
  return lines.join('\n');
}

function weightTable(weights: { path: string; weight: Row['weight'] }[]): string {
  return [
    '',
    'Page weight as sent (goal for a chapter page: 40 KB):',
    '',
    '| path | plain | gzip | brotli |',
    '|---|---|---|---|',
    ...weights.map(
      ({ path, weight: sizes }) =>
        `| \`${path.length > 60 ? `${path.slice(0, 57)}…` : path}\` | ${kb(sizes.plain)} | ${kb(sizes.gzip)} | ${kb(sizes.br)} |`,
    ),
    '',
  ].join('\n');
}

function writeDocs(section: string): void {
  const text = readFileSync(DOCS, 'utf8');
  const at = text.indexOf(START);
  if (at === -1) return;
  const after = at + START.length;
  writeFileSync(DOCS, `${text.slice(0, after)}\n\n${section}${text.slice(after)}`);
}

if (!existsSync(CORPUS)) {
  console.log(JSON.stringify({ name: 'load', skipped: `no corpus at ${CORPUS}` }));
} else {
  if (isStale()) await build();
  const tools = ensureTools();
  const folder = mkdtempSync(join(tmpdir(), 'kt-load-'));
  chmodSync(folder, 0o755);
  const site = join(folder, 'site');
  const children: ChildProcess[] = [];
  try {
    const env = { DATABASE_URL: `sqlite:${join(folder, 'load.db')}`, BASE_URL: 'http://127.0.0.1' };
    runBin(['import', CORPUS], env);
    runBin(['export-site', site], env);
    const [appPort, otherPort] = [await freePort(), await freePort()];
    const app = `http://127.0.0.1:${appPort}`;
    children.push(startBin(['serve', '--port', String(appPort), ...(WORKERS ? ['--workers', WORKERS] : [])], env));
    await waitFor(`${app}/`, 1200);
    // nginx serves a copy of the app's API answer: the same bytes, from a file.
    const apiCopy = join(site, API_LIST);
    mkdirSync(dirname(apiCopy), { recursive: true });
    writeFileSync(apiCopy, Buffer.from(await (await fetch(`${app}${API_LIST}`, { headers: { connection: 'close' } })).arrayBuffer()));
    const other = tools.nginx ? 'nginx' : 'Node static server';
    children.push(tools.nginx ? startNginx(tools.nginx, folder, site, otherPort) : startNodeStatic(site, otherPort));
    const otherUrl = `http://127.0.0.1:${otherPort}`;
    await waitFor(`${otherUrl}/`);

    const rows: Row[] = [];
    for (const { path, label, goal } of PATHS) {
      await load(tools.wrk, `${app}${path}`, 2, CONNECTIONS); // every worker renders the page and compresses it
      const loadBefore = load1();
      const appRuns: LoadResult[] = [];
      const otherRuns: LoadResult[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        appRuns.push(await load(tools.wrk, `${app}${path}`, SECONDS, CONNECTIONS));
        otherRuns.push(await load(tools.wrk, `${otherUrl}${path}`, SECONDS, CONNECTIONS));
      }
      const appResult = median(appRuns);
      const otherResult = median(otherRuns);
      const ratio = Math.round((appResult.requests_per_s / otherResult.requests_per_s) * 100) / 100;
      const row: Row = {
        label,
        path,
        goal,
        app: appResult,
        other: otherResult,
        ratio,
        weight: await weight(`${app}${path}`),
        load: `${loadBefore}–${load1()}`,
      };
      rows.push(row);
      console.log(
        JSON.stringify({
          name: 'load',
          path,
          seconds: SECONDS,
          connections: CONNECTIONS,
          app: appResult,
          [other]: otherResult,
          ratio,
          weight: row.weight,
          load: row.load,
          app_runs: appRuns.map((run) => run.requests_per_s),
          [`${other}_runs`]: otherRuns.map((run) => run.requests_per_s),
        }),
      );
    }
    // The weight of each kind of page (the stylesheet is fetched once and then kept a year by browsers).
    const pledge = /href="(\/vorhaben\/[a-z0-9-]+)"/.exec(
      await (await fetch(`${app}/vorhaben`, { headers: { connection: 'close' } })).text(),
    )?.[1];
    const stylesheet = /href="(\/assets\/style\.css[^"]*)"/.exec(
      await (await fetch(`${app}/`, { headers: { connection: 'close' } })).text(),
    )?.[1];
    const weights: { path: string; weight: Row['weight'] }[] = [];
    for (const path of [
      CHAPTER,
      '/',
      ...(pledge ? [pledge] : []),
      '/vorhaben',
      '/statistik',
      '/suche?q=Digitalisierung',
      '/feed.xml',
      ...(stylesheet ? [stylesheet] : []),
    ]) {
      await weight(`${app}${path}`); // rendered and compressed once
      await new Promise((resolve) => setTimeout(resolve, 200));
      weights.push({ path, weight: await weight(`${app}${path}`) });
    }
    console.log(JSON.stringify({ name: 'load', weights }));

    const chapterRatio = rows[0]!.ratio;
    for (const row of rows) {
      if (row.goal === 'main') row.met = row.ratio >= 0.5 && row.app.p99_ms < 25 && row.app.errors === 0;
      if (row.goal === 'secondary') row.met = row.ratio >= 0.8 * chapterRatio && row.app.errors === 0;
    }
    console.log(
      JSON.stringify({ name: 'load', goal_met: rows.filter((row) => row.goal === 'main').every((row) => row.met), note: tools.note }),
    );
    if (process.env.BENCH_WRITE !== '0')
      writeDocs(
        table(rows, other, tools.note, WORKERS ? `${WORKERS} workers` : `${cpus().length} workers (the default)`) + weightTable(weights),
      );
  } finally {
    for (const child of children) await stop(child);
    rmSync(folder, { recursive: true, force: true });
  }
}
