// Every back-office route against every role: allowed, forbidden (403) or sent to sign in.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { insertCandidates, listCandidatesOfChapter } from '../src/store/candidates.ts';
import { findChapterBySlug } from '../src/store/chapters.ts';
import type { Store } from '../src/store/database.ts';
import { findPledgeBySlug, updatePledge } from '../src/store/pledges.ts';
import { insertSuggestion } from '../src/store/suggestions.ts';
import { insertUpdate } from '../src/store/updates.ts';
import { findOrCreateTerm } from '../src/store/vocabularies.ts';
import { AdminClient, createAccount, signedIn } from './support/admin-client.ts';
import { openTestStore, type TestStore } from './support/dialects.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { seedSite, today } from './support/site-fixture.ts';

type Role = 'anonymous' | 'expert' | 'editor' | 'admin';
type Outcome = 'ok' | 'forbidden' | 'sign-in';

interface Route {
  method: 'GET' | 'POST';
  name: string;
  path: (store: Store) => Promise<string>;
  form?: Record<string, string | string[]>;
  expected: Record<Role, Outcome>;
}

const everyone: Record<Role, Outcome> = { anonymous: 'sign-in', expert: 'ok', editor: 'ok', admin: 'ok' };
const editors: Record<Role, Outcome> = { anonymous: 'sign-in', expert: 'forbidden', editor: 'ok', admin: 'ok' };
const admins: Record<Role, Outcome> = { anonymous: 'sign-in', expert: 'forbidden', editor: 'forbidden', admin: 'ok' };
const fixed = (path: string) => async () => path;

const pledgeForm = { version: '0', title: 'Recht auf Verschlüsselung', quote_start: '', quote_end: '', success_criterion: '', deadline: '', lead_ministry: '', partner: '', topics: '', rating: '', published: '1' };
const updateForm = { event_date: '2023-01-01', title: 'Schritt', body: '', status_change: '', rating_change: '', source_url: 'https://example.org/q', source_title: 'Quelle', aktion: 'entwurf' };

async function freshUpdate(store: Store, slug: string): Promise<number> {
  const pledge = (await findPledgeBySlug(store.db, slug))!;
  return insertUpdate(store.db, { pledgeId: pledge.id, eventDate: '2023-01-01', publishedAt: null, title: 'Entwurf', body: '', statusChange: null, ratingChange: null, origin: 'editor', sources: [] }, today.toISOString());
}

async function freshSuggestion(store: Store): Promise<number> {
  const pledge = (await findPledgeBySlug(store.db, 'verschluesselung'))!;
  return insertSuggestion(store.db, { pledgeId: pledge.id, text: 'Es gibt einen Gesetzentwurf.', sourceUrl: 'https://example.org/hinweis', email: null }, today.toISOString());
}

/** A new open candidate over the chapter's first sentence. */
async function openCandidate(store: Store): Promise<number> {
  const chapter = (await findChapterBySlug(store.db, '2-2-digitale-innovationen'))!;
  const text = 'Deutschland braucht einen digitalen Aufbruch.';
  const start = chapter.body.indexOf(text);
  await insertCandidates(store.db, [{
    chapter_id: chapter.id, start_offset: start, end_offset: start + text.length, text, score: 0.8, kind: 'vague', cues: '[]',
    title: 'Digitaler Aufbruch', slug: 'digitaler-aufbruch', created_at: today.toISOString(),
  }]);
  return Math.max(...(await listCandidatesOfChapter(store.db, chapter.id)).map((candidate) => candidate.id));
}

