// Benchmark (issue 6): the site at scale — 10k Vorhaben, 200k developments, 100k subscribers.
// Latencies of the real pages served by `serve` with the page cache cold (after a change) and warm,
// then one development published through the back office and fanned out to all 100k subscribers:
// the worker's fan-out into the outbox, and delivery by the `mail-worker` command to a counting
// SMTP sink on loopback. SQLite by default; PostgreSQL with DATABASE_URL=postgres://… or
// BENCH_POSTGRES=1 (see bench/support/bench-database.ts). BENCH_SUBSCRIBERS changes the 100k;
// KT_BENCH_DB=PATH keeps the SQLite data set for the next run.
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { build, isStale } from '../scripts/build.mjs';
import { processMailEvents } from '../src/services/subscriptions/fan-out.ts';
import { importAgreementFiles } from '../src/services/import-agreement.ts';
import { ensureSearchIndex, rebuildSearchIndex } from '../src/services/search-index.ts';
import { openStore, type Db } from '../src/store/database.ts';
import { AdminClient, createAccount } from '../test/support/admin-client.ts';
import { overHttp } from '../test/support/server.ts';
import { percentile, startApp, startBin, stop } from './support/app-process.ts';
import { benchDatabase } from './support/bench-database.ts';
import { mulberry32 as random } from './support/random.ts';
import { addSubscribers, CORPUS, corpusSentences, generatePledgesAndDevelopments } from './support/scale-data.ts';
import { startSmtpSink } from './support/smtp-sink.ts';

const PLEDGES = 10_000;
const DEVELOPMENTS = 200_000;
const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 100_000);
const HOT_PLEDGE = 'bench-1';
const HOT_DEVELOPMENTS = 500;
const COLD_ROUNDS = 12;
const WARM_ROUNDS = 60;
const MINISTRIES = 15;
const TOPICS = 20;
/** BENCH_PART=pages or fan-out measures only that part. */
const PART = process.env.BENCH_PART;

const load = () => loadavg().map((value) => Math.round(value * 100) / 100);
const seconds = (ms: number) => Math.round(ms / 100) / 10;

/** Ministries, topics and a much-followed pledge with many developments, on top of the generated data. */
async function shapeData(db: Db): Promise<void> {
  const next = random(6);
  const stamp = '2024-01-01T00:00:00.000Z';
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('ministries')
      .values(Array.from({ length: MINISTRIES }, (_, index) => ({ slug: `ministerium-${index}`, name: `Bundesministerium ${index}` })))
      .execute();
    await trx
      .insertInto('topics')
      .values(Array.from({ length: TOPICS }, (_, index) => ({ slug: `thema-${index}`, name: `Thema ${index}` })))
      .execute();
    const ministries = (await trx.selectFrom('ministries').select('id').execute()).map((row) => row.id);
    const topics = (await trx.selectFrom('topics').select('id').execute()).map((row) => row.id);
    const pledges = (await trx.selectFrom('pledges').select('id').where('slug', 'like', 'bench-%').orderBy('id').execute()).map(
      (row) => row.id,
    );
    for (const [index, ministry] of ministries.entries()) {
      await trx
        .updateTable('pledges')
        .set({ lead_ministry_id: ministry })
        .where(
          'id',
          'in',
          pledges.filter((_, position) => position % MINISTRIES === index),
        )
        .execute();
    }
    const links = pledges.flatMap((pledge) => {
      const first = topics[Math.floor(next() * topics.length)]!;
      const second = topics[Math.floor(next() * topics.length)]!;
      return first === second || next() < 0.5
        ? [{ pledge_id: pledge, topic_id: first }]
        : [
            { pledge_id: pledge, topic_id: first },
            { pledge_id: pledge, topic_id: second },
          ];
    });
    for (let from = 0; from < links.length; from += 500)
      await trx
        .insertInto('pledge_topics')
        .values(links.slice(from, from + 500))
        .execute();
    const hot = await trx.selectFrom('pledges').select('id').where('slug', '=', HOT_PLEDGE).executeTakeFirstOrThrow();
    await trx.updateTable('pledges').set({ published: 1 }).where('id', '=', hot.id).execute();
    const rows = Array.from({ length: HOT_DEVELOPMENTS }, (_, index) => ({
      pledge_id: hot.id,
      event_date: `202${2 + (index % 3)}-0${1 + (index % 9)}-1${index % 9}`,
      published_at: stamp,
      title: `Schritt ${index}`,
      body: 'Ein weiterer Schritt auf dem Weg zur Umsetzung des Vorhabens.',
      origin: 'editor' as const,
      updated_at: stamp,
    }));
    for (let from = 0; from < rows.length; from += 500)
      await trx
        .insertInto('updates')
        .values(rows.slice(from, from + 500))
        .execute();
  });
}

