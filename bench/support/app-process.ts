// Running the app the way it is deployed, for benchmarks: `bin/koalitionstracker` commands in
// processes of their own, on free loopback ports.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = join(ROOT, 'bin/koalitionstracker');

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Runs a command to its end; throws with its stderr when it fails. */
export function runBin(args: string[], env: Record<string, string>): string {
  const result = spawnSync(BIN, args, { env: { ...process.env, LOG_LEVEL: 'warn', ...env }, encoding: 'utf8', input: '' });
  if (result.status !== 0) throw new Error(`${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

export function startBin(args: string[], env: Record<string, string>): ChildProcess {
  return spawn(BIN, args, { env: { ...process.env, LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
}

export async function waitFor(url: string, attempts = 600): Promise<void> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer`);
}

/** Starts `serve` on a free port and waits until it answers; returns its URL and the process. */
export async function startApp(env: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = startBin(['serve', '--port', String(port)], { BASE_URL: url, ...env });
  try {
    await waitFor(`${url}/`, 1200);
  } catch (error) {
    await stop(child);
    throw error;
  }
  return { url, child };
}

/** Stops a process and waits for it to be gone. */
export function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** The value at a share (0..1) of sorted timings, to 0.01 ms. */
export function percentile(sorted: readonly number[], share: number): number {
  if (sorted.length === 0) return NaN;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))]! * 100) / 100;
}
