// Benchmark: full-text search over 10k pledges and 200k developments in a fresh SQLite file.
// Text is cut from the 2021 agreement, so words are spread as in real content.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importAgreementFiles } from '../src/services/import-agreement.ts';
import { searchSite } from '../src/services/public/search.ts';
import { rebuildSearchIndex } from '../src/services/search-index.ts';
import { openStore, type Db } from '../src/store/database.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CORPUS = join(ROOT, '../shared/corpus/koalitionsvertrag-2021');
const PLEDGES = 10_000;
const UPDATES = 200_000;
const BATCH = 500;
const ROUNDS = 30;
const QUERIES = [
  'Klimaschutz', 'Digitalisierung', 'Verschlüsselung', 'Bundeswehr', 'Rente', 'Daten', 'Gesetz', 'Kinder',
  'Recht auf Verschlüsselung', 'Ausbau erneuerbarer Energien', 'Bildung und Forschung', 'bezahlbarer Wohnraum', 'Europäische Union Zusammenarbeit',
];

/** A seeded generator, so every run measures the same data. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function corpusSentences(): string[] {
  const bodies = readdirSync(CORPUS).filter((name) => name.endsWith('.md')).map((name) => readFileSync(join(CORPUS, name), 'utf8').split(/^---$/m).slice(2).join(''));
  return bodies.flatMap((body) => body.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').split(/(?<=[.!?])\s+|\n+/)).map((line) => line.replace(/^[#>*\s-]+/, '').trim()).filter((line) => line.length > 40);
}

async function generate(db: Db, sentences: readonly string[]): Promise<void> {
  const next = random(2021);
  const pick = () => sentences[Math.floor(next() * sentences.length)]!;
  const words = (count: number) => pick().split(/\s+/).slice(0, count).join(' ').replace(/[,.;:]$/, '');
  const chapters = await db.selectFrom('chapters').select(['id', 'agreement_id']).execute();
  const stamp = '2024-01-01T00:00:00.000Z';
  await db.transaction().execute(async (trx) => {
    for (let from = 0; from < PLEDGES; from += BATCH) {
      const rows = Array.from({ length: Math.min(BATCH, PLEDGES - from) }, (_, offset) => {
        const chapter = chapters[(from + offset) % chapters.length]!;
        return { agreement_id: chapter.agreement_id, chapter_id: chapter.id, slug: `bench-${from + offset}`, title: words(3 + Math.floor(next() * 6)), quote: pick(), success_criterion: `erfüllt, wenn ${words(8)}`, published: next() < 0.95 ? 1 : 0, updated_at: stamp };
      });
      await trx.insertInto('pledges').values(rows).execute();
    }
    const pledgeIds = (await trx.selectFrom('pledges').select('id').where('slug', 'like', 'bench-%').execute()).map((row) => row.id);
    for (let from = 0; from < UPDATES; from += BATCH) {
      const rows = Array.from({ length: Math.min(BATCH, UPDATES - from) }, () => ({
        pledge_id: pledgeIds[Math.floor(next() * pledgeIds.length)]!, event_date: `202${2 + Math.floor(next() * 3)}-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}`,
        published_at: next() < 0.9 ? stamp : null, title: words(3 + Math.floor(next() * 5)), body: Array.from({ length: 1 + Math.floor(next() * 3) }, pick).join(' '), origin: 'editor' as const, updated_at: stamp,
      }));
      await trx.insertInto('updates').values(rows).execute();
    }
  });
}

function percentile(sorted: readonly number[], share: number): number {
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))]! * 100) / 100;
}

async function measure(db: Db): Promise<{ timings: number[]; perQuery: Record<string, number>; hits: Record<string, number> }> {
  const timings: number[] = [];
  const byQuery = new Map<string, number[]>();
  const hits: Record<string, number> = {};
  for (const q of QUERIES) hits[q] = (await searchSite(db, { q })).total; // warm-up
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of QUERIES) {
      const started = performance.now();
      await searchSite(db, { q });
      const elapsed = performance.now() - started;
      timings.push(elapsed);
      byQuery.set(q, [...(byQuery.get(q) ?? []), elapsed]);
    }
  }
  const perQuery = Object.fromEntries([...byQuery].map(([q, values]) => [q, percentile([...values].sort((a, b) => a - b), 0.5)]));
  return { timings: timings.sort((a, b) => a - b), perQuery, hits };
}

/** KT_BENCH_DB=PATH keeps the generated database there and reuses it on the next run (for tuning queries). */
const keptFile = process.env.KT_BENCH_DB;

async function prepare(db: Db): Promise<{ generate_s: number; index_s: number }> {
  await importAgreementFiles(db, [CORPUS]);
  const generateStart = performance.now();
  await generate(db, corpusSentences());
  const generateSeconds = (performance.now() - generateStart) / 1000;
  const indexStart = performance.now();
  await rebuildSearchIndex(db);
  const indexSeconds = (performance.now() - indexStart) / 1000;
  return { generate_s: Math.round(generateSeconds * 10) / 10, index_s: Math.round(indexSeconds * 10) / 10 };
}

if (!existsSync(CORPUS)) {
  console.log(JSON.stringify({ name: 'search', skipped: `no corpus at ${CORPUS}` }));
} else {
  const folder = keptFile ? undefined : mkdtempSync(join(tmpdir(), 'kt-bench-search-'));
  const file = keptFile ?? join(folder!, 'bench.db');
  const reused = keptFile !== undefined && existsSync(keptFile);
  const store = await openStore(`sqlite:${file}`);
  try {
    await store.migrate();
    const preparation = reused ? { reused: true } : await prepare(store.db);
    const { count: documents } = await store.db.selectFrom('search_documents').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
    const { timings, perQuery, hits } = await measure(store.db);
    console.log(
      JSON.stringify({
        name: 'search',
        pledges: PLEDGES, updates: UPDATES, documents: Number(documents), queries: QUERIES.length, runs: timings.length,
        ...preparation, db_mb: Math.round(statSync(file).size / 1e6),
        p50_ms: percentile(timings, 0.5), p95_ms: percentile(timings, 0.95), p99_ms: percentile(timings, 0.99),
        p50_ms_by_query: perQuery, hits_by_query: hits,
      }),
    );
  } finally {
    await store.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  }
}
