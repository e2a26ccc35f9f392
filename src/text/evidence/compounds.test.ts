import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compoundSplitter, partKey } from './compounds.ts';

const keys = (...words: string[]): string[] => words.map(partKey);

test('a compound splits into the known words it is made of, with linking elements between them', () => {
  const splitter = compoundSplitter(['register', 'modernisierung', 'gesetz', 'online', 'zugang']);
  assert.deepEqual(splitter.parts('registermodernisierung'), keys('register', 'modernisierung'));
  assert.deepEqual(splitter.parts('registermodernisierungsgesetz'), keys('register', 'modernisierung', 'gesetz'));
  assert.deepEqual(splitter.parts('onlinezugangsgesetz'), keys('online', 'zugang', 'gesetz'));
});

test('the last part may be inflected, the others stand as the vocabulary has them', () => {
  const splitter = compoundSplitter(['register', 'modernisierung', 'gesetz']);
  assert.deepEqual(splitter.parts('registermodernisierungsgesetzes'), keys('register', 'modernisierung', 'gesetz'));
});

test('a word the vocabulary cannot cover stays whole, and so do short words', () => {
  const splitter = compoundSplitter(['register', 'gesetz']);
  assert.deepEqual(splitter.parts('verwaltung'), keys('verwaltung'));
  assert.deepEqual(splitter.parts('registerxyz'), keys('registerxyz'));
  assert.deepEqual(splitter.parts('gesetz'), keys('gesetz'));
});

test('parts shorter than four letters count only when listed', () => {
  assert.deepEqual(compoundSplitter(['bundes']).parts('bundesamt'), keys('bundesamt'));
  assert.deepEqual(compoundSplitter(['bundes'], ['amt']).parts('bundesamt'), keys('bundes', 'amt'));
});

test('a key is the Snowball stem, or the spelling where the stem is a word of its own or too short', () => {
  assert.equal(partKey('modernisierung'), 'modernisier');
  assert.equal(partKey('sicherheit'), 'sicherheit', '"Sicherheit" stems to "sich"');
  assert.equal(partKey('daten'), 'daten', '"Daten" stems to "dat"');
});
