// Benchmark: extraction of commitment candidates from every chapter of the 2021 agreement in one process.
// Run: node --import tsx bench/extract.ts — prints one JSON line; without ../shared/corpus it says it skipped.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitFrontmatter } from '../src/formats/frontmatter.ts';
import { extractCandidates } from '../src/text/extract.ts';

const WARM_UP_RUNS = 2;
const MEASURED_RUNS = 7;

const corpus = fileURLToPath(new URL('../../shared/corpus/koalitionsvertrag-2021/', import.meta.url));

if (!existsSync(corpus)) {
  console.log(JSON.stringify({ name: 'extract-corpus', skipped: `no corpus at ${corpus}` }));
} else {
  const bodies = readdirSync(corpus)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => splitFrontmatter(readFileSync(join(corpus, name), 'utf8')).body);
  console.log(JSON.stringify({ name: 'extract-corpus', chapters: bodies.length, ...measure(bodies) }));
}

/** The first run of the process (cold: nothing compiled, no word memoised), warm-up runs, then the median. */
function measure(bodies: readonly string[]): { candidates: number; first_run_ms: number; median_ms: number } {
  const extractAll = (): number => bodies.reduce((count, body) => count + extractCandidates(body).length, 0);
  const coldStart = performance.now();
  extractAll();
  const firstRun = performance.now() - coldStart;
  for (let run = 1; run < WARM_UP_RUNS; run++) extractAll();
  const timings: number[] = [];
  let candidates = 0;
  for (let run = 0; run < MEASURED_RUNS; run++) {
    const started = performance.now();
    candidates = extractAll();
    timings.push(performance.now() - started);
  }
  timings.sort((a, b) => a - b);
  const median = timings[Math.floor(timings.length / 2)]!;
  return { candidates, first_run_ms: Math.round(firstRun), median_ms: Math.round(median * 10) / 10 };
}
