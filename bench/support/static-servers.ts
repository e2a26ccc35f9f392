// What the load benchmark measures against: nginx serving a folder (Debian's nginx, in a process of its own
// with a configuration in the folder), or, where there is no nginx, the Node static file server; and wrk to
// load them both, or autocannon where there is no wrk.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { ROOT } from './app-process.ts';

export interface LoadResult {
  requests_per_s: number;
  p50_ms: number;
  p99_ms: number;
  errors: number;
}

function found(command: string): string | undefined {
  for (const path of [`/usr/sbin/${command}`, `/usr/bin/${command}`, `/usr/local/sbin/${command}`, `/usr/local/bin/${command}`]) {
    if (spawnSync('test', ['-x', path]).status === 0) return path;
  }
  return undefined;
}

/** Debian's nginx-light and wrk, installed when missing and this process may (root with apt-get). */
export function ensureTools(): { nginx: string | undefined; wrk: string | undefined; note?: string } {
  if ((!found('nginx') || !found('wrk')) && process.getuid?.() === 0 && found('apt-get')) {
    spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'nginx-light', 'wrk'], {
      stdio: 'ignore',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  }
  const nginx = found('nginx');
  const wrk = found('wrk');
  const missing = [
    nginx ? '' : 'nginx (measured against the Node static file server instead)',
    wrk ? '' : 'wrk (loaded with autocannon instead)',
  ].filter(Boolean);
  return { nginx, wrk, note: missing.length > 0 ? `missing: ${missing.join(', ')}` : undefined };
}

/** nginx serving `folder` on `port`, as a static host serves export-site: `path/index.html`, files as they are. */
export function startNginx(nginx: string, folder: string, site: string, port: number): ChildProcess {
  const config = join(folder, 'nginx.conf');
  writeFileSync(
    config,
    `
worker_processes auto;
daemon off;
pid ${folder}/nginx.pid;
error_log ${folder}/nginx-error.log warn;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  client_body_temp_path ${folder}/nginx-body;
  proxy_temp_path ${folder}/nginx-proxy;
  fastcgi_temp_path ${folder}/nginx-fastcgi;
  uwsgi_temp_path ${folder}/nginx-uwsgi;
  scgi_temp_path ${folder}/nginx-scgi;
  server {
    listen 127.0.0.1:${port};
    root ${site};
    location / { try_files $uri $uri/index.html =404; }
  }
}
`,
  );
  const user = process.getuid?.() === 0 ? ['-g', 'user root;'] : [];
  return spawn(nginx, ['-p', folder, '-e', `${folder}/nginx-error.log`, '-c', config, ...user], { stdio: ['ignore', 'ignore', 'inherit'] });
}

/** The Node static file server of the earlier benchmark, where there is no nginx. */
export function startNodeStatic(site: string, port: number): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/support/serve-folder.ts'), String(port), site], { stdio: 'ignore' });
}

/** Loads `url` for `seconds` with `connections` connections: wrk -t2 --latency, or autocannon. */
export async function load(wrk: string | undefined, url: string, seconds: number, connections: number): Promise<LoadResult> {
  if (!wrk) {
    const result = await autocannon({ url, connections, duration: seconds });
    return {
      requests_per_s: Math.round(result.requests.average),
      p50_ms: result.latency.p50,
      p99_ms: result.latency.p99,
      errors: result.errors + result.non2xx,
    };
  }
  const run = spawnSync(wrk, ['-t2', `-c${connections}`, `-d${seconds}s`, '--latency', url], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`wrk: ${run.stderr}`);
  return parseWrk(run.stdout);
}

function milliseconds(value: string, unit: string): number {
  const factor = unit === 'us' ? 0.001 : unit === 's' ? 1000 : unit === 'm' ? 60_000 : 1;
  return Math.round(Number(value) * factor * 100) / 100;
}

export function parseWrk(output: string): LoadResult {
  const latency = (share: string) => {
    const match = new RegExp(`^\\s*${share}%\\s+([\\d.]+)(us|ms|s|m)\\s*$`, 'm').exec(output);
    return match ? milliseconds(match[1]!, match[2]!) : NaN;
  };
  const nonSuccess = Number(/Non-2xx or 3xx responses: (\d+)/.exec(output)?.[1] ?? 0);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  const socketErrors = socket ? socket.slice(1).reduce((sum, count) => sum + Number(count), 0) : 0;
  return {
    requests_per_s: Math.round(Number(/Requests\/sec:\s+([\d.]+)/.exec(output)?.[1] ?? NaN)),
    p50_ms: latency('50'),
    p99_ms: latency('99'),
    errors: nonSuccess + socketErrors,
  };
}
