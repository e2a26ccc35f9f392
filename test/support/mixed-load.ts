// Reads and writes at once against a running app, for the mixed load test and benchmark: readers
// of pages, API and search; editors who sign in and add developments and edit their own Vorhaben
// (CSRF tokens from the forms, as a browser sends them); visitors who subscribe and send
// suggestions, each from a loopback address of its own and so within the forms' rate limits.
// Every answer that is not the expected one, and every timeout, is an error; every acknowledged
// write is remembered so that it can be looked for in the database afterwards.
import type { Db } from '../../src/store/database.ts';
import { HttpClient, type HttpResponse } from './http-client.ts';
import { formValues } from './html-form.ts';

export interface MixedLoadOptions {
  base: string;
  db: Db;
  seconds: number;
  /** Editor accounts (e-mail, password); each edits only its own Vorhaben, so no edit conflicts. */
  editors: { email: string; password: string }[];
  /** Published Vorhaben slugs: read, suggested on, and shared out among the editors. */
  pledgeSlugs: string[];
  chapterPaths: string[];
  readers?: { pages: number; api: number; search: number };
  /** Pause of each writer between two writes. */
  writerPauseMs?: number;
}

export type LoadClass = 'page' | 'api' | 'search' | 'development' | 'pledge_edit' | 'subscription' | 'suggestion' | 'sign_in';

export interface MixedLoadResult {
  seconds: number;
  requests: number;
  requests_per_s: number;
  errors: number;
  error_samples: string[];
  by_class: Record<string, { requests: number; p50_ms: number; p99_ms: number }>;
  acknowledged: { developments: number; pledge_edits: number; subscriptions: number; suggestions: number };
  missing: string[];
}

const SEARCHES = ['Klimaschutz', 'Digitalisierung', 'Gesetz', 'bezahlbarer Wohnraum', 'Verschlüsselung', 'Bundeswehr', 'Rente', 'Europa'];

function percentile(sorted: readonly number[], share: number): number {
  if (sorted.length === 0) return NaN;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))]! * 100) / 100;
}

