import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { corpusFiles, skipWithoutCorpus } from '../../test/support/corpus.ts';
import { folded, possibleStemEnds, stem } from './stem.ts';

test('a stem is the folded word with an ending cut off, so words without the stem need no stemming', () => {
  const words = ['einführung', 'maßnahmen', 'übergänge', 'größere', 'zeugnisse', 'bauern', 'schlüsselqualifikationen'];
  for (const word of words) assert.ok(folded(word).startsWith(stem(word)), `${word} → ${stem(word)}`);
  assert.equal(folded('maßnahmen'), 'massnahmen');
});

test('the stem ends at one of the places possibleStemEnds names', () => {
  const words = [
    'kenntnisse',
    'möglichkeiten',
    'freundlichkeit',
    'verständigungen',
    'abhängigkeiten',
    'europäischen',
    'wirtschaftlichen',
    'schönsten',
    'gesetzes',
    'bundesländern',
    'klimaschutzgesetz',
    'erneuerbarer',
    'sicherheit',
    'öffentlichkeit',
    'h2-ready',
  ];
  for (const word of words) assert.ok(possibleStemEnds(folded(word)).includes(stem(word).length), `${word} → ${stem(word)}`);
  assert.deepEqual(possibleStemEnds('xyz'), [3]);
});

test('… for every word of the 2021 agreement', { skip: skipWithoutCorpus }, () => {
  const words = new Set<string>();
  for (const file of corpusFiles()) {
    for (const word of readFileSync(file, 'utf8')
      .toLowerCase()
      .match(/[\p{L}\d'’-]+/gu) ?? [])
      words.add(word);
  }
  const misses = [...words].filter((word) => !possibleStemEnds(folded(word)).includes(stem(word).length));
  assert.deepEqual(misses, []);
});
