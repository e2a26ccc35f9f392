// No draft in any public output: every page, feed, download, search and API answer reached from the
// site (and every list filter the pages offer), on both dialects, with unpublished Vorhaben and drafts
// present. None shows a hidden text, and each answers exactly as it does once every hidden row is
// deleted, so nothing public depends on them, not even a count. Mails too: a notification, and a
// digest holding a development whose Vorhaben was unpublished after it was queued.
// Tier: quick
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { unzipSync, strFromU8 } from 'fflate';
import { loadConfig } from '../src/config.ts';
import { queueDueDigests } from '../src/services/subscriptions/digest.ts';
import { processMailEvents } from '../src/services/subscriptions/fan-out.ts';
import type { Db, Store } from '../src/store/database.ts';
import { addDigestItems } from '../src/store/digests.ts';
import { recordMailEvent } from '../src/store/outbox.ts';
import { findPledgeBySlug, insertPledge } from '../src/store/pledges.ts';
import { confirmSubscriptions, requestSubscription } from '../src/store/subscriptions.ts';
import { insertDevelopment } from '../src/store/developments.ts';
import { findOrCreateTerm } from '../src/store/vocabularies.ts';
import { createApp } from '../src/web/app.tsx';
import { HIDDEN_TEXTS, seedData, today } from './support/data-fixture.ts';
import { DIALECTS, withTestStore } from './support/dialects.ts';

const BASE_URL = 'http://localhost:3000';
/** Besides the fixture's: a draft with a source on a public Vorhaben, and a partner only an unpublished, overdue Vorhaben has. */
const MORE_HIDDEN = [
  'Unveröffentlichter Zwischenstand',
  'https://example.org/entwurfsquelle',
  'Verborgener Partner',
  'Überfälliges Geheimvorhaben',
];
const HIDDEN = [...HIDDEN_TEXTS, ...MORE_HIDDEN];
/** Links to unpublished Vorhaben (a 404 page may name the path it was asked for). */
const HIDDEN_LINKS = ['/vorhaben/geheim', '/vorhaben/entwurfsvorhaben', '/vorhaben/ueberfaellig-geheim'];
/** Enough for every page of the fixture; a crawl that needs more is running away. */
const MAX_PATHS = 1500;
const stamp = today.toISOString();

async function seed(store: Store): Promise<void> {
  await seedData(store);
  const { db } = store;
  const published = (await findPledgeBySlug(db, 'dateninstitut'))!;
  await insertDevelopment(
    db,
    {
      pledgeId: published.id,
      eventDate: '2023-06-01',
      publishedAt: null,
      title: 'Unveröffentlichter Zwischenstand',
      body: 'Noch nicht freigegeben.',
      statusChange: 'broken',
      ratingChange: 1,
      origin: 'editor',
      sources: [{ url: 'https://example.org/entwurfsquelle', title: 'Entwurfsquelle', publisher: 'Intern', publishedOn: '2023-06-01' }],
    },
    stamp,
  );
  await insertPledge(db, {
    agreement_id: published.agreement_id,
    chapter_id: published.chapter_id,
    slug: 'ueberfaellig-geheim',
    title: 'Überfälliges Geheimvorhaben',
    status: 'in_progress',
    deadline: '2022-01-01',
    rating: 2,
    partner_id: await findOrCreateTerm(db, 'organisations', 'Verborgener Partner'),
    published: 0,
    created_at: stamp,
    updated_at: stamp,
  });
}

interface Answer {
  status: number;
  body: string;
}

/** Bodies without what differs from one request to the next. */
function normalised(body: string): string {
  return body.replace(/name="_csrf" value="[^"]*"/g, 'name="_csrf" value=""');
}

