// bin/koalitionstracker gives V8 one compiler thread fewer than the machine has cores, unless NODE_OPTIONS says otherwise.
// Tier: full (bin/koalitionstracker processes)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { temporaryFolder } from './support/chapter-file.ts';
import { createTestDatabase } from './support/dialects.ts';
import { untilListening } from './support/server-process.ts';

const LAUNCHER = fileURLToPath(new URL('../bin/koalitionstracker', import.meta.url));
const NODE_DEFAULT_POOL = 4;

/** Starts `serve` through the launcher and counts the threads of the Node process it became. */
async function threadsOfServer(databaseUrl: string, nodeOptions: string, path: string): Promise<number> {
  const child = spawn(LAUNCHER, ['serve'], { env: { PATH: path, DATABASE_URL: databaseUrl, PORT: '0', NODE_OPTIONS: nodeOptions } });
  try {
    await untilListening(child);
    return readdirSync(`/proc/${child.pid}/task`).length;
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

/** A PATH whose `nproc` says the machine has `cores` cores, whatever this one has. */
function pathWithCores(cores: number): string {
  const folder = temporaryFolder();
  writeFileSync(join(folder, 'nproc'), `#!/bin/sh\necho ${cores}\n`, { mode: 0o755 });
  return `${folder}:${process.env.PATH ?? ''}`;
}

test(
  'the launcher sizes the compiler pool by the cores, and NODE_OPTIONS overrides it',
  { skip: !existsSync('/proc/self/task'), timeout: 90_000 },
  async () => {
    const database = await createTestDatabase('sqlite');
    try {
      const twoCores = pathWithCores(2);
      const sized = await threadsOfServer(database.url, '', twoCores);
      const nodeDefault = await threadsOfServer(database.url, `--v8-pool-size=${NODE_DEFAULT_POOL}`, twoCores);
      assert.equal(nodeDefault - sized, NODE_DEFAULT_POOL - 1, `two cores, one thread: ${sized} threads against ${nodeDefault}`);
      assert.equal(await threadsOfServer(database.url, '', pathWithCores(8)), nodeDefault, 'eight cores: Node’s default');
    } finally {
      await database.drop();
    }
  },
);
