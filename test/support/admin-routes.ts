// Every back-office route behind the sign-in, with a request that reaches it and the roles that may
// use it. One list for the role matrix (admin-roles.test.ts) and the walk over the app's route table
// (routes.test.ts), which fails when a route of the app is missing here. Paths are made on the
// page-test site (site-fixture.ts), where experts of Digitalcourage are partners of `dateninstitut`.
import type { Db } from '../../src/store/database.ts';
import { findChapterBySlug } from '../../src/store/chapters.ts';
import { insertFeed } from '../../src/store/evidence-sources.ts';
import { findPledgeBySlug } from '../../src/store/pledges.ts';
import { createAccount } from './admin-client.ts';
import { buildCandidate, buildGovernment, buildProposal, buildSuggestion, buildDevelopment } from './factories.ts';
import { pledgeForm } from './pledge-form.ts';

export type Role = 'anonymous' | 'expert' | 'editor' | 'admin';
export type Outcome = 'ok' | 'forbidden' | 'sign-in';

export interface AdminRoute {
  method: 'GET' | 'POST';
  /** The route as the app's table has it, parameter patterns left out: `/admin/hinweise/:id`. */
  pattern: string;
  /** Which case of the route the request is, where a route is listed more than once. */
  note?: string;
  /** A path that reaches the route, made afresh for each request (some requests use up what they act on). */
  path: (db: Db) => Promise<string>;
  form?: Record<string, string | string[]>;
  expected: Record<Role, Outcome>;
}

const everyone: Record<Role, Outcome> = { anonymous: 'sign-in', expert: 'ok', editor: 'ok', admin: 'ok' };
const editors: Record<Role, Outcome> = { anonymous: 'sign-in', expert: 'forbidden', editor: 'ok', admin: 'ok' };
const admins: Record<Role, Outcome> = { anonymous: 'sign-in', expert: 'forbidden', editor: 'forbidden', admin: 'ok' };
export const WHO = new Map([
  [everyone, 'every role'],
  [editors, 'editors and admins'],
  [admins, 'admins only'],
]);

const fixed = (path: string) => async () => path;

/** The pledge form as the page-test site's `verschluesselung` has it; `version` is filled in when sent. */
export const PLEDGE_FORM = pledgeForm({ version: '0' });
const developmentForm = {
  event_date: '2023-01-01',
  title: 'Schritt',
  body: '',
  status_change: '',
  rating_change: '',
  source_url: 'https://example.org/q',
  source_title: 'Quelle',
  aktion: 'entwurf',
};

async function pledge(db: Db, slug: string) {
  return (await findPledgeBySlug(db, slug))!;
}

/** A new draft development of the pledge. */
async function draft(db: Db, slug: string): Promise<number> {
  return buildDevelopment(db, { pledge: await pledge(db, slug), publishedAt: null, title: 'Entwurf', sources: [] });
}

/** A new open candidate over the chapter's first sentence. */
async function candidate(db: Db): Promise<number> {
  const chapter = (await findChapterBySlug(db, '2-2-digitale-innovationen'))!;
  return (
    await buildCandidate(db, {
      chapter,
      text: 'Deutschland braucht einen digitalen Aufbruch.',
      title: 'Digitaler Aufbruch',
      slug: 'digitaler-aufbruch',
    })
  ).id;
}

async function suggestion(db: Db): Promise<number> {
  return buildSuggestion(db, { pledge: await pledge(db, 'verschluesselung') });
}

/** A new open proposal of evidence discovery for the pledge. */
async function proposal(db: Db, slug: string): Promise<number> {
  return buildProposal(db, { pledge: await pledge(db, slug) });
}

const confirmForm = { title: 'Gesetzentwurf beschlossen', event_date: '2023-06-01', status_change: '', body: '' };

let feeds = 0;
async function feed(db: Db): Promise<number> {
  return insertFeed(
    db,
    { url: `https://example.org/feed-route-${++feeds}.xml`, title: 'Feed', createdBy: null },
    '2023-12-08T12:00:00.000Z',
  );
}