const ROUTES: Route[] = [
  { method: 'GET', name: '/admin', path: fixed('/admin'), expected: everyone },
  { method: 'GET', name: '/admin/vorhaben', path: fixed('/admin/vorhaben'), expected: everyone },
  { method: 'GET', name: '/admin/passwort', path: fixed('/admin/passwort'), expected: everyone },
  { method: 'GET', name: '/admin/vorhaben/:slug (other organisation)', path: fixed('/admin/vorhaben/verschluesselung'), expected: editors },
  { method: 'POST', name: '/admin/vorhaben/:slug (other organisation)', path: fixed('/admin/vorhaben/verschluesselung'), form: pledgeForm, expected: editors },
  { method: 'GET', name: '/admin/vorhaben/:slug (own organisation)', path: fixed('/admin/vorhaben/dateninstitut'), expected: everyone },
  { method: 'GET', name: '/admin/vorhaben/:slug/entwicklungen/neu (other organisation)', path: fixed('/admin/vorhaben/verschluesselung/entwicklungen/neu'), expected: editors },
  { method: 'POST', name: '/admin/vorhaben/:slug/entwicklungen (other organisation)', path: fixed('/admin/vorhaben/verschluesselung/entwicklungen'), form: updateForm, expected: editors },
  { method: 'GET', name: '/admin/vorhaben/:slug/entwicklungen/neu (own organisation)', path: fixed('/admin/vorhaben/dateninstitut/entwicklungen/neu'), expected: everyone },
  { method: 'POST', name: '/admin/vorhaben/:slug/entwicklungen (own organisation)', path: fixed('/admin/vorhaben/dateninstitut/entwicklungen'), form: updateForm, expected: everyone },
  { method: 'GET', name: '/admin/entwicklungen/:id (other organisation)', path: async (store) => `/admin/entwicklungen/${await freshUpdate(store, 'verschluesselung')}`, expected: editors },
  { method: 'POST', name: '/admin/entwicklungen/:id/veroeffentlichen (other organisation)', path: async (store) => `/admin/entwicklungen/${await freshUpdate(store, 'verschluesselung')}/veroeffentlichen`, expected: editors },
  { method: 'POST', name: '/admin/entwicklungen/:id/veroeffentlichen (own organisation)', path: async (store) => `/admin/entwicklungen/${await freshUpdate(store, 'dateninstitut')}/veroeffentlichen`, expected: everyone },
  { method: 'POST', name: '/admin/entwicklungen/:id/loeschen (other organisation)', path: async (store) => `/admin/entwicklungen/${await freshUpdate(store, 'verschluesselung')}/loeschen`, expected: editors },
  { method: 'GET', name: '/admin/kapitel/:slug/vorschlaege', path: fixed('/admin/kapitel/2-2-digitale-innovationen/vorschlaege'), expected: editors },
  { method: 'POST', name: '/admin/vorschlaege/:id/ablehnen', path: async (store) => `/admin/vorschlaege/${await openCandidate(store)}/ablehnen`, expected: editors },
  { method: 'POST', name: '/admin/vorschlaege/:id/annehmen', path: async (store) => `/admin/vorschlaege/${await openCandidate(store)}/annehmen`, form: { title: 'Aufbruch', slug: '' }, expected: editors },
  { method: 'POST', name: '/admin/vorschlaege/:id/ausschnitt', path: async (store) => `/admin/vorschlaege/${await openCandidate(store)}/ausschnitt`, form: { start: '1', end: '20' }, expected: editors },
  { method: 'POST', name: '/admin/vorschlaege/:id/zusammenfuehren', path: async (store) => `/admin/vorschlaege/${await openCandidate(store)}/zusammenfuehren`, expected: editors },
  { method: 'GET', name: '/admin/hinweise', path: fixed('/admin/hinweise'), expected: editors },
  { method: 'GET', name: '/admin/hinweise/:id', path: async (store) => `/admin/hinweise/${await freshSuggestion(store)}`, expected: editors },
  { method: 'POST', name: '/admin/hinweise/:id/ablehnen', path: async (store) => `/admin/hinweise/${await freshSuggestion(store)}/ablehnen`, form: { reason: 'Keine Quelle dafür.' }, expected: editors },
  { method: 'POST', name: '/admin/hinweise/:id/annehmen', path: async (store) => `/admin/hinweise/${await freshSuggestion(store)}/annehmen`, form: { title: 'Gesetzentwurf', event_date: '2023-01-01' }, expected: editors },
  { method: 'GET', name: '/admin/protokoll', path: fixed('/admin/protokoll'), expected: editors },
  { method: 'GET', name: '/admin/konten', path: fixed('/admin/konten'), expected: admins },
  { method: 'GET', name: '/admin/regierungen', path: fixed('/admin/regierungen'), expected: admins },
  // Reopening the site's open government changes nothing, so the routes after it still write.
  { method: 'POST', name: '/admin/regierungen/:id/wieder-oeffnen', path: async (store) => `/admin/regierungen/${(await store.db.selectFrom('governments').select('id').executeTakeFirstOrThrow()).id}/wieder-oeffnen`, expected: admins },
  { method: 'POST', name: '/admin/konten/:id/sperren', path: async (store) => `/admin/konten/${await userId(store, await createAccount(store.db, 'editor'))}/sperren`, expected: admins },
];

