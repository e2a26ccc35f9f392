import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cacheable, cachePolicy, canonicalQuery } from './cache-policy.ts';

const names = (path: string) => {
  const policy = cachePolicy(path);
  return policy.bypass ? 'bypass' : policy.params.map((param) => param.name).join(' ');
};

test('the back office, assets and the files of /daten pass the page cache; /daten itself is a page', () => {
  for (const path of ['/admin', '/admin/vorhaben', '/assets/site.css', '/daten/vorhaben.csv', '/en/daten/koalitionsvertrag-okf.zip'])
    assert.equal(names(path), 'bypass', path);
  assert.equal(names('/daten'), '');
  assert.equal(names('/administration'), '', 'only the back office itself');
});

test('each page is keyed on the parameters it reads, in both languages', () => {
  assert.equal(names('/vorhaben'), 'vertrag status kapitel thema federfuehrung partner bewertung ueberfaellig sortierung seite');
  assert.equal(names('/en/vorhaben'), names('/vorhaben'));
  assert.equal(
    names('/vertrag/kv-2021/vorhaben'),
    'status kapitel thema federfuehrung partner bewertung ueberfaellig sortierung seite',
    'the agreement is in the path',
  );
  for (const path of ['/', '/en', '/statistik', '/themen', '/thema/it-sicherheit', '/ministerien', '/en/ministerium/bmi'])
    assert.equal(names(path), 'vertrag', path);
  for (const path of ['/vertrag/kv-2021', '/vertrag/kv-2021/statistik', '/en/vertrag/kv-2021/thema/x']) assert.equal(names(path), '', path);
  assert.equal(names('/suche'), 'q typ seite status kapitel thema');
  assert.equal(names('/en/abo'), 'vorhaben kapitel thema ministerium');
  for (const path of ['/kapitel/2-2', '/vorhaben/x', '/feed.xml', '/vertraege', '/vertrag/kv-2021/suche'])
    assert.equal(names(path), '', path);
});

test('the canonical query: declared order, repeatable values once and sorted, the first of the others, nothing else', () => {
  const params = [{ name: 'status', several: true }, { name: 'seite' }];
  assert.equal(canonicalQuery(params, new URLSearchParams('seite=2&x=1&status=b&status=a&status=b&seite=1')), '?status=a&status=b&seite=2');
  assert.equal(canonicalQuery(params, new URLSearchParams('utm_source=feed')), '');
  assert.equal(canonicalQuery(params, new URLSearchParams('status=%C3%BC+x')), '?status=%C3%BC+x');
});

test('each API endpoint is keyed on the parameters of its schema; unknown API paths pass', () => {
  assert.equal(names('/api/v1/pledges'), 'limit cursor agreement status chapter topic ministry partner rating overdue');
  assert.equal(names('/api/v1/governments'), 'limit cursor');
  assert.equal(names('/api/v1/updates'), 'limit cursor agreement pledge');
  for (const path of ['/api/v1', '/api/v1/openapi.json', '/api/v1/pledges/recht-auf-verschluesselung', '/api/v1/updates/12'])
    assert.equal(names(path), '', path);
  for (const path of ['/api/v1/gibt-es-nicht', '/api/v1/pledges/a/b', '/api/v1/']) assert.equal(names(path), 'bypass', path);
});

test('an API request with a parameter its endpoint does not read, or a single one repeated, is not answered from the cache', () => {
  const policy = cachePolicy('/api/v1/pledges');
  assert.ok(cacheable(policy, '/api/v1/pledges'));
  assert.ok(cacheable(policy, '/api/v1/pledges?status=implemented&status=broken&limit=5'));
  assert.ok(!cacheable(policy, '/api/v1/pledges?utm_source=x'), 'the API answers 400 to it');
  assert.ok(!cacheable(policy, '/api/v1/pledges?limit=5&limit=6'), 'the API answers 400 to it');
  assert.ok(cacheable(cachePolicy('/vorhaben'), '/vorhaben?utm_source=x&seite=1&seite=2'), 'pages read what they know and ignore the rest');
  assert.ok(!cacheable(cachePolicy('/admin'), '/admin'));
});
