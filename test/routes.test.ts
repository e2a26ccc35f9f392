// A walk over the app's route table: every route — public (German and English, at the root and under
// /vertrag/SLUG), back office (as a signed-in admin) and API (from its endpoint table) — gets a request
// that the router gives to that route, with the answer expected. A route without a request here fails
// the walk, so the quick tier reaches every route the app has.
// Tier: quick
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Hono } from 'hono';
import type { z } from 'zod';
import { loadConfig } from '../src/config.ts';
import { ENDPOINTS } from '../src/web/api/endpoints.ts';
import { API_PREFIX } from '../src/web/api/routes.ts';
import { createApp } from '../src/web/app.tsx';
import { AdminClient, createAccount, signedIn } from './support/admin-client.ts';
import { ADMIN_ROUTES, currentVersion, outcomeOf } from './support/admin-routes.ts';
import { seedArchive } from './support/archive-fixture.ts';
import { seedData } from './support/data-fixture.ts';
import { appInProcess, type AppClient } from './support/server.ts';
import { testSite } from './support/site.ts';
import { CHAPTER, today } from './support/site-fixture.ts';
import { linkPath } from './support/smtp-catcher.ts';

interface Sample {
  /** Where the request goes (the route's pattern itself unless given); a function is called when the walk gets there. */
  path?: string | (() => Promise<string>);
  /** For a POST: the page whose form it is sent from (for the CSRF token and cookies; the request's own path unless given), and the fields. */
  form?: { page?: string; fields: Record<string, string> };
  status?: number;
}

/**
 * A request for each public route, by its pattern at the root; the same route under /en, /vertrag/SLUG or
 * both gets the same request there. Each POST is sent from its own page by a new visitor.
 */
function publicSamples(confirmLink: () => Promise<string>): Record<string, Sample> {
  return {
    'GET /': {},
    'GET /vorhaben': {},
    'GET /statistik': {},
    'GET /themen': {},
    'GET /thema/:slug': { path: '/thema/it-sicherheit' },
    'GET /ministerien': {},
    'GET /ministerium/:slug': { path: '/ministerium/bundesministerium-des-innern' },
    'GET /vertraege': {},
    'GET /kapitel/:slug': { path: CHAPTER },
    'GET /vorhaben/:slug': { path: '/vorhaben/verschluesselung' },
    'GET /suche': { path: '/suche?q=Verschl%C3%BCsselung' },
    'GET /:file': { path: '/feed.xml' },
    'GET /vorhaben/:slug/:file': { path: '/vorhaben/verschluesselung/feed.rss' },
    'GET /kapitel/:slug/:file': { path: `${CHAPTER}/feed.json` },
    'GET /thema/:slug/:file': { path: '/thema/it-sicherheit/feed.xml' },
    'GET /ministerium/:slug/:file': { path: '/ministerium/bundesministerium-des-innern/feed.xml' },
    'GET /abo': {},
    'POST /abo': {
      form: { page: '/abo', fields: { email: 'leserin@example.org', scope: 'all', frequency: 'immediate', website: '' } },
      status: 303,
    },
    'GET /abo/gesendet': {},
    // The link of a new subscription's confirmation mail.
    'GET /abo/bestaetigen/:secret': { path: confirmLink },
    // Confirming is the form of the link's page.
    'POST /abo/bestaetigen/:secret': { path: confirmLink, form: { fields: {} } },
    // An unsubscribe link that was never sent: the page that says so.
    'GET /abo/abbestellen/:secret': { path: '/abo/abbestellen/unbekannt', status: 404 },
    'POST /abo/abbestellen/:secret': { path: '/abo/abbestellen/unbekannt', status: 404 },
    'GET /vorhaben/:slug/hinweis': { path: '/vorhaben/verschluesselung/hinweis' },
    'POST /vorhaben/:slug/hinweis': {
      path: '/vorhaben/verschluesselung/hinweis',
      form: {
        page: '/vorhaben/verschluesselung/hinweis',
        fields: { text: 'Der Bundestag hat das Gesetz beraten.', source_url: 'https://example.org/protokoll', email: '', website: '' },
      },
      status: 303,
    },
    'GET /vorhaben/:slug/hinweis/danke': { path: '/vorhaben/verschluesselung/hinweis/danke' },
    'GET /daten': {},
    'GET /daten/vorhaben.csv': {},
    'GET /daten/vorhaben.json': {},
    'GET /daten/entwicklungen.csv': {},
    'GET /daten/entwicklungen.json': {},
    'GET /daten/koalitionsvertrag-okf.zip': {},
    'GET /methode': {},
    'GET /method': {},
    'GET /bild.png': {},
    'GET /vorhaben/:slug/bild.png': { path: '/vorhaben/verschluesselung/bild.png' },
  };
}