export async function runMixedLoad(options: MixedLoadOptions): Promise<MixedLoadResult> {
  const { base, db } = options;
  const readers = options.readers ?? { pages: 4, api: 2, search: 2 };
  const pause = options.writerPauseMs ?? 100;
  const timings = new Map<LoadClass, number[]>();
  const errorSamples: string[] = [];
  let errors = 0;
  const endAt = performance.now() + options.seconds * 1000;
  const running = () => performance.now() < endAt;
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  /** One request of a class; false (and an error counted) unless the answer has the expected status. */
  async function timed(
    kind: LoadClass,
    expected: number,
    what: string,
    call: () => Promise<HttpResponse>,
  ): Promise<HttpResponse | undefined> {
    const started = performance.now();
    try {
      const response = await call();
      const list = timings.get(kind) ?? [];
      list.push(performance.now() - started);
      timings.set(kind, list);
      if (response.status === expected) return response;
      errors += 1;
      if (errorSamples.length < 10)
        errorSamples.push(`${kind} ${what}: ${response.status} ${response.body.slice(0, 200).replace(/\s+/g, ' ')}`);
    } catch (error) {
      errors += 1;
      if (errorSamples.length < 10) errorSamples.push(`${kind} ${what}: ${error instanceof Error ? error.message : String(error)}`);
    }
    return undefined;
  }

  const pages = [
    '/',
    '/vorhaben',
    '/vorhaben?sortierung=entwicklung',
    '/statistik',
    '/feed.xml',
    ...options.chapterPaths.slice(0, 6),
    ...options.pledgeSlugs.slice(0, 30).map((slug) => `/vorhaben/${slug}`),
  ];
  const apiPaths = [
    '/api/v1/pledges',
    '/api/v1/pledges?limit=100',
    '/api/v1/updates',
    ...options.pledgeSlugs.slice(0, 20).map((slug) => `/api/v1/pledges/${slug}`),
  ];
  const searches = SEARCHES.map((q) => `/suche?q=${encodeURIComponent(q)}`);

  async function reader(kind: LoadClass, paths: string[], offset: number) {
    const client = new HttpClient(base);
    for (let index = offset; running(); index += 1) {
      const path = paths[index % paths.length]!;
      await timed(kind, 200, path, () => client.get(path));
    }
    client.close();
  }

  const developments: { id: number; title: string }[] = [];
  const criteria = new Map<string, string>();
  let writeCounter = 0;

  async function editor(account: { email: string; password: string }, slugs: string[]) {
    const client = new HttpClient(base);
    await client.page('/admin/login');
    const signedIn = await timed('sign_in', 303, account.email, () => client.post('/admin/login', { ...account, weiter: '/admin' }));
    if (!signedIn) return;
    for (let index = 0; running(); index += 1) {
      const slug = slugs[index % slugs.length]!;
      const number = ++writeCounter;
      if (index % 2 === 0) {
        await client.page(`/admin/vorhaben/${slug}/entwicklungen/neu`);
        const title = `Lastprobe ${number}`;
        const response = await timed('development', 303, slug, () =>
          client.post(`/admin/vorhaben/${slug}/entwicklungen`, {
            event_date: '2024-05-01',
            title,
            body: `Bericht zur Lastprobe ${number}.`,
            status_change: '',
            rating_change: '',
            source_url: `https://example.org/lastprobe/${number}`,
            source_title: 'Beleg',
            source_publisher: '',
            source_date: '',
            aktion: number % 3 === 0 ? 'entwurf' : 'veroeffentlichen',
          }),
        );
        const id = /\/admin\/entwicklungen\/(\d+)/.exec(response?.location ?? '')?.[1];
        if (response && id) developments.push({ id: Number(id), title });
      } else {
        const form = formValues((await client.page(`/admin/vorhaben/${slug}`)).body);
        const criterion = `erfüllt, wenn die Lastprobe ${number} bestanden ist`;
        const response = await timed('pledge_edit', 303, slug, () =>
          client.post(`/admin/vorhaben/${slug}`, { ...form, success_criterion: criterion }),
        );
        if (response) criteria.set(slug, criterion);
      }
      await sleep(pause);
    }
    client.close();
  }

  let visitors = 0;
  /** A loopback address per visitor: 127.1.0.1, 127.1.0.2, … */
  const nextAddress = () => {
    visitors += 1;
    return `127.1.${Math.floor(visitors / 250)}.${1 + (visitors % 250)}`;
  };
  const subscribers: string[] = [];
  const suggestions: string[] = [];

  async function subscriber() {
    for (let index = 0; running(); index += 1) {
      const client = new HttpClient(base, nextAddress());
      const email = `last-${process.pid}-${++writeCounter}@example.org`;
      const slug = options.pledgeSlugs[index % options.pledgeSlugs.length]!;
      const scope = index % 3 === 0 ? 'all' : `pledge:${slug}`;
      await client.page('/abo');
      const response = await timed('subscription', 303, email, () =>
        client.post('/abo', { email, scope, frequency: index % 4 === 0 ? 'daily' : 'immediate', website: '' }),
      );
      if (response) subscribers.push(email);
      client.close();
      await sleep(pause);
    }
  }

  async function suggester() {
    for (let index = 0; running(); index += 1) {
      const client = new HttpClient(base, nextAddress());
      const slug = options.pledgeSlugs[index % options.pledgeSlugs.length]!;
      const text = `Hinweis aus der Lastprobe ${process.pid}-${++writeCounter}: Der Bundestag hat beraten.`;
      await client.page(`/vorhaben/${slug}/hinweis`);
      const response = await timed('suggestion', 303, slug, () =>
        client.post(`/vorhaben/${slug}/hinweis`, { text, source_url: 'https://example.org/protokoll', email: '', website: '' }),
      );
      if (response) suggestions.push(text);
      client.close();
      await sleep(pause);
    }
  }

  const share = (index: number) => options.pledgeSlugs.filter((_, position) => position % options.editors.length === index);
  const started = performance.now();
  await Promise.all([
    ...Array.from({ length: readers.pages }, (_, index) => reader('page', pages, index * 7)),
    ...Array.from({ length: readers.api }, (_, index) => reader('api', apiPaths, index * 5)),
    ...Array.from({ length: readers.search }, (_, index) => reader('search', searches, index * 3)),
    ...options.editors.map((account, index) => editor(account, share(index))),
    subscriber(),
    suggester(),
  ]);
  const elapsed = (performance.now() - started) / 1000;

  const missing = await missingWrites(db, developments, criteria, subscribers, suggestions);
  const byClass = Object.fromEntries(
    [...timings].map(([kind, values]) => {
      const sorted = [...values].sort((a, b) => a - b);
      return [kind, { requests: sorted.length, p50_ms: percentile(sorted, 0.5), p99_ms: percentile(sorted, 0.99) }];
    }),
  );
  const requests = [...timings.values()].reduce((sum, values) => sum + values.length, 0);
  return {
    seconds: Math.round(elapsed * 10) / 10,
    requests,
    requests_per_s: Math.round(requests / elapsed),
    errors,
    error_samples: errorSamples,
    by_class: byClass,
    acknowledged: {
      developments: developments.length,
      pledge_edits: criteria.size,
      subscriptions: subscribers.length,
      suggestions: suggestions.length,
    },
    missing,
  };
}

/** Every acknowledged write, looked for in the database; returns what is not there. */
async function missingWrites(
  db: Db,
  developments: { id: number; title: string }[],
  criteria: Map<string, string>,
  subscribers: string[],
  suggestions: string[],
): Promise<string[]> {
  const missing: string[] = [];
  const storedDevelopments = new Map(
    (await db.selectFrom('updates').select(['id', 'title']).where('title', 'like', 'Lastprobe %').execute()).map((row) => [
      row.id,
      row.title,
    ]),
  );
  for (const development of developments)
    if (storedDevelopments.get(development.id) !== development.title) missing.push(`development ${development.id}`);
  for (const [slug, criterion] of criteria) {
    const row = await db.selectFrom('pledges').select('success_criterion').where('slug', '=', slug).executeTakeFirst();
    if (row?.success_criterion !== criterion) missing.push(`pledge edit ${slug}`);
  }
  const storedEmails = new Set(
    (await db.selectFrom('subscriptions').select('email').where('email', 'like', 'last-%').execute()).map((row) => row.email),
  );
  for (const email of subscribers) if (!storedEmails.has(email)) missing.push(`subscription ${email}`);
  const storedTexts = new Set(
    (await db.selectFrom('suggestions').select('text').where('text', 'like', 'Hinweis aus der Lastprobe %').execute()).map(
      (row) => row.text,
    ),
  );
  for (const text of suggestions) if (!storedTexts.has(text)) missing.push(`suggestion ${text}`);
  return missing;
}
