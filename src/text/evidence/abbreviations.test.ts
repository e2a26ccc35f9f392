import { test } from 'node:test';
import assert from 'node:assert/strict';
import { abbreviates, acronymKey, acronymParts, isAcronym } from './abbreviations.ts';

test('acronyms have two capitals and no run of four lower-case letters', () => {
  for (const word of ['OZG', 'BSI', 'KI', 'BAföG', 'ePA', 'OZGÄndG', 'StARModG']) assert.ok(isAcronym(word), word);
  for (const word of ['Onlinezugangsgesetz', 'Bürgergeld', 'TierHaltKennzG', 'A', 'E-Government']) assert.ok(!isAcronym(word), word);
});

test('the ending DIP gives the law that changes a law is split off its abbreviation', () => {
  assert.deepEqual(acronymParts('OZGÄndG'), [acronymKey('OZG'), acronymKey('ÄndG')]);
  assert.deepEqual(acronymParts('BAföGÄndG'), [acronymKey('BAföG'), acronymKey('ÄndG')]);
  assert.deepEqual(acronymParts('OZG'), ['#ozg']);
});

test('an abbreviation abbreviates a name whose letters it takes in order, starting with the first', () => {
  assert.ok(abbreviates('OZG', 'Onlinezugangsgesetzes'));
  assert.ok(abbreviates('BSI', 'Bundesamt für Sicherheit in der Informationstechnik'));
  assert.ok(abbreviates('BEHG', 'Brennstoffemissionshandelsgesetz'));
  assert.ok(
    !abbreviates('ÖPNV', 'Personenbeförderungsgesetzes'),
    'the agreement writes "Ausnahmemöglichkeiten des Personenbeförderungsgesetzes (ÖPNV)"',
  );
  assert.ok(!abbreviates('OZG', 'Onlinedienste'), 'no Z, no G');
});