async function prepare(db: Db): Promise<Record<string, number>> {
  const timings: Record<string, number> = {};
  const step = async (name: string, work: () => Promise<unknown>) => {
    const started = performance.now();
    await work();
    timings[`${name}_s`] = seconds(performance.now() - started);
  };
  await step('import', () => importAgreementFiles(db, [CORPUS]));
  await step('generate', () => generatePledgesAndDevelopments(db, corpusSentences(), { pledges: PLEDGES, developments: DEVELOPMENTS }));
  await step('shape', () => shapeData(db));
  // As `serve` would at its start, so that it finds the index current.
  await step('index', async () => (await ensureSearchIndex(db)) || (await rebuildSearchIndex(db)));
  await step('subscribers', async () => {
    const hot = await db
      .selectFrom('pledges')
      .select(['id', 'chapter_id', 'lead_ministry_id'])
      .where('slug', '=', HOT_PLEDGE)
      .executeTakeFirstOrThrow();
    const topicIds = (await db.selectFrom('pledge_topics').select('topic_id').where('pledge_id', '=', hot.id).execute()).map(
      (row) => row.topic_id,
    );
    const others = (await db.selectFrom('pledges').select('id').where('slug', 'in', ['bench-2', 'bench-3', 'bench-4']).execute()).map(
      (row) => row.id,
    );
    timings.subscriptions = await addSubscribers(
      db,
      SUBSCRIBERS,
      { pledgeId: hot.id, chapterId: hot.chapter_id, ministryId: hot.lead_ministry_id!, topicIds },
      others,
    );
  });
  return timings;
}

/** The pages measured; each kind rotates through its URLs from round to round. */
async function pageKinds(db: Db): Promise<Record<string, string[]>> {
  const chapters = (await db.selectFrom('chapters').select('slug').orderBy('position').execute()).map((row) => `/kapitel/${row.slug}`);
  const published = (
    await db.selectFrom('pledges').select('slug').where('published', '=', 1).where('slug', 'like', 'bench-%').orderBy('id').execute()
  ).map((row) => row.slug);
  const pledges = Array.from({ length: 40 }, (_, index) => `/vorhaben/${published[100 + index * 211]!}`);
  return {
    overview: ['/'],
    list: ['/vorhaben', '/vorhaben?seite=20', '/vorhaben?sortierung=entwicklung'],
    list_filtered: [
      '/vorhaben?thema=thema-3',
      '/vorhaben?federfuehrung=ministerium-2&status=not_started',
      '/vorhaben?thema=thema-5&thema=thema-7&sortierung=frist',
    ],
    chapter: chapters,
    pledge: pledges,
    pledge_many_updates: [`/vorhaben/${HOT_PLEDGE}`],
    statistics: ['/statistik'],
    feed: ['/feed.xml'],
    search: [
      '/suche?q=Klimaschutz',
      '/suche?q=Digitalisierung',
      '/suche?q=Gesetz',
      '/suche?q=bezahlbarer+Wohnraum',
      '/suche?q=Verschl%C3%BCsselung',
    ],
    api: ['/api/v1/pledges', '/api/v1/pledges?limit=100', '/api/v1/updates?limit=100'],
  };
}

