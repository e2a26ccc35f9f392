import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isSlug, readableTitle, slugify, uniqueSlug } from './slug.ts';

test('slugify transliterates German umlauts and joins words with hyphens', () => {
  assert.equal(slugify('Recht auf Verschlüsselung'), 'recht-auf-verschluesselung');
  assert.equal(slugify('Größere Straßen für Ärzte'), 'groessere-strassen-fuer-aerzte');
  assert.equal(slugify('  Onlinezugangsgesetz (OZG) – Weiterentwicklung! '), 'onlinezugangsgesetz-ozg-weiterentwicklung');
  assert.equal(slugify('Café naïve'), 'cafe-naive');
});

test('slugify cuts at a word boundary within the limit', () => {
  const slug = slugify('eins zwei drei vier fünf', 14);
  assert.equal(slug, 'eins-zwei-drei');
  assert.equal(slugify('Donaudampfschifffahrtsgesellschaft', 10), 'donaudampf');
});

test('slugify of text without letters or digits is empty', () => {
  assert.equal(slugify('–––'), '');
});

test('isSlug accepts only lowercase hyphenated words', () => {
  assert.ok(isSlug('recht-auf-verschluesselung'));
  assert.ok(!isSlug('Recht'));
  assert.ok(!isSlug('a--b'));
  assert.ok(!isSlug('-a'));
  assert.ok(!isSlug('<script>'));
});

test('uniqueSlug appends the first free number', () => {
  const taken = new Set(['a', 'a-2']);
  assert.equal(
    uniqueSlug('a', (s) => taken.has(s)),
    'a-3',
  );
  assert.equal(
    uniqueSlug('b', (s) => taken.has(s)),
    'b',
  );
});

test('a folder name becomes a readable title: words apart, the first capitalised, "kv" spelt out', () => {
  assert.equal(readableTitle('koalitionsvertrag-2021'), 'Koalitionsvertrag 2021');
  assert.equal(readableTitle('kv_bund_2018.pdf'), 'Koalitionsvertrag bund 2018');
  assert.equal(readableTitle('übersicht'), 'Übersicht');
  assert.equal(readableTitle('Mehr Fortschritt wagen'), 'Mehr Fortschritt wagen');
  assert.equal(readableTitle('---'), '---');
});
