// `npm test`: builds the command-line bundle, starts a throwaway PostgreSQL when the machine has
// one (so store tests run on both dialects), then runs every *.test.ts(x) with node's test runner,
// each compiled into one module first (scripts/build-tests.mjs).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from './build.mjs';
import { buildTests } from './build-tests.mjs';
import { postgresAvailable, startThrowawayPostgres } from './postgres-throwaway.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

function testFiles(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return /\.test\.tsx?$/.test(entry.name) ? [relative(root, path)] : [];
  });
}

const filter = process.argv.slice(2);
const files = [...testFiles(join(root, 'src')), ...testFiles(join(root, 'test'))].filter(
  (file) => filter.length === 0 || filter.some((part) => file.includes(part)),
);

await build();
const builtFiles = await buildTests(files);
const env = { ...process.env };
let postgres;
if (!env.TEST_POSTGRES_URL && env.TEST_POSTGRES !== 'off') {
  if (postgresAvailable()) {
    postgres = await startThrowawayPostgres();
    env.TEST_POSTGRES_URL = postgres.url;
    console.log(`PostgreSQL for tests at ${postgres.url}`);
  } else {
    console.log('PostgreSQL binaries not found: store tests run on SQLite only (set TEST_POSTGRES_URL to use a server).');
  }
}

let status = 1;
try {
  const result = spawnSync(process.execPath, ['--enable-source-maps', '--test', '--test-concurrency=2', '--test-reporter=spec', ...builtFiles], { cwd: root, env, stdio: 'inherit' });
  status = result.status ?? 1;
} finally {
  postgres?.stop();
}
process.exit(status);