async function userId(store: Store, email: string): Promise<number> {
  return (await store.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
}

function outcomeOf(status: number, location: string | null): Outcome | `status ${number}` {
  if (status === 403) return 'forbidden';
  if (status === 303 && location?.startsWith('/admin/login')) return 'sign-in';
  // Past the role check: done, or refused for its input or state, which is the route's own business.
  if (status === 200 || status === 303 || status === 409 || status === 422) return 'ok';
  return `status ${status}`;
}

describe('role matrix', () => {
  let database: TestStore;
  let store: Store;
  let server: RunningServer;
  const clients = new Map<Role, AdminClient>();

  before(async () => {
    database = await openTestStore('sqlite');
    store = database.store;
    await seedSite(store);
    const partner = await findOrCreateTerm(store.db, 'organisations', 'Digitalcourage');
    await updatePledge(store.db, (await findPledgeBySlug(store.db, 'dateninstitut'))!.id, { partner_id: partner });
    server = await startServer(store.db, { clock: () => today });
    clients.set('anonymous', new AdminClient(server));
    for (const role of ['expert', 'editor', 'admin'] as const) clients.set(role, await signedIn(server, store.db, role, role === 'expert' ? 'Digitalcourage' : undefined));
  });
  after(async () => {
    await server.close();
    await database.close();
  });

  for (const route of ROUTES) {
    const who = route.expected === everyone ? 'every role' : route.expected === editors ? 'editors and admins' : 'admins only';
    test(`${route.method} ${route.name}: ${who}`, async () => {
      const results: Record<string, string> = {};
      let path = '';
      for (const role of ['anonymous', 'expert', 'editor', 'admin'] as Role[]) {
        path = await route.path(store);
        const client = clients.get(role)!;
        let form = route.form;
        if (form && 'version' in form) form = { ...form, version: String((await findPledgeBySlug(store.db, 'verschluesselung'))!.version) };
        const response = route.method === 'GET' ? await client.get(path) : await client.post(path, form ?? {});
        results[role] = outcomeOf(response.status, response.headers.get('location'));
        await response.arrayBuffer();
      }
      assert.deepEqual(results, route.expected, `${route.method} ${path}`);
    });
  }

  test('no form input makes any back-office route fail with a server error', async () => {
    const admin = clients.get('admin')!;
    const fields = ['version', 'title', 'slug', 'start', 'end', 'quote_start', 'quote_end', 'deadline', 'rating', 'topics', 'published', 'reason', 'email',
      'current', 'next', 'repeat', 'event_date', 'body', 'status_change', 'rating_change', 'source_url', 'source_title', 'source_date', 'aktion', 'other', 'with'];
    const values: (string | string[])[] = ['', ' ', '-1', '0', '1e309', '99999999999999999999', 'NaN', '\u0000', 'x'.repeat(20_000), ['a', 'b'], '<script>', '2023-02-30',
      'javascript:alert(1)', 'äöü🙂', '{"$ne":null}', '../../etc/passwd'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (const route of ROUTES.filter((candidate) => candidate.method === 'POST')) {
      for (let round = 0; round < 6; round++) {
        const form: Record<string, string | string[]> = {};
        for (const field of fields) if (next() < 0.6) form[field] = values[Math.floor(next() * values.length)]!;
        const path = await route.path(store);
        const response = await admin.post(path, form);
        const html = await response.text();
        assert.ok(response.status < 500, `${path} with ${JSON.stringify(form).slice(0, 300)} gave ${response.status}`);
        assert.doesNotMatch(html, /Etwas ist schiefgegangen/);
      }
    }
    for (const path of ['/admin/vorhaben?q=%00&seite=1e99&status[]=x', '/admin/protokoll?von=gestern&bis=2023-13-45&benutzer=abc&vor=-1', '/admin/hinweise?status=%ff&seite=x', '/admin/kapitel/%ff/vorschlaege', '/admin/entwicklungen/0']) {
      const response = await admin.get(path);
      assert.ok(response.status < 500, `${path} gave ${response.status}`);
      await response.arrayBuffer();
    }
  });
});
