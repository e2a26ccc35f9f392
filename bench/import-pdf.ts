// Benchmark: `import FILE.pdf` of Baden-Württemberg's 156-page agreement into a fresh database, cold
// process, median of 5 (goal: under 10 s); and the peak memory of importing a generated 300-page PDF.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, isStale } from '../scripts/build.mjs';
import { agreementPage, writePdf } from '../test/support/pdf-writer.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PDF = join(ROOT, '../shared/corpus/bw-2021/210506_Koalitionsvertrag_2021-2026.pdf');
const RUNS = 5;
const TIME = '/usr/bin/time';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Wall time, and peak resident memory where GNU time is installed. */
function importOnce(path: string): { ms: number; maxRssMb: number | null } {
  const folder = mkdtempSync(join(tmpdir(), 'kt-bench-pdf-'));
  const env = { ...process.env, DATABASE_URL: `sqlite:${join(folder, 'bench.db')}` };
  const measured = existsSync(TIME);
  const command = measured ? TIME : join(ROOT, 'bin/koalitionstracker');
  const args = measured ? ['-f', 'maxrss_kb=%M', join(ROOT, 'bin/koalitionstracker'), 'import', path] : ['import', path];
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, { env, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  rmSync(folder, { recursive: true, force: true });
  if (result.status !== 0) throw new Error(`import ${path} failed: ${result.stderr}`);
  const rss = /maxrss_kb=(\d+)/.exec(result.stderr)?.[1];
  return { ms, maxRssMb: rss ? Math.round(Number(rss) / 1024) : null };
}

/** 300 pages of 45 numbered lines each, a chapter every 20 pages. */
function largePdf(): string {
  const pages = Array.from({ length: 300 }, (_, index) => {
    const lines = Array.from(
      { length: 45 },
      (_, line) => `Wir werden im Bereich ${index + 1}.${line + 1} die Verwaltung weiter modernisieren und prüfen.`,
    );
    if (index % 20 === 0) lines.unshift(`## ${index / 20 + 1}. Teil ${index / 20 + 1}`);
    return agreementPage(lines, { page: index + 1, firstLineNumber: index * 46 + 1 });
  });
  const path = join(mkdtempSync(join(tmpdir(), 'kt-bench-pdf-')), 'gross.pdf');
  writeFileSync(path, writePdf({ pages }));
  return path;
}

if (isStale()) await build();
if (!existsSync(PDF)) {
  console.log(JSON.stringify({ name: 'import-pdf', skipped: `no corpus PDF at ${PDF}` }));
} else {
  const runs = Array.from({ length: RUNS }, () => importOnce(PDF));
  console.log(
    JSON.stringify({
      name: 'import-pdf',
      pages: 156,
      runs: RUNS,
      median_ms: Math.round(median(runs.map((run) => run.ms))),
      all_ms: runs.map((run) => Math.round(run.ms)),
      max_rss_mb: runs[0]!.maxRssMb,
    }),
  );
}
const large = importOnce(largePdf());
console.log(JSON.stringify({ name: 'import-pdf-300-pages', ms: Math.round(large.ms), max_rss_mb: large.maxRssMb }));
