import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cachePolicy, canonicalQuery } from './cache-policy.ts';

const names = (path: string) => {
  const policy = cachePolicy(path);
  return policy.bypass ? 'bypass' : policy.params.map((param) => param.name).join(' ');
};

test('the back office, assets and the files of /daten pass the page cache; /daten itself is a page', () => {
  for (const path of ['/admin', '/admin/vorhaben', '/assets/site.css', '/daten/vorhaben.csv', '/en/daten/koalitionsvertrag-okf.zip']) assert.equal(names(path), 'bypass', path);
  assert.equal(names('/daten'), '');
  assert.equal(names('/administration'), '', 'only the back office itself');
});

test('each page is keyed on the parameters it reads, in both languages', () => {
  assert.equal(names('/vorhaben'), 'vertrag status kapitel thema federfuehrung partner bewertung ueberfaellig sortierung seite');
  assert.equal(names('/en/vorhaben'), names('/vorhaben'));
  assert.equal(names('/vertrag/kv-2021/vorhaben'), 'status kapitel thema federfuehrung partner bewertung ueberfaellig sortierung seite', 'the agreement is in the path');
  for (const path of ['/', '/en', '/statistik', '/themen', '/thema/it-sicherheit', '/ministerien', '/en/ministerium/bmi']) assert.equal(names(path), 'vertrag', path);
  for (const path of ['/vertrag/kv-2021', '/vertrag/kv-2021/statistik', '/en/vertrag/kv-2021/thema/x']) assert.equal(names(path), '', path);
  assert.equal(names('/suche'), 'q typ seite status kapitel thema');
  assert.equal(names('/en/abo'), 'vorhaben kapitel thema ministerium');
  for (const path of ['/kapitel/2-2', '/vorhaben/x', '/feed.xml', '/vertraege', '/vertrag/kv-2021/suche']) assert.equal(names(path), '', path);
});

test('the canonical query: declared order, repeatable values once and sorted, the first of the others, nothing else', () => {
  const params = [{ name: 'status', several: true }, { name: 'seite' }];
  assert.equal(canonicalQuery(params, new URLSearchParams('seite=2&x=1&status=b&status=a&status=b&seite=1')), '?status=a&status=b&seite=2');
  assert.equal(canonicalQuery(params, new URLSearchParams('utm_source=feed')), '');
  assert.equal(canonicalQuery(params, new URLSearchParams('status=%C3%BC+x')), '?status=%C3%BC+x');
});
