// The JSON API over real HTTP on both dialects: every resource, pages, filters, CORS, ETags,
// errors, the OpenAPI document, and that nothing unpublished ever shows.
// Tier: quick
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Validator } from '@seriousme/openapi-schema-validator';
import type { z } from 'zod';
import * as schemas from '../src/services/api/representations.ts';
import { ENDPOINTS } from '../src/web/api/endpoints.ts';
import { HIDDEN_TEXTS, PUBLISHED_PLEDGES, seedData, today } from './support/data-fixture.ts';
import { DIALECTS } from './support/dialects.ts';
import { testSite } from './support/site.ts';

const BASE_URL = 'http://localhost:3000';
const LISTS = ['/governments', '/agreements', '/chapters', '/pledges', '/updates', '/sources'];

type Json = Record<string, unknown> & { data: Record<string, unknown>[]; next: string | null };

for (const dialect of DIALECTS) {
  describe(`JSON API (${dialect})`, () => {
    const site = testSite(dialect, { seed: seedData, clock: () => today });

    async function getJson<T = Json>(path: string, status = 200): Promise<T> {
      const response = await site.app.request(`/api/v1${path}`);
      assert.equal(response.status, status, `${path}: ${response.status}`);
      assert.match(response.headers.get('content-type') ?? '', /^application\/json/, path);
      return (await response.json()) as T;
    }

    /** Every entry of a list, following `next` from page to page. */
    async function walk(path: string): Promise<Record<string, unknown>[]> {
      const entries: Record<string, unknown>[] = [];
      let next: string | null = `${BASE_URL}/api/v1${path}`;
      for (let pages = 0; next; pages++) {
        assert.ok(pages < 50, 'the walk ends');
        assert.ok(next.startsWith(`${BASE_URL}/api/v1/`), next);
        const response = await site.app.request(next.slice(BASE_URL.length));
        assert.equal(response.status, 200, next);
        const body = (await response.json()) as Json;
        assert.equal(response.headers.get('link'), body.next ? `<${body.next}>; rel="next"` : null);
        entries.push(...body.data);
        next = body.next;
      }
      return entries;
    }

    const slugs = (entries: Record<string, unknown>[]) => entries.map((entry) => entry.slug);

    test('every list answers in its documented shape, and each entry has its own endpoint', async () => {
      const shapes: Record<string, z.ZodType> = {
        '/governments': schemas.governmentListSchema,
        '/agreements': schemas.agreementListSchema,
        '/chapters': schemas.chapterListSchema,
        '/pledges': schemas.pledgeListSchema,
        '/updates': schemas.developmentListSchema,
        '/sources': schemas.sourceListSchema,
      };
      for (const path of LISTS) {
        const body = await getJson(path);
        shapes[path]!.parse(body);
        assert.ok(body.data.length > 0, path);
        assert.equal(body.next, null, `${path}: one page holds the fixture`);
        const key = body.data.at(-1)!.slug ?? body.data.at(-1)!.id;
        const single = await getJson<Record<string, unknown>>(`${path}/${encodeURIComponent(String(key))}`);
        assert.equal(single.slug ?? single.id, key);
      }
    });

    test('entries carry what the site shows', async () => {
      const [government] = (await getJson('/governments')).data;
      assert.deepEqual(government, {
        slug: 'kv-2021',
        name: 'Bundesregierung 2021–2025',
        parties: ['SPD', 'Grüne', 'FDP'],
        term_start: '2021-12-08',
        term_end: '2025-12-07',
        active: true,
      });
      assert.deepEqual(await getJson('/agreements/kv-2021'), {
        slug: 'kv-2021',
        title: 'Mehr Fortschritt wagen',
        government: 'kv-2021',
        source_url: null,
        licence: null,
      });
      const pledge = schemas.pledgeDetailSchema.parse(await getJson('/pledges/verschluesselung'));
      assert.equal(pledge.status, 'implemented');
      assert.equal(pledge.rating, 4);
      assert.equal(pledge.overdue, false);
      assert.deepEqual(pledge.lead_ministry, { slug: 'bundesministerium-des-innern', name: 'Bundesministerium des Innern' });
      assert.deepEqual(pledge.topics, [{ slug: 'it-sicherheit', name: 'IT-Sicherheit' }]);
      assert.equal(pledge.quote, 'Wir führen ein Recht auf Verschlüsselung ein.');
      assert.equal(pledge.url, `${BASE_URL}/vorhaben/verschluesselung`);
      assert.deepEqual(
        pledge.updates.map((development) => development.title),
        ['Eckpunkte vorgelegt', 'Gesetz <b>verabschiedet</b>'],
      );
      assert.deepEqual(
        pledge.updates[0]!.sources.map((source) => source.url),
        ['https://example.org/quelle-2022-05-01'],
      );
      const chapter = schemas.chapterDetailSchema.parse(await getJson('/chapters/2-2-digitale-innovationen'));
      assert.match(chapter.body, /^\nDeutschland braucht/);
      assert.ok(!chapter.body.includes('](#'), 'no markers in the text');
      assert.deepEqual(chapter.pledges.map((entry) => entry.slug).sort(), [...PUBLISHED_PLEDGES].sort());
      assert.equal((await getJson('/chapters/1-praeambel')).reviewed, false);
    });

    test('walking the pages gives the whole list once, whatever the page size', async () => {
      for (const path of LISTS) {
        const whole = (await getJson(`${path}?limit=100`)).data;
        for (const limit of [1, 3]) {
          const walked = await walk(`${path}?limit=${limit}`);
          assert.deepEqual(walked, whole, `${path} in pages of ${limit}`);
          assert.equal(new Set(walked.map((entry) => JSON.stringify(entry.slug ?? entry.id))).size, walked.length, 'no duplicates');
        }
      }
      assert.deepEqual(slugs(await walk('/pledges?limit=3&status=implemented,broken,in_progress')).sort(), [
        'formel',
        'glasfaser',
        'mobilfunk',
        'verschluesselung',
      ]);
    });

    test('pledges filter like the list: status, chapter, topic, ministry, partner, overdue, rating, agreement', async () => {
      const matching = async (query: string) => slugs((await getJson(`/pledges?${query}`)).data).sort();
      assert.deepEqual(await matching(''), [...PUBLISHED_PLEDGES].sort());
      assert.deepEqual(await matching('status=implemented'), ['mobilfunk', 'verschluesselung']);
      assert.deepEqual(await matching('status=implemented&status=broken'), ['formel', 'mobilfunk', 'verschluesselung']);
      assert.deepEqual(await matching('status=implemented,broken'), ['formel', 'mobilfunk', 'verschluesselung']);
      assert.deepEqual(await matching('chapter=2-2-digitale-innovationen'), [...PUBLISHED_PLEDGES].sort());
      assert.deepEqual(await matching('chapter=1-praeambel'), []);
      assert.deepEqual(await matching('topic=infrastruktur'), ['glasfaser', 'mobilfunk']);
      assert.deepEqual(await matching('topic=infrastruktur&topic=it-sicherheit'), ['glasfaser', 'mobilfunk', 'verschluesselung']);
      assert.deepEqual(await matching('ministry=bundesministerium-fuer-digitales-und-verkehr'), ['glasfaser', 'mobilfunk']);
      assert.deepEqual(await matching('partner=open-knowledge-foundation'), ['at-zeichen', 'open-data']);
      // Deadline before 2023-12-08 and neither implemented nor broken.
      assert.deepEqual(await matching('overdue=1'), ['at-zeichen', 'glasfaser']);
      assert.deepEqual(await matching('overdue=true&rating=2'), ['glasfaser']);
      assert.equal((await matching('overdue=0')).length, PUBLISHED_PLEDGES.length - 2);
      assert.deepEqual(await matching('rating=5,1'), ['formel', 'mobilfunk']);
      assert.deepEqual(await matching('agreement=kv-2021&status=unverifiable'), ['nicht-pruefbar']);
      assert.deepEqual(await matching('agreement=unbekannt'), []);
      assert.deepEqual(await matching('topic=unbekannt'), [], 'a name that names nothing matches nothing');
      assert.deepEqual(await matching('chapter=unbekannt&chapter=2-2-digitale-innovationen'), [...PUBLISHED_PLEDGES].sort());
      assert.deepEqual(await matching('status=&chapter='), [...PUBLISHED_PLEDGES].sort(), 'empty form fields are no filter');
      const overdue = (await getJson('/pledges?overdue=1')).data;
      assert.ok(overdue.every((pledge) => pledge.overdue === true));
    });

    test('developments and sources filter by pledge and agreement', async () => {
      const developments = (await getJson('/updates?pledge=verschluesselung')).data;
      assert.deepEqual(
        developments.map((development) => development.title),
        ['Eckpunkte vorgelegt', 'Gesetz <b>verabschiedet</b>'],
      );
      assert.equal((await getJson('/updates?agreement=kv-2021')).data.length, 3);
      const sources = (await getJson('/sources?pledge=glasfaser')).data;
      assert.deepEqual(
        sources.map((source) => source.url),
        ['https://example.org/a', 'https://example.org/b'],
      );
      assert.deepEqual((await getJson(`/sources?update=${sources[0]!.update}`)).data, sources);
    });

    test('drafts and unpublished pledges never appear: not in lists, nested lists, nor by slug or id', async () => {
      for (const path of LISTS) {
        const text = JSON.stringify(await walk(`${path}?limit=2`));
        for (const hidden of HIDDEN_TEXTS) assert.ok(!text.includes(hidden), `${path} shows "${hidden}"`);
        assert.ok(!text.includes('"geheim"') && !text.includes('"entwurfsvorhaben"'), path);
      }
      for (const path of ['/chapters/2-2-digitale-innovationen', '/pledges/verschluesselung']) {
        const text = JSON.stringify(await getJson(path));
        for (const hidden of HIDDEN_TEXTS) assert.ok(!text.includes(hidden), `${path} shows "${hidden}"`);
      }
      for (const slug of ['geheim', 'entwurfsvorhaben']) {
        const body = await getJson(`/pledges/${slug}`, 404);
        assert.equal((body as unknown as schemas.ApiError).error.code, 'not_found');
        assert.deepEqual((await getJson(`/updates?pledge=${slug}`)).data, []);
        assert.deepEqual((await getJson(`/sources?pledge=${slug}`)).data, []);
      }
      const hiddenDevelopments = await site.db
        .selectFrom('updates')
        .innerJoin('pledges', 'pledges.id', 'updates.pledge_id')
        .select('updates.id')
        .where((eb) => eb.or([eb('updates.published_at', 'is', null), eb('pledges.published', '=', 0)]))
        .execute();
      assert.equal(hiddenDevelopments.length, 2, 'a draft and a published development of an unpublished pledge');
      for (const { id } of hiddenDevelopments) {
        await getJson(`/updates/${id}`, 404);
        assert.deepEqual((await getJson(`/sources?update=${id}`)).data, []);
        const sources = await site.db.selectFrom('sources').select('id').where('update_id', '=', id).execute();
        for (const source of sources) await getJson(`/sources/${source.id}`, 404);
      }
    });

    test('CORS for every origin, preflight, ETag revalidation, caching', async () => {
      const response = await site.app.request('/api/v1/pledges', { headers: { Origin: 'https://elsewhere.example' } });
      assert.equal(response.headers.get('access-control-allow-origin'), '*');
      assert.match(response.headers.get('access-control-expose-headers') ?? '', /ETag/i);
      const tag = response.headers.get('etag');
      assert.ok(tag, 'an ETag');
      const again = await site.app.request('/api/v1/pledges', { headers: { Origin: 'https://elsewhere.example', 'If-None-Match': tag } });
      assert.equal(again.status, 304);
      assert.equal(again.headers.get('access-control-allow-origin'), '*');
      const preflight = await site.app.request('/api/v1/pledges?status=implemented', {
        method: 'OPTIONS',
        headers: {
          Origin: 'https://elsewhere.example',
          'Access-Control-Request-Method': 'GET',
          'Access-Control-Request-Headers': 'if-none-match',
        },
      });
      assert.equal(preflight.status, 204);
      assert.equal(preflight.headers.get('access-control-allow-origin'), '*');
      assert.match(preflight.headers.get('access-control-allow-methods') ?? '', /GET/);
      assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /if-none-match/);
      const error = await site.app.request('/api/v1/pledges?limit=0', { headers: { Origin: 'https://elsewhere.example' } });
      assert.equal(error.headers.get('access-control-allow-origin'), '*', 'errors are readable across origins too');
      assert.equal((await site.app.request('/api/v1/governments', { method: 'HEAD' })).status, 200);
    });

    test('bad input is a 400 with a JSON error naming the parameter, never a 500', async () => {
      const cases: [string, string][] = [
        ['/pledges?limit=0', 'limit'],
        ['/pledges?limit=101', 'limit'],
        ['/pledges?limit=abc', 'limit'],
        ['/pledges?limit=1.5', 'limit'],
        ['/pledges?cursor=kaputt!', 'cursor'],
        ['/pledges?cursor=e30', 'cursor'],
        [`/pledges?cursor=${Buffer.from('{"after":99999999999}').toString('base64url')}`, 'cursor'],
        ['/pledges?status=fertig', 'status'],
        ['/pledges?rating=6', 'rating'],
        ['/pledges?rating=x', 'rating'],
        ['/pledges?overdue=vielleicht', 'overdue'],
        ['/pledges?colour=red', 'colour'],
        ['/pledges?agreement=a&agreement=b', 'agreement'],
        ['/pledges?chapter=%00', 'chapter'],
        [`/pledges?topic=${'x'.repeat(300)}`, 'topic'],
        ['/sources?update=-1', 'update'],
        ['/sources?update=99999999999', 'update'],
        ['/updates/abc', 'id'],
        ['/updates/0', 'id'],
        ['/sources/99999999999', 'id'],
        ['/pledges/%00', 'slug'],
      ];
      for (const [path, field] of cases) {
        const body = await getJson<schemas.ApiError>(path, 400);
        schemas.errorSchema.parse(body);
        assert.equal(body.error.code, 'invalid_parameter', path);
        assert.equal(body.error.field, field, path);
        assert.ok(body.error.message.length > 0);
      }
      for (const path of [
        '/pledges/gibt-es-nicht',
        '/chapters/gibt-es-nicht',
        '/governments/x',
        '/agreements/x',
        '/updates/123456',
        '/sources/123456',
        '/nirgends',
      ]) {
        const body = await getJson<schemas.ApiError>(path, 404);
        assert.equal(body.error.code, 'not_found', path);
      }
      const post = await site.app.request('/api/v1/pledges', { method: 'POST', body: '{}' });
      assert.equal(post.status, 405);
      assert.equal(((await post.json()) as schemas.ApiError).error.code, 'method_not_allowed');
    });

    test('/api/v1 answers an index: the OpenAPI document and every list, each of which answers', async () => {
      const index = await getJson<{ openapi: string; resources: { url: string; summary: string }[] }>('');
      assert.equal(index.openapi, `${BASE_URL}/api/v1/openapi.json`);
      const lists = ENDPOINTS.filter((endpoint) => endpoint.kind === 'list');
      assert.deepEqual(
        index.resources.map((resource) => resource.url),
        lists.map((endpoint) => `${BASE_URL}/api/v1${endpoint.path}`),
      );
      for (const resource of index.resources) {
        assert.ok(resource.summary.length > 0);
        assert.equal((await site.app.request(resource.url.slice(BASE_URL.length))).status, 200, resource.url);
      }
    });

    test('the OpenAPI document is valid OpenAPI 3.1 and describes every endpoint and parameter', async () => {
      const document = await getJson<{
        openapi: string;
        servers: { url: string }[];
        paths: Record<string, { get: { parameters: { name: string; in: string }[] } }>;
      }>('/openapi.json');
      const validator = new Validator();
      const result = await validator.validate(structuredClone(document));
      assert.deepEqual(result.errors, undefined);
      assert.equal(result.valid, true);
      assert.equal(validator.version, '3.1');
      assert.equal(document.openapi, '3.1.0');
      assert.equal(document.servers[0]!.url, `${BASE_URL}/api/v1`);
      assert.ok(document.paths['/openapi.json']);
      for (const endpoint of ENDPOINTS) {
        const operation = document.paths[endpoint.path]?.get;
        assert.ok(operation, endpoint.path);
        const expected = Object.keys(endpoint.kind === 'list' ? endpoint.query.shape : endpoint.params.shape).sort();
        assert.deepEqual(operation.parameters.map((parameter) => parameter.name).sort(), expected, endpoint.path);
        assert.ok(operation.parameters.every((parameter) => parameter.in === (endpoint.kind === 'list' ? 'query' : 'path')));
        // The documented path answers (with some entry for the item endpoints).
        const concrete = endpoint.path.replace('{slug}', 'x').replace('{id}', '1');
        assert.notEqual((await site.app.request(`/api/v1${concrete}`)).status, 500, concrete);
      }
      const text = JSON.stringify(document);
      for (const [, id] of text.matchAll(/"#\/components\/schemas\/(\w+)"/g)) assert.ok(text.includes(`"${id}":{`), `$ref ${id} resolves`);
      const pledgeParameters = document.paths['/pledges']!.get.parameters.map((parameter) => parameter.name);
      for (const filter of ['status', 'chapter', 'topic', 'ministry', 'partner', 'overdue', 'rating'])
        assert.ok(pledgeParameters.includes(filter), filter);
    });
  });
}
