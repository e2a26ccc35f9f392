// `npm test`: the whole suite, as CI runs it. `npm run test:quick` (`--quick`): the inner loop — the
// quick tier only, on SQLite, without PostgreSQL, corpus or the command-line bundle.
//
// Every test file belongs to a tier, named by a line in its header comment:
//   // Tier: quick                    unit tests and flows through app.request in this process
//   // Tier: full (what it needs)     real servers and processes, browsers, the corpus, load
// Files under test/ must have the line; unit tests beside the code (src/) are quick unless they say
// otherwise. A quick file is compiled knowing its tier, and test support refuses there what belongs to
// the full tier (test/support/tier.ts). Both runs compile the files first (scripts/build-tests.mjs)
// and run them with node's test runner, two at a time; `PART...` keeps only the files whose path
// contains a part.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
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

/** The tier a file's header names; undefined if it names none. Throws on a tier line it cannot read. */
function declaredTier(file) {
  const header = /^(?:\/\/.*\n)+/.exec(readFileSync(join(root, file), 'utf8'))?.[0] ?? '';
  const line = /^\/\/\s*tier\b.*$/im.exec(header)?.[0];
  if (!line) return undefined;
  const tier = /^\/\/ Tier: (quick|full)(?:$| \(.+\)$)/.exec(line)?.[1];
  if (!tier) throw new Error(`${file}: "${line}" is no tier line; write "// Tier: quick" or "// Tier: full (why)"`);
  if (tier === 'full' && !line.includes('(')) throw new Error(`${file}: say why it is in the full tier: "// Tier: full (why)"`);
  return tier;
}

function tierOf(file) {
  const tier = declaredTier(file);
  if (tier) return tier;
  if (file.startsWith('src/')) return 'quick';
  throw new Error(
    `${file}: name its tier in the header, "// Tier: quick" (in-process, SQLite will do) or "// Tier: full (why)" — see scripts/test.mjs`,
  );
}

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const parts = args.filter((arg) => arg !== '--quick');

const tiers = new Map();
try {
  for (const file of [...testFiles(join(root, 'src')), ...testFiles(join(root, 'test'))]) tiers.set(file, tierOf(file));
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
const files = [...tiers.keys()].filter(
  (file) => (!quick || tiers.get(file) === 'quick') && (parts.length === 0 || parts.some((part) => file.includes(part))),
);
if (files.length === 0) {
  console.error(`no ${quick ? 'quick-tier ' : ''}test file matches ${parts.join(' ')}`);
  process.exit(1);
}

const env = { ...process.env };
let postgres;
if (quick) {
  delete env.TEST_POSTGRES_URL;
  Object.assign(env, { TEST_POSTGRES: 'off', TEST_CORPUS: 'off' });
  console.log(`quick tier: ${files.length} files, SQLite only, no corpus`);
} else {
  await build();
}
const builtFiles = await buildTests(files, (file) => tiers.get(file));
if (!quick && !env.TEST_POSTGRES_URL && env.TEST_POSTGRES !== 'off') {
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
  const result = spawnSync(
    process.execPath,
    ['--enable-source-maps', '--test', '--test-concurrency=2', '--test-reporter=spec', ...builtFiles],
    { cwd: root, env, stdio: 'inherit' },
  );
  status = result.status ?? 1;
} finally {
  postgres?.stop();
}
process.exit(status);
