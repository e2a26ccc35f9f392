// A throwaway PostgreSQL cluster for the test suite: initdb into a temporary folder, start it on
// a free loopback port, and remove it afterwards. Runs the server as "postgres" when we are root.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

const BIN_CANDIDATES = ['/usr/lib/postgresql/17/bin', '/usr/lib/postgresql/16/bin', '/usr/lib/postgresql/15/bin'];

function findBin(name) {
  for (const folder of BIN_CANDIDATES) if (existsSync(join(folder, name))) return join(folder, name);
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

export function postgresAvailable() {
  return Boolean(findBin('initdb') && findBin('pg_ctl'));
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function asServerUser(command, args, owner) {
  const argv = owner ? ['runuser', '-u', owner, '--', command, ...args] : [command, ...args];
  execFileSync(argv[0], argv.slice(1), { stdio: ['ignore', 'ignore', 'pipe'] });
}

/** Starts a cluster; returns its admin URL and a stop function. */
export async function startThrowawayPostgres() {
  const folder = mkdtempSync(join(tmpdir(), 'kt-postgres-'));
  const owner = userInfo().uid === 0 ? 'postgres' : undefined;
  if (owner) execFileSync('chown', ['-R', owner, folder]);
  const data = join(folder, 'data');
  const port = await freePort();
  asServerUser(findBin('initdb'), ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync'], owner);
  const options = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  asServerUser(findBin('pg_ctl'), ['-D', data, '-o', options, '-l', join(folder, 'server.log'), '-w', 'start'], owner);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        asServerUser(findBin('pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop'], owner);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
  };
}
