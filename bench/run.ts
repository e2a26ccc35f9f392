// `npm run bench`: runs every benchmark in its own process and prints one JSON line per result.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';

const folder = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);
const benches = readdirSync(folder)
  .filter((name) => name.endsWith('.ts') && name !== 'run.ts')
  // A part that names a benchmark exactly ("load") runs only that one, not every name containing it.
  .filter(
    (name, _index, names) =>
      only.length === 0 || only.some((part) => (names.includes(`${part}.ts`) ? name === `${part}.ts` : name.includes(part))),
  )
  .sort();

console.log(
  JSON.stringify({
    machine: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}`,
    node: process.version,
    date: new Date().toISOString().slice(0, 10),
  }),
);
let failed = false;
for (const bench of benches) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', `${folder}${bench}`], { stdio: 'inherit' });
  failed ||= result.status !== 0;
}
process.exit(failed ? 1 : 0);