/** Routes outside the three tables: assets, signing in and out, the API's own description. */
const OTHER_SAMPLES: Record<string, Sample> = {
  'GET /assets/:name': { path: '/assets/style.css' },
  'GET /admin/login': {},
  'POST /admin/login': {
    form: { page: '/admin/login', fields: { email: 'niemand@example.org', password: 'falsches-passwort', weiter: '/admin' } },
    status: 422,
  },
  [`GET ${API_PREFIX}/openapi.json`]: {},
  [`GET ${API_PREFIX}`]: {},
};

/** Mounts of the public routes: the prefix a pattern starts with, and what it stands for in a request. */
const MOUNTS: [pattern: string, path: string][] = [
  ['/en', '/en'],
  ['/vertrag/:agreement', '/vertrag/kv-2021'],
];

/** `/admin/hinweise/:id{[0-9]{1,9}}` → `/admin/hinweise/:id`. */
const plain = (pattern: string) => pattern.replace(/(:\w+)\{(?:[^{}]|\{[^{}]*\})*\}/g, '$1');

interface RouteEntry {
  method: string;
  path: string;
}

/** The routes of the app that answer requests (middleware, registered for ALL methods, left out), each once. */
function routesOf(app: Hono): RouteEntry[] {
  const seen = new Map<string, RouteEntry>();
  for (const route of app.routes) if (route.method !== 'ALL') seen.set(`${route.method} ${route.path}`, route);
  return [...seen.values()];
}

/** The route the router gives a request to: the first that is not middleware. */
function routeFor(app: Hono, method: string, path: string): string | undefined {
  const [matches] = app.router.match(method, new URL(path, 'http://localhost').pathname) as unknown as [[[unknown, RouteEntry], unknown][]];
  const route = matches.map(([[, entry]]) => entry).find((entry) => entry.method !== 'ALL');
  return route && `${route.method} ${route.path}`;
}