/** The site's own paths a text names: links of pages, feeds and API answers. */
function pathsIn(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(/(?:href|src|action)="(\/[^"/][^"]*|\/)"/g)) found.add(match[1]!.replaceAll('&amp;', '&'));
  for (const match of text.matchAll(/http:\/\/localhost:3000(\/[^"'<>\s\\]*)/g)) found.add(match[1]!.replaceAll('&amp;', '&'));
  return [...found].filter((path) => !/^\/(admin|assets)(\/|$)/.test(path));
}

/** Where the crawl starts: the site's entrances, and every row, hidden or not, asked for by its address. */
async function startPaths(db: Db): Promise<string[]> {
  const start = [
    '/',
    '/en',
    '/vertraege',
    '/vorhaben',
    '/vorhaben?ueberfaellig=1',
    '/statistik',
    '/themen',
    '/ministerien',
    '/abo',
    '/daten',
    '/methode',
    '/feed.xml',
    '/feed.rss',
    '/feed.json',
    ...['Verschlüsselung', 'geheim', 'Entwurf', 'Zwischenstand', 'Geheimvorhaben', 'Infrastruktur'].map(
      (q) => `/suche?q=${encodeURIComponent(q)}`,
    ),
    ...[
      'governments',
      'agreements',
      'chapters',
      'pledges',
      'updates',
      'sources',
      'pledges?overdue=1',
      'pledges?overdue=0',
      'pledges?agreement=kv-2021',
    ].map((list) => `/api/v1/${list}`),
  ];
  // Hidden ones must answer as if they did not exist.
  for (const { slug } of await db.selectFrom('pledges').select('slug').execute()) {
    start.push(
      `/vorhaben/${slug}`,
      `/vorhaben/${slug}/feed.json`,
      `/api/v1/pledges/${slug}`,
      `/api/v1/updates?pledge=${slug}`,
      `/api/v1/sources?pledge=${slug}`,
    );
  }
  for (const { id } of await db.selectFrom('updates').select('id').execute())
    start.push(`/api/v1/updates/${id}`, `/api/v1/sources?update=${id}`);
  for (const { id } of await db.selectFrom('sources').select('id').execute()) start.push(`/api/v1/sources/${id}`);
  return start;
}

/** Every path the public can reach from `start`, with the list filters and API lists the data offers, and each answer. */
async function crawl(db: Db, start: readonly string[]): Promise<Map<string, Answer>> {
  const app = createApp(loadConfig({ BASE_URL }), db, { clock: () => today, pageCache: false });
  const answers = new Map<string, Answer>();
  const queue = [...new Set(start)];
  const seen = new Set(queue);
  const follow = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    queue.push(path);
  };
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    assert.ok(seen.size <= MAX_PATHS, `more than ${MAX_PATHS} paths`);
    const response = await app.request(`${BASE_URL}${path}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const type = response.headers.get('content-type') ?? '';
    const body = type.startsWith('application/zip')
      ? Object.entries(unzipSync(bytes))
          .map(([name, file]) => `${name}\n${strFromU8(file)}`)
          .join('\n')
      : type.startsWith('image/')
        ? Buffer.from(bytes).toString('base64')
        : new TextDecoder().decode(bytes);
    answers.set(path, { status: response.status, body: normalised(body) });
    if (response.status !== 200 || type.startsWith('image/')) continue;
    pathsIn(body).forEach(follow);
    // The list's filters are a form, not links: each value it offers, alone and with "overdue".
    for (const match of body.matchAll(/<input type="checkbox" name="([a-z]+)" value="([^"]+)"/g)) {
      const [, name, value] = match;
      follow(`${path.split('?')[0]}?${name}=${encodeURIComponent(value!)}`);
      follow(`${path.split('?')[0]}?${name}=${encodeURIComponent(value!)}&ueberfaellig=1`);
    }
    // The API's filters: each value its answers name.
    if (path.startsWith('/api/v1/pledges')) {
      const data = (JSON.parse(body) as { data?: Record<string, unknown>[] }).data ?? [];
      for (const pledge of data) {
        follow(`/api/v1/pledges?chapter=${pledge.chapter}`);
        follow(`/api/v1/pledges?status=${pledge.status}&overdue=0`);
        for (const topic of pledge.topics as { slug: string }[]) follow(`/api/v1/pledges?topic=${topic.slug}`);
        for (const term of [pledge.lead_ministry, pledge.partner] as ({ slug: string } | null)[]) {
          if (term) follow(`/api/v1/pledges?${term === pledge.partner ? 'partner' : 'ministry'}=${term.slug}`);
        }
      }
    }
  }
  return answers;
}

/** Deletes every draft and every unpublished Vorhaben with all that hangs on it. */
async function deleteHidden(db: Db): Promise<void> {
  const hiddenPledges = db.selectFrom('pledges').select('id').where('published', '=', 0);
  const hiddenDevelopments = db
    .selectFrom('updates')
    .select('id')
    .where((eb) => eb.or([eb('published_at', 'is', null), eb('pledge_id', 'in', hiddenPledges)]));
  await db.deleteFrom('digest_items').where('update_id', 'in', hiddenDevelopments).execute();
  await db.updateTable('suggestions').set({ update_id: null }).where('update_id', 'in', hiddenDevelopments).execute();
  await db.deleteFrom('suggestions').where('pledge_id', 'in', hiddenPledges).execute();
  await db.updateTable('candidates').set({ pledge_id: null }).where('pledge_id', 'in', hiddenPledges).execute();
  await db.deleteFrom('sources').where('update_id', 'in', hiddenDevelopments).execute();
  await db.deleteFrom('updates').where('id', 'in', hiddenDevelopments).execute();
  await db.deleteFrom('pledges').where('published', '=', 0).execute();
}

for (const dialect of DIALECTS) {
  describe(`public scope (${dialect})`, () => {
    test('every public answer hides drafts and unpublished Vorhaben, and is the same without them', () =>
      withTestStore(dialect, async (store) => {
        await seed(store);
        const start = await startPaths(store.db);
        const withHidden = await crawl(store.db, start);
        assert.ok(withHidden.size > 150, `crawled only ${withHidden.size} paths`);
        for (const [path, { status, body }] of withHidden) {
          for (const hidden of [...HIDDEN, ...(status === 200 ? HIDDEN_LINKS : [])])
            assert.ok(!body.includes(hidden), `${path} shows "${hidden}"`);
        }
        await deleteHidden(store.db);
        const without = await crawl(store.db, start);
        assert.deepEqual([...without.keys()].sort(), [...withHidden.keys()].sort(), 'the same paths are reachable');
        for (const [path, answer] of withHidden) assert.deepEqual(without.get(path), answer, path);
      }));

    test('mails: a notification and a digest never carry a draft or an unpublished Vorhaben', () =>
      withTestStore(dialect, async (store) => {
        await seed(store);
        const { db } = store;
        const everything = await requestSubscription(
          db,
          { email: 'sofort@example.org', locale: 'de', scopeType: 'all', scopeId: 0, frequency: 'immediate' },
          stamp,
        );
        const daily = await requestSubscription(
          db,
          { email: 'taeglich@example.org', locale: 'de', scopeType: 'all', scopeId: 0, frequency: 'daily' },
          stamp,
        );
        await confirmSubscriptions(db, [everything.id, daily.id], stamp);
        // As if every development, published or not, had just been published.
        const developments = await db.selectFrom('updates').select('id').execute();
        for (const { id } of developments) await recordMailEvent(db, 'published', id, stamp);
        await processMailEvents(db, { baseUrl: BASE_URL }, today);
        // The development of an unpublished Vorhaben, queued for a digest before the Vorhaben was unpublished.
        const hidden = await db
          .selectFrom('updates')
          .innerJoin('pledges', 'pledges.id', 'updates.pledge_id')
          .select('updates.id')
          .where('pledges.slug', '=', 'geheim')
          .executeTakeFirstOrThrow();
        await addDigestItems(db, [daily.id], hidden.id, stamp);
        await queueDueDigests(db, { baseUrl: BASE_URL }, new Date(today.getTime() + 2 * 86_400_000));
        const mails = await db.selectFrom('mail_outbox').select(['dedup_key', 'subject', 'body']).execute();
        assert.ok(
          mails.some((mail) => mail.dedup_key.startsWith('digest:')),
          'a digest was queued',
        );
        assert.ok(mails.filter((mail) => mail.dedup_key.startsWith('update:')).length >= 2, 'notifications were queued');
        for (const mail of mails) {
          for (const hiddenText of HIDDEN)
            assert.ok(!`${mail.subject}\n${mail.body}`.includes(hiddenText), `${mail.dedup_key} carries "${hiddenText}"`);
        }
      }));
  });
}