async function timedGet(base: string, path: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${base}${path}`);
  await response.arrayBuffer();
  const elapsed = performance.now() - started;
  if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
  return elapsed;
}

/** A change to public content: every cached page is stale afterwards. */
async function touchContent(db: Db, round: number): Promise<void> {
  await db
    .updateTable('topics')
    .set({ name: `Thema 0 (${round})` })
    .where('slug', '=', 'thema-0')
    .execute();
}

async function measurePages(db: Db, base: string): Promise<Record<string, object>> {
  const kinds = await pageKinds(db);
  const cold = new Map<string, number[]>();
  const warm = new Map<string, number[]>();
  const first = new Map<string, number>();
  for (let round = 0; round < COLD_ROUNDS; round++) {
    await touchContent(db, round);
    for (const [kind, urls] of Object.entries(kinds)) {
      const url = urls[round % urls.length]!;
      const elapsed = await timedGet(base, url);
      if (round === 0) first.set(kind, elapsed);
      else cold.set(kind, [...(cold.get(kind) ?? []), elapsed]); // round 0: the process's first render of the kind
    }
  }
  for (const urls of Object.values(kinds)) for (const url of urls) await timedGet(base, url); // fill the cache
  for (let round = 0; round < WARM_ROUNDS; round++) {
    for (const [kind, urls] of Object.entries(kinds))
      warm.set(kind, [...(warm.get(kind) ?? []), await timedGet(base, urls[round % urls.length]!)]);
  }
  const summary = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), p99: percentile(sorted, 0.99), n: sorted.length };
  };
  return Object.fromEntries(
    Object.keys(kinds).map((kind) => [
      kind,
      { first_ms: Math.round(first.get(kind)!), cold_ms: summary(cold.get(kind)!), warm_ms: summary(warm.get(kind)!) },
    ]),
  );
}

/** An editor signs in and publishes a development on the much-followed pledge; returns its id. */
async function publishDevelopment(db: Db, base: string): Promise<number> {
  const editor = new AdminClient(overHttp(base));
  const signedIn = await editor.signIn(await createAccount(db, 'editor'));
  if (signedIn.status !== 303) throw new Error(`sign-in: ${signedIn.status}`);
  await editor.page(`/admin/vorhaben/${HOT_PLEDGE}/entwicklungen/neu`);
  const response = await editor.post(`/admin/vorhaben/${HOT_PLEDGE}/entwicklungen`, {
    event_date: '2024-03-01',
    title: 'Kabinettsbeschluss',
    body: 'Das Kabinett hat den Entwurf beschlossen.',
    status_change: 'in_progress',
    rating_change: '',
    source_url: 'https://example.org/beschluss',
    source_title: 'Beschluss',
    source_publisher: '',
    source_date: '',
    aktion: 'veroeffentlichen',
  });
  if (response.status !== 303) throw new Error(`publish: ${response.status} ${await response.text()}`);
  return Number(/entwicklungen\/(\d+)/.exec(response.headers.get('location') ?? '')![1]);
}

async function outboxCounts(db: Db): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('mail_outbox')
    .select(['status', (eb) => eb.fn.countAll<number | string>().as('count')])
    .groupBy('status')
    .execute();
  return Object.fromEntries(rows.map((row) => [row.status, Number(row.count)]));
}

/** Fan-out as the worker does it, then delivery by the `mail-worker` command. */
async function measureFanOut(db: Db, base: string, databaseUrl: string): Promise<Record<string, unknown>> {
  await publishDevelopment(db, base);
  const fanOutStart = performance.now();
  const events = await processMailEvents(db, { baseUrl: base }, new Date());
  const enqueueMs = performance.now() - fanOutStart;
  const queued = (await outboxCounts(db)).pending ?? 0; // a kept database (KT_BENCH_DB) holds the sent mails of earlier runs too
  const loadBefore = load();
  const sink = await startSmtpSink();
  let worker: ChildProcess | undefined;
  try {
    const deliveryStart = performance.now();
    worker = startBin(['mail-worker'], { DATABASE_URL: databaseUrl, SMTP_URL: sink.url, BASE_URL: base });
    await sink.waitFor(queued, 30 * 60_000);
    const deliveryMs = performance.now() - deliveryStart;
    await stop(worker);
    const counts = await outboxCounts(db);
    return {
      events,
      mails_queued: queued,
      enqueue_s: seconds(enqueueMs),
      enqueue_mails_per_s: Math.round(queued / (enqueueMs / 1000)),
      delivered: sink.count,
      delivery_s: seconds(deliveryMs),
      delivery_mails_per_s: Math.round(sink.count / (deliveryMs / 1000)),
      outbox_after: counts,
      load_before_delivery: loadBefore,
      load_after_delivery: load(),
    };
  } finally {
    if (worker) await stop(worker);
    await sink.stop();
  }
}

if (!existsSync(CORPUS)) {
  console.log(JSON.stringify({ name: 'scale', skipped: `no corpus at ${CORPUS}` }));
} else {
  if (isStale()) await build();
  const database = await benchDatabase('kt-bench-scale-');
  const store = await openStore(database.url);
  let app: ChildProcess | undefined;
  try {
    await store.migrate();
    const loadAtStart = load();
    const preparation = database.reused ? { reused: true } : await prepare(store.db);
    const started = await startApp({ DATABASE_URL: database.url });
    app = started.child;
    const common = { dialect: database.dialect, pledges: PLEDGES, updates: DEVELOPMENTS + HOT_DEVELOPMENTS, subscribers: SUBSCRIBERS };
    if (PART !== 'fan-out') {
      const loadBeforePages = load();
      const pages = await measurePages(store.db, started.url);
      console.log(
        JSON.stringify({
          name: 'scale-pages',
          ...common,
          ...preparation,
          load_at_start: loadAtStart,
          load_before: loadBeforePages,
          load_after: load(),
          cold_rounds: COLD_ROUNDS,
          warm_rounds: WARM_ROUNDS,
          pages,
        }),
      );
    }
    if (PART !== 'pages')
      console.log(JSON.stringify({ name: 'scale-fan-out', ...common, ...(await measureFanOut(store.db, started.url, database.url)) }));
  } finally {
    if (app) await stop(app);
    await store.close();
    await database.drop();
  }
}
