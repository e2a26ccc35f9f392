// Benchmark: requests per second and latency of the overview and a chapter page, served by the app
// (with its page cache) and by a plain static file server from export-site of the same database, and
// a filtered list, whose query the static server ignores.
// Goal (issue 6): the app reaches at least half the static server's requests/s, p99 under 25 ms.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { build, isStale } from '../scripts/build.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/koalitionstracker');
const CORPUS = join(ROOT, '../shared/corpus/koalitionsvertrag-2021');
const CHAPTER = '/kapitel/2-2-digitale-innovationen-und-digitale-infrastruktur';
/** A filtered list with a parameter no page reads and a repeated value: the cache key is normalised on every hit. */
const FILTERED_LIST = '/vorhaben?utm_source=newsletter&status=implemented&status=implemented';
const PATHS = ['/', CHAPTER, FILTERED_LIST];
const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 10;
const WARM_UP_SECONDS = 3;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function runBin(args: string[], env: Record<string, string>): void {
  const result = spawnSync(BIN, args, { env: { ...process.env, LOG_LEVEL: 'warn', ...env }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${args.join(' ')}: ${result.stderr}`);
}

async function waitFor(url: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer`);
}

async function load(url: string): Promise<{ requests_per_s: number; p50_ms: number; p99_ms: number; errors: number }> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_SECONDS });
  return { requests_per_s: Math.round(result.requests.average), p50_ms: result.latency.p50, p99_ms: result.latency.p99, errors: result.errors + result.non2xx };
}

if (!existsSync(CORPUS)) {
  console.log(JSON.stringify({ name: 'load', skipped: `no corpus at ${CORPUS}` }));
} else {
  if (isStale()) await build();
  const folder = mkdtempSync(join(tmpdir(), 'kt-load-'));
  const env = { DATABASE_URL: `sqlite:${join(folder, 'load.db')}`, BASE_URL: 'http://127.0.0.1' };
  const children: ChildProcess[] = [];
  try {
    runBin(['import', CORPUS], env);
    runBin(['export-site', join(folder, 'site')], env);
    const [appPort, staticPort] = [await freePort(), await freePort()];
    children.push(spawn(BIN, ['serve', '--port', String(appPort)], { env: { ...process.env, LOG_LEVEL: 'warn', ...env }, stdio: 'ignore' }));
    children.push(spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/support/serve-folder.ts'), String(staticPort), join(folder, 'site')], { stdio: 'ignore' }));
    const servers = { app: `http://127.0.0.1:${appPort}`, static: `http://127.0.0.1:${staticPort}` };
    await Promise.all(Object.values(servers).map((url) => waitFor(`${url}/`)));
    for (const path of PATHS) {
      await autocannon({ url: `${servers.app}${path}`, connections: CONNECTIONS, duration: WARM_UP_SECONDS }); // compiles, fills the cache
      const app = await load(`${servers.app}${path}`);
      const plain = await load(`${servers.static}${path}`);
      const ratio = Math.round((app.requests_per_s / plain.requests_per_s) * 100) / 100;
      console.log(JSON.stringify({ name: 'load', path, seconds: DURATION_SECONDS, connections: CONNECTIONS, app, static: plain, app_to_static: ratio, goal_met: ratio >= 0.5 && app.p99_ms < 25 }));
    }
  } finally {
    for (const child of children) child.kill();
    rmSync(folder, { recursive: true, force: true });
  }
}
