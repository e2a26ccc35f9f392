import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spellingOf } from './spellings.ts';

test('every occurrence of a spelling shares one record', () => {
  assert.equal(spellingOf('Klimaschutz'), spellingOf('Klima' + 'schutz'));
  assert.notEqual(spellingOf('Wir'), spellingOf('wir'));
});

test('a spelling knows its lower case and whether it is capitalised, also with umlauts', () => {
  assert.deepEqual([spellingOf('Übergänge').lower, spellingOf('Übergänge').capitalised], ['übergänge', true]);
  assert.deepEqual([spellingOf('stärken').lower, spellingOf('stärken').capitalised], ['stärken', false]);
  assert.equal(spellingOf('35.000').capitalised, false);
});

test('judgements that analyses make from the spelling wait until they are first asked for', () => {
  const spelling = spellingOf('Lebenschancen-BAföG');
  assert.equal(spelling.acronym, undefined);
  assert.equal(spelling.objectKind, undefined);
});
