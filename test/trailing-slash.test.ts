// Addresses with a trailing slash, as people type and other sites link them: each is sent permanently to
// the address without it, which answers; never to another host.
// Tier: quick
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testSite } from './support/site.ts';
import { seedSite, today } from './support/site-fixture.ts';

describe('trailing slashes', () => {
  const site = testSite('sqlite', { seed: seedSite, clock: () => today });

  test('a page, the English start page and the API with a trailing slash redirect to the address without it, query kept', async () => {
    for (const [path, target] of [
      ['/vorhaben/', '/vorhaben'],
      ['/vorhaben/?status=implemented', '/vorhaben?status=implemented'],
      ['/en/', '/en'],
      ['/en/vorhaben//', '/en/vorhaben'],
      ['/api/v1/', '/api/v1'],
    ]) {
      const response = await site.app.request(path!);
      assert.equal(response.status, 301, path);
      assert.equal(response.headers.get('location'), target, path);
      assert.equal((await site.app.request(target!)).status, 200, target);
    }
  });

  test('the start page stays, a form sent to a slashed address is not redirected, and no slash leads to another host', async () => {
    assert.equal((await site.app.request('/')).status, 200);
    assert.notEqual((await site.app.request('/vorhaben/', { method: 'POST' })).status, 301);
    for (const path of ['//evil.example/', '///evil.example//']) {
      const response = await site.app.request(path);
      assert.notEqual(response.status, 301, path);
      assert.ok(!(response.headers.get('location') ?? '').startsWith('//'), path);
    }
  });
});