async function userId(db: Db, email: string): Promise<number> {
  return (await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
}

export const ADMIN_ROUTES: AdminRoute[] = [
  { method: 'GET', pattern: '/admin', path: fixed('/admin'), expected: everyone },
  { method: 'GET', pattern: '/admin/vorhaben', path: fixed('/admin/vorhaben'), expected: everyone },
  { method: 'GET', pattern: '/admin/passwort', path: fixed('/admin/passwort'), expected: everyone },
  { method: 'GET', pattern: '/admin/benachrichtigungen', path: fixed('/admin/benachrichtigungen'), expected: editors },
  { method: 'POST', pattern: '/admin/benachrichtigungen', path: fixed('/admin/benachrichtigungen'), form: {}, expected: editors },
  {
    method: 'POST',
    pattern: '/admin/passwort',
    note: 'wrong current password',
    path: fixed('/admin/passwort'),
    form: { current: 'falsch', next: 'ein-ganz-neues-passwort', repeat: 'ein-ganz-neues-passwort' },
    expected: everyone,
  },
  {
    method: 'GET',
    pattern: '/admin/vorhaben/:slug',
    note: 'other organisation',
    path: fixed('/admin/vorhaben/verschluesselung'),
    expected: editors,
  },
  {
    method: 'POST',
    pattern: '/admin/vorhaben/:slug',
    note: 'other organisation',
    path: fixed('/admin/vorhaben/verschluesselung'),
    form: PLEDGE_FORM,
    expected: editors,
  },
  {
    method: 'GET',
    pattern: '/admin/vorhaben/:slug',
    note: 'own organisation',
    path: fixed('/admin/vorhaben/dateninstitut'),
    expected: everyone,
  },
  {
    method: 'POST',
    pattern: '/admin/vorhaben/:slug/loeschen',
    note: 'without confirmation',
    path: fixed('/admin/vorhaben/dateninstitut/loeschen'),
    expected: editors,
  },
  {
    method: 'GET',
    pattern: '/admin/vorhaben/:slug/entwicklungen/neu',
    note: 'other organisation',
    path: fixed('/admin/vorhaben/verschluesselung/entwicklungen/neu'),
    expected: editors,
  },
  {
    method: 'POST',
    pattern: '/admin/vorhaben/:slug/entwicklungen',
    note: 'other organisation',
    path: fixed('/admin/vorhaben/verschluesselung/entwicklungen'),
    form: developmentForm,
    expected: editors,
  },
  {
    method: 'GET',
    pattern: '/admin/vorhaben/:slug/entwicklungen/neu',
    note: 'own organisation',
    path: fixed('/admin/vorhaben/dateninstitut/entwicklungen/neu'),
    expected: everyone,
  },
  {
    method: 'POST',
    pattern: '/admin/vorhaben/:slug/entwicklungen',
    note: 'own organisation',
    path: fixed('/admin/vorhaben/dateninstitut/entwicklungen'),
    form: developmentForm,
    expected: everyone,
  },
  {
    method: 'GET',
    pattern: '/admin/entwicklungen/:id',
    note: 'other organisation',
    path: async (db) => `/admin/entwicklungen/${await draft(db, 'verschluesselung')}`,
    expected: editors,
  },
  {
    method: 'POST',
    pattern: '/admin/entwicklungen/:id',
    note: 'other organisation',
    path: async (db) => `/admin/entwicklungen/${await draft(db, 'verschluesselung')}`,
    form: developmentForm,
    expected: editors,
  },
  {
    method: 'POST',
    pattern: '/admin/entwicklungen/:id',
    note: 'own organisation',
    path: async (db) => `/admin/entwicklungen/${await draft(db, 'dateninstitut')}`,
    form: developmentForm,
    expected: everyone,
  },
  {
    method: 'POST',
    pattern: '/admin/entwicklungen/:id/veroeffentlichen',
    note: 'other organisation',
    path: async (db) => `/admin/entwicklungen/${await draft(db, 'verschluesselung')}/veroeffentlichen`,
    expected: editors,
  },
  {
    method: 'POST',
    pattern: '/admin/entwicklungen/:id/veroeffentlichen',
    note: 'own organisation',
    path: async (db) => `/admin/entwicklungen/${await draft(db, 'dateninstitut')}/veroeffentlichen`,
    expected: everyone,
  },
  {
    method: 'POST',
    pattern: '/admin/entwicklungen/:id/zurueckziehen',
    note: 'other organisation',
    path: async (db) => `/admin/entwicklungen/${await draft(db, 'verschluesselung')}/zurueckziehen`,
    expected: editors,
  },
  {
    method: 'POST',
    pattern: '/admin/entwicklungen/:id/loeschen',
    note: 'other organisation',
    path: async (db) => `/admin/entwicklungen/${await draft(db, 'verschluesselung')}/loeschen`,
    expected: editors,
  },
  {
    method: 'POST',
    pattern: '/admin/kapitel/:slug/vorhaben',
    path: fixed('/admin/kapitel/2-2-digitale-innovationen/vorhaben'),
    form: { text: 'Deutschland braucht einen digitalen Aufbruch.', occurrence: '0' },
    expected: editors,
  },
  {
    method: 'GET',
    pattern: '/admin/kapitel/:slug/vorschlaege',
    path: fixed('/admin/kapitel/2-2-digitale-innovationen/vorschlaege'),
    expected: editors,
  },
  {
    method: 'POST',
    pattern: '/admin/vorschlaege/:id/ablehnen',
    path: async (db) => `/admin/vorschlaege/${await candidate(db)}/ablehnen`,
    expected: editors,
  },
  {
    method: 'POST',
    pattern: '/admin/vorschlaege/:id/wieder-oeffnen',
    path: async (db) => `/admin/vorschlaege/${await candidate(db)}/wieder-oeffnen`,
    expected: editors,
  },
  {
    method: 'POST',
    pattern: '/admin/vorschlaege/:id/annehmen',
    path: async (db) => `/admin/vorschlaege/${await candidate(db)}/annehmen`,
    form: { title: 'Aufbruch', slug: '' },
    expected: editors,
  },
  {
    method: 'POST',
    pattern: '/admin/vorschlaege/:id/zuruecknehmen',
    path: async (db) => `/admin/vorschlaege/${await candidate(db)}/zuruecknehmen`,
    expected: editors,
  },
  {
    method: 'POST',
    pattern: '/admin/vorschlaege/:id/ausschnitt',
    path: async (db) => `/admin/vorschlaege/${await candidate(db)}/ausschnitt`,
    form: { start: '1', end: '20' },
    expected: editors,
  },
  {
    method: 'POST',
    pattern: '/admin/vorschlaege/:id/zusammenfuehren',
    path: async (db) => `/admin/vorschlaege/${await candidate(db)}/zusammenfuehren`,
    expected: editors,
  },
  {
    method: 'POST',
    pattern: '/admin/vorschlaege/:id/teilen',
    path: async (db) => `/admin/vorschlaege/${await candidate(db)}/teilen`,
    expected: editors,
  },
  { method: 'GET', pattern: '/admin/hinweise', path: fixed('/admin/hinweise'), expected: editors },
  { method: 'GET', pattern: '/admin/hinweise/:id', path: async (db) => `/admin/hinweise/${await suggestion(db)}`, expected: editors },
  {
    method: 'POST',
    pattern: '/admin/hinweise/:id/ablehnen',
    path: async (db) => `/admin/hinweise/${await suggestion(db)}/ablehnen`,
    form: { reason: 'Keine Quelle dafür.' },
    expected: editors,
  },
  {
    method: 'POST',
    pattern: '/admin/hinweise/:id/annehmen',
    path: async (db) => `/admin/hinweise/${await suggestion(db)}/annehmen`,
    form: { title: 'Gesetzentwurf', event_date: '2023-01-01' },
    expected: editors,
  },
  { method: 'GET', pattern: '/admin/funde', path: fixed('/admin/funde'), expected: everyone },
  {
    method: 'GET',
    pattern: '/admin/vorhaben/:slug/funde',
    note: 'other organisation',
    path: fixed('/admin/vorhaben/verschluesselung/funde'),
    expected: editors,
  },
  {
    method: 'GET',
    pattern: '/admin/vorhaben/:slug/funde',
    note: 'own organisation',
    path: fixed('/admin/vorhaben/dateninstitut/funde'),
    expected: everyone,
  },
  {
    method: 'POST',
    pattern: '/admin/funde/:id/bestaetigen',
    note: 'other organisation',
    path: async (db) => `/admin/funde/${await proposal(db, 'verschluesselung')}/bestaetigen`,
    form: confirmForm,
    expected: editors,
  },
  {
    method: 'POST',
    pattern: '/admin/funde/:id/bestaetigen',
    note: 'own organisation',
    path: async (db) => `/admin/funde/${await proposal(db, 'dateninstitut')}/bestaetigen`,
    form: confirmForm,
    expected: everyone,
  },
  {
    method: 'POST',
    pattern: '/admin/funde/:id/ablehnen',
    note: 'other organisation',
    path: async (db) => `/admin/funde/${await proposal(db, 'verschluesselung')}/ablehnen`,
    expected: editors,
  },
  {
    method: 'POST',
    pattern: '/admin/funde/:id/ablehnen',
    note: 'own organisation',
    path: async (db) => `/admin/funde/${await proposal(db, 'dateninstitut')}/ablehnen`,
    expected: everyone,
  },
  { method: 'GET', pattern: '/admin/quellen', path: fixed('/admin/quellen'), expected: admins },
  {
    method: 'POST',
    pattern: '/admin/quellen',
    path: fixed('/admin/quellen'),
    form: { url: 'https://example.org/neu.xml', title: 'Neue Quelle' },
    expected: admins,
  },
  {
    method: 'POST',
    pattern: '/admin/quellen/:id/abschalten',
    path: async (db) => `/admin/quellen/${await feed(db)}/abschalten`,
    expected: admins,
  },
  {
    method: 'POST',
    pattern: '/admin/quellen/:id/einschalten',
    path: async (db) => `/admin/quellen/${await feed(db)}/einschalten`,
    expected: admins,
  },
  { method: 'GET', pattern: '/admin/federfuehrungen', path: fixed('/admin/federfuehrungen'), expected: editors },
  {
    method: 'POST',
    pattern: '/admin/federfuehrungen/:slug',
    path: fixed('/admin/federfuehrungen/bundesministerium-des-innern'),
    form: { foi_authority: 'bundesministerium-des-innern' },
    expected: editors,
  },
  { method: 'GET', pattern: '/admin/protokoll', path: fixed('/admin/protokoll'), expected: editors },
  { method: 'GET', pattern: '/admin/konten', path: fixed('/admin/konten'), expected: admins },
  { method: 'GET', pattern: '/admin/regierungen', path: fixed('/admin/regierungen'), expected: admins },
  // A government of its own, so that archiving it leaves the site's content open to the writes after it.
  {
    method: 'POST',
    pattern: '/admin/regierungen/:id/archivieren',
    path: async (db) => `/admin/regierungen/${(await buildGovernment(db)).id}/archivieren`,
    expected: admins,
  },
  {
    method: 'POST',
    pattern: '/admin/regierungen/:id/wieder-oeffnen',
    path: async (db) => `/admin/regierungen/${(await buildGovernment(db, { active: false })).id}/wieder-oeffnen`,
    expected: admins,
  },
  {
    method: 'POST',
    pattern: '/admin/konten/:id/sperren',
    path: async (db) => `/admin/konten/${await userId(db, await createAccount(db, 'editor'))}/sperren`,
    expected: admins,
  },
  {
    method: 'POST',
    pattern: '/admin/konten/:id/entsperren',
    path: async (db) => `/admin/konten/${await userId(db, await createAccount(db, 'editor'))}/entsperren`,
    expected: admins,
  },
];

/** Whether a request got past the role check (done, or refused for its input or state, which is the route's own business). */
export function outcomeOf(status: number, location: string | null): Outcome | `status ${number}` {
  if (status === 403) return 'forbidden';
  if (status === 303 && location?.startsWith('/admin/login')) return 'sign-in';
  if (status === 200 || status === 303 || status === 409 || status === 422) return 'ok';
  return `status ${status}`;
}

/** The version the pledge form must carry to be taken. */
export async function currentVersion(db: Db): Promise<string> {
  return String((await pledge(db, 'verschluesselung')).version);
}
