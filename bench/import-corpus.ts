// Benchmark: import the whole 2021 agreement into a fresh database, cold process, median of 5.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, isStale } from '../scripts/build.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CORPUS = join(ROOT, '../shared/corpus/koalitionsvertrag-2021');
const RUNS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function timeCommand(args: string[], env: Record<string, string>): number {
  const started = process.hrtime.bigint();
  const result = spawnSync(join(ROOT, 'bin/koalitionstracker'), args, { env: { ...process.env, ...env }, encoding: 'utf8' });
  const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
  return elapsed;
}

if (!existsSync(CORPUS)) {
  console.log(JSON.stringify({ name: 'import-corpus', skipped: `no corpus at ${CORPUS}` }));
} else {
  if (isStale()) await build();
  const importTimes: number[] = [];
  const startupTimes: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const folder = mkdtempSync(join(tmpdir(), 'kt-bench-'));
    const env = { DATABASE_URL: `sqlite:${join(folder, 'bench.db')}` };
    startupTimes.push(timeCommand(['migrate'], env));
    rmSync(folder, { recursive: true, force: true });
    const fresh = mkdtempSync(join(tmpdir(), 'kt-bench-'));
    importTimes.push(timeCommand(['import', CORPUS], { DATABASE_URL: `sqlite:${join(fresh, 'bench.db')}` }));
    rmSync(fresh, { recursive: true, force: true });
  }
  console.log(
    JSON.stringify({
      name: 'import-corpus',
      chapters: 31,
      runs: RUNS,
      median_ms: Math.round(median(importTimes)),
      all_ms: importTimes.map(Math.round),
      process_with_migrate_only_median_ms: Math.round(median(startupTimes)),
    }),
  );
}