describe('every route of the app', () => {
  const site = testSite('sqlite', {
    seed: async (store) => {
      await seedData(store);
      await seedArchive(store);
    },
    clock: () => today,
  });
  let app: Hono;
  let client: AppClient;
  let admin: AdminClient;
  const requested = new Set<string>();

  before(async () => {
    app = createApp(loadConfig({}), site.db, { clock: () => today }) as unknown as Hono;
    client = appInProcess(site.db, { clock: () => today });
    admin = await signedIn(client, site.db, 'admin');
  });

  /** Sends the sample's request and checks that the router gave it to `route`; returns the response. */
  async function send(route: RouteEntry, sample: Sample, prefix = '', as = new AdminClient(client)): Promise<Response> {
    const given = typeof sample.path === 'function' ? await sample.path() : (sample.path ?? plain(route.path).slice(prefix.length));
    const path = prefix ? `${prefix}${given === '/' ? '' : given}` : given;
    assert.equal(routeFor(app, route.method, path), `${route.method} ${route.path}`, `${path} reaches the route`);
    if (sample.form) await as.page(sample.form.page === undefined ? path : `${prefix}${sample.form.page}`);
    const response = route.method === 'GET' ? await as.get(path) : await as.post(path, sample.form?.fields ?? {});
    requested.add(`${route.method} ${route.path}`);
    return response;
  }

  /** The sample of a public route and the prefix its mount adds, if it is one. */
  function publicSample(route: RouteEntry, samples: Record<string, Sample>): { sample: Sample; prefix: string } | undefined {
    let pattern = plain(route.path);
    let prefix = '';
    for (const [mount, path] of MOUNTS) {
      if (pattern !== mount && !pattern.startsWith(`${mount}/`)) continue;
      pattern = pattern.slice(mount.length) || '/';
      prefix += path;
    }
    const sample = samples[`${route.method} ${pattern}`];
    if (!sample) return undefined;
    return { sample: { ...sample, path: sample.path ?? pattern }, prefix };
  }

  test('every public page, feed, file and form answers', async () => {
    let subscribers = 0;
    const confirmLink = async () => {
      const email = `abo-${++subscribers}@example.org`;
      const visitor = new AdminClient(appInProcess(site.db, { clock: () => today }, {}, `10.1.0.${subscribers}`));
      await visitor.page('/abo');
      assert.equal((await visitor.post('/abo', { email, scope: 'all', frequency: 'immediate', website: '' })).status, 303);
      const mail = await site.db.selectFrom('mail_outbox').select('body').where('recipient', '=', email).executeTakeFirstOrThrow();
      return linkPath(mail.body, '/abo/bestaetigen/');
    };
    const samples = publicSamples(confirmLink);
    const failures: string[] = [];
    const publicRoutes = routesOf(app).filter(
      (route) =>
        !route.path.startsWith('/admin') &&
        !route.path.startsWith(API_PREFIX) &&
        !(`${route.method} ${plain(route.path)}` in OTHER_SAMPLES),
    );
    for (const route of publicRoutes) {
      const found = publicSample(route, samples);
      if (!found) continue;
      // A new visitor each time, from an address of its own, so the forms' rate limit never counts the walk.
      const visitor = new AdminClient(
        appInProcess(site.db, { clock: () => today }, {}, `10.0.${requested.size >> 8}.${requested.size & 255}`),
      );
      const response = await send(route, found.sample, found.prefix, visitor);
      const status = found.sample.status ?? 200;
      if (response.status !== status) failures.push(`${route.method} ${route.path}: ${response.status}, not ${status}`);
      await response.arrayBuffer();
    }
    assert.deepEqual(failures, []);
  });

  test('every back-office route answers a signed-in admin', async () => {
    const failures: string[] = [];
    for (const route of routesOf(app).filter(
      (entry) => entry.path.startsWith('/admin') && !(`${entry.method} ${plain(entry.path)}` in OTHER_SAMPLES),
    )) {
      if (route.path === '/admin/abmelden') continue;
      const listed = ADMIN_ROUTES.find((candidate) => candidate.method === route.method && candidate.pattern === plain(route.path));
      if (!listed) continue;
      const path = await listed.path(site.db);
      const form = listed.form && 'version' in listed.form ? { ...listed.form, version: await currentVersion(site.db) } : listed.form;
      assert.equal(routeFor(app, route.method, path), `${route.method} ${route.path}`, `${path} reaches the route`);
      const response = route.method === 'GET' ? await admin.get(path) : await admin.post(path, form ?? {});
      requested.add(`${route.method} ${route.path}`);
      const outcome = outcomeOf(response.status, response.headers.get('location'));
      if (outcome !== 'ok') failures.push(`${route.method} ${path}: ${outcome}`);
      await response.arrayBuffer();
    }
    assert.deepEqual(failures, []);
  });

  test('signing in, the stylesheet and the API description answer; signing out ends the session', async () => {
    for (const route of routesOf(app)) {
      const sample = OTHER_SAMPLES[`${route.method} ${plain(route.path)}`];
      if (!sample) continue;
      const response = await send(route, sample);
      assert.equal(response.status, sample.status ?? 200, `${route.method} ${route.path}`);
      await response.arrayBuffer();
    }
    const leaving = new AdminClient(client);
    assert.equal((await leaving.signIn(await createAccount(site.db, 'editor'))).status, 303);
    const signOut = routesOf(app).find((route) => route.method === 'POST' && route.path === '/admin/abmelden')!;
    assert.equal((await send(signOut, {}, '', leaving)).status, 303);
    assert.equal((await leaving.get('/admin')).status, 303, 'signed out');
  });

  test('every endpoint of the API answers with its schema', async () => {
    for (const endpoint of ENDPOINTS) {
      const parameter = /\{(\w+)\}$/.exec(endpoint.path)?.[1];
      let path = `${API_PREFIX}${endpoint.path}`;
      if (parameter) {
        // An item endpoint: the first item of its list.
        const list = (await (await client.request(`${API_PREFIX}${endpoint.path.slice(0, endpoint.path.lastIndexOf('/'))}`)).json()) as {
          data: Record<string, unknown>[];
        };
        assert.ok(list.data.length > 0, `${endpoint.path}: the fixture has items`);
        path = path.replace(`{${parameter}}`, encodeURIComponent(String(list.data[0]![parameter])));
      }
      const route = routesOf(app).find(
        (entry) => entry.method === 'GET' && entry.path === `${API_PREFIX}${endpoint.path.replace(/\{(\w+)\}/g, ':$1')}`,
      )!;
      assert.equal(routeFor(app, 'GET', path), `GET ${route.path}`, `${path} reaches the route`);
      const response = await client.request(path);
      requested.add(`GET ${route.path}`);
      assert.equal(response.status, 200, path);
      const parsed = (endpoint.response as z.ZodType).safeParse(await response.json());
      assert.ok(parsed.success, `${path}: ${parsed.error?.message}`);
    }
  });

  test('no route is left without a request', () => {
    const missing = routesOf(app)
      .map((route) => `${route.method} ${route.path}`)
      .filter((route) => !requested.has(route));
    assert.deepEqual(
      missing,
      [],
      'routes without a request in this walk: add a sample for each (test/routes.test.ts, test/support/admin-routes.ts)',
    );
  });
});
