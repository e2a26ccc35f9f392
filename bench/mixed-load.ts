// Benchmark (issue 6): 60 s of reads and writes at once against `serve` with the 2021 agreement
// imported (plus 300 generated Vorhaben with 3,000 developments, so editors have Vorhaben of their
// own). Readers of pages, API and search; editors signing in, adding developments and editing
// Vorhaben; visitors subscribing and sending suggestions, each from its own loopback address. Goal:
// 0 errors, 5xx or timeouts, and every acknowledged write in the database afterwards.
// BENCH_SECONDS changes the 60 s; DATABASE_URL=postgres://… or BENCH_POSTGRES=1 runs on PostgreSQL.
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { build, isStale } from '../scripts/build.mjs';
import { importAgreementFiles } from '../src/services/import-agreement.ts';
import { ensureSearchIndex, rebuildSearchIndex } from '../src/services/search-index.ts';
import { openStore } from '../src/store/database.ts';
import { createAccount, PASSWORD } from '../test/support/admin-client.ts';
import { runMixedLoad } from '../test/support/mixed-load.ts';
import { startApp, stop } from './support/app-process.ts';
import { benchDatabase } from './support/bench-database.ts';
import { CORPUS, corpusSentences, generatePledgesAndDevelopments } from './support/scale-data.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const EDITORS = 4;
const load = () => loadavg().map((value) => Math.round(value * 100) / 100);

if (!existsSync(CORPUS)) {
  console.log(JSON.stringify({ name: 'mixed-load', skipped: `no corpus at ${CORPUS}` }));
} else {
  if (isStale()) await build();
  const database = await benchDatabase('kt-bench-mixed-');
  const store = await openStore(database.url);
  let app: ChildProcess | undefined;
  try {
    await store.migrate();
    await importAgreementFiles(store.db, [CORPUS]);
    await generatePledgesAndDevelopments(store.db, corpusSentences(), { pledges: 300, developments: 3_000 });
    if (!(await ensureSearchIndex(store.db))) await rebuildSearchIndex(store.db);
    const editors = [];
    for (let index = 0; index < EDITORS; index++) editors.push({ email: await createAccount(store.db, 'editor'), password: PASSWORD });
    const pledgeSlugs = (
      await store.db.selectFrom('pledges').select('slug').where('published', '=', 1).orderBy('id').limit(120).execute()
    ).map((row) => row.slug);
    const chapterPaths = (await store.db.selectFrom('chapters').select('slug').orderBy('position').execute()).map(
      (row) => `/kapitel/${row.slug}`,
    );
    const started = await startApp({ DATABASE_URL: database.url });
    app = started.child;
    const loadBefore = load();
    const result = await runMixedLoad({
      base: started.url,
      db: store.db,
      seconds: SECONDS,
      editors,
      pledgeSlugs,
      chapterPaths,
      readers: { pages: 6, api: 2, search: 2 },
    });
    const goalMet = result.errors === 0 && result.missing.length === 0;
    console.log(
      JSON.stringify({
        name: 'mixed-load',
        dialect: database.dialect,
        load_before: loadBefore,
        load_after: load(),
        goal_met: goalMet,
        ...result,
        missing: result.missing.slice(0, 10),
      }),
    );
    if (!goalMet) process.exitCode = 1;
  } finally {
    if (app) await stop(app);
    await store.close();
    await database.drop();
  }
}
