// Benchmark: full-text search over 10k pledges and 200k developments in a fresh SQLite file, or on
// PostgreSQL with BENCH_POSTGRES=1 (bench/support/bench-database.ts). Text is cut from the 2021
// agreement, so words are spread as in real content.
import { existsSync, statSync } from 'node:fs';
import { importAgreementFiles } from '../src/services/import-agreement.ts';
import { searchSite } from '../src/services/public/search.ts';
import { rebuildSearchIndex } from '../src/services/search-index.ts';
import { openStore, type Db } from '../src/store/database.ts';
import { benchDatabase } from './support/bench-database.ts';
import { CORPUS, corpusSentences, generatePledgesAndDevelopments } from './support/scale-data.ts';

const PLEDGES = 10_000;
const DEVELOPMENTS = 200_000;
const ROUNDS = 30;
const QUERIES = [
  'Klimaschutz',
  'Digitalisierung',
  'Verschlüsselung',
  'Bundeswehr',
  'Rente',
  'Daten',
  'Gesetz',
  'Kinder',
  'Recht auf Verschlüsselung',
  'Ausbau erneuerbarer Energien',
  'Bildung und Forschung',
  'bezahlbarer Wohnraum',
  'Europäische Union Zusammenarbeit',
];

function percentile(sorted: readonly number[], share: number): number {
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))]! * 100) / 100;
}

async function measure(db: Db): Promise<{ timings: number[]; perQuery: Record<string, number>; hits: Record<string, number> }> {
  const timings: number[] = [];
  const byQuery = new Map<string, number[]>();
  const hits: Record<string, number> = {};
  for (const q of QUERIES) hits[q] = (await searchSite(db, { query: q, kind: null, page: 1 })).total; // warm-up
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of QUERIES) {
      const started = performance.now();
      await searchSite(db, { query: q, kind: null, page: 1 });
      const elapsed = performance.now() - started;
      timings.push(elapsed);
      byQuery.set(q, [...(byQuery.get(q) ?? []), elapsed]);
    }
  }
  const perQuery = Object.fromEntries(
    [...byQuery].map(([q, values]) => [
      q,
      percentile(
        [...values].sort((a, b) => a - b),
        0.5,
      ),
    ]),
  );
  return { timings: timings.sort((a, b) => a - b), perQuery, hits };
}

async function prepare(db: Db): Promise<{ generate_s: number; index_s: number }> {
  await importAgreementFiles(db, [CORPUS]);
  const generateStart = performance.now();
  await generatePledgesAndDevelopments(db, corpusSentences(), { pledges: PLEDGES, developments: DEVELOPMENTS });
  const generateSeconds = (performance.now() - generateStart) / 1000;
  const indexStart = performance.now();
  await rebuildSearchIndex(db);
  const indexSeconds = (performance.now() - indexStart) / 1000;
  return { generate_s: Math.round(generateSeconds * 10) / 10, index_s: Math.round(indexSeconds * 10) / 10 };
}

if (!existsSync(CORPUS)) {
  console.log(JSON.stringify({ name: 'search', skipped: `no corpus at ${CORPUS}` }));
} else {
  const database = await benchDatabase('kt-bench-search-');
  const store = await openStore(database.url);
  try {
    await store.migrate();
    const preparation = database.reused ? { reused: true } : await prepare(store.db);
    const { count: documents } = await store.db
      .selectFrom('search_documents')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow();
    const { timings, perQuery, hits } = await measure(store.db);
    const file = database.dialect === 'sqlite' ? database.url.slice('sqlite:'.length) : null;
    console.log(
      JSON.stringify({
        name: 'search',
        dialect: database.dialect,
        pledges: PLEDGES,
        updates: DEVELOPMENTS,
        documents: Number(documents),
        queries: QUERIES.length,
        runs: timings.length,
        ...preparation,
        ...(file ? { db_mb: Math.round(statSync(file).size / 1e6) } : {}),
        p50_ms: percentile(timings, 0.5),
        p95_ms: percentile(timings, 0.95),
        p99_ms: percentile(timings, 0.99),
        p50_ms_by_query: perQuery,
        hits_by_query: hits,
      }),
    );
  } finally {
    await store.close();
    await database.drop();
  }
}
