import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compoundSplitter } from './compounds.ts';
import { readGroups, type Reader } from './words.ts';

const reader = (aliases: Record<string, string[]> = {}): Reader => ({
  splitter: compoundSplitter(['register', 'modernisierung', 'gesetz', 'gigabit', 'grundbuch', 'klima', 'umwelt', 'schutz']),
  aliases: new Map(Object.entries(aliases)),
});

const texts = (text: string, from = reader()): string[] => readGroups(text, from).map((group) => group.text);

test('words joined by hyphens are one group, with the parts of every word in order', () => {
  const [group] = readGroups('Gigabit-Grundbuchs', reader());
  assert.equal(group?.text, 'Gigabit-Grundbuchs');
  assert.equal(group?.parts.length, 2);
  assert.deepEqual(texts('OZG-Änderungsgesetz und Registermodernisierungsgesetz'), [
    'OZG-Änderungsgesetz',
    'und',
    'Registermodernisierungsgesetz',
  ]);
});

test('a hyphen before a space joins only where a line was broken, not an ellipsis', () => {
  assert.deepEqual(texts('die EU- Verbandsklagerichtlinie'), ['die', 'EU- Verbandsklagerichtlinie']);
  assert.deepEqual(texts('des Klima- und Umweltschutzes'), ['des', 'Klima', 'und', 'Umweltschutzes']);
});

test('a number with a thousands separator is one group', () => {
  const groups = readGroups('400.000 neue Wohnungen, 12 Euro', reader());
  assert.deepEqual(
    groups.map((group) => [group.text, group.number]),
    [
      ['400.000', true],
      ['neue', false],
      ['Wohnungen', false],
      ['12', true],
      ['Euro', false],
    ],
  );
});

test('function words, auxiliaries, single digits and roman numerals are filler; nouns are capitalised words', () => {
  const groups = readGroups('Wir werden das Sozialgesetzbuch II in 3 Schritten ändern', reader());
  assert.deepEqual(
    groups.filter((group) => !group.filler).map((group) => [group.text, group.noun]),
    [
      ['Sozialgesetzbuch', true],
      ['Schritten', true],
      ['ändern', false],
    ],
  );
});

test('an acronym is keyed by its letters, and a known law also by its other name', () => {
  const from = reader({ '#ozg': ['onlinezugangsgesetz'], onlinezugangsgesetz: ['#ozg'] });
  const [abbreviation] = readGroups('OZG', from);
  assert.deepEqual(abbreviation?.keys, ['#ozg', 'onlinezugangsgesetz']);
  assert.ok(abbreviation?.acronym);
  const [name] = readGroups('Onlinezugangsgesetzes', from);
  assert.deepEqual(name?.keys, ['onlinezugangsgesetz', '#ozg']);
});
