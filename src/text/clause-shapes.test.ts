import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from './cues.ts';

const ids = (sentence: string): string[] => analyse(sentence).cues.map((cue) => cue.id);

test('a measure refused as a goal is a refusal; a pronoun before the copula points back', () => {
  assert.deepEqual(ids('Eine Vollvergemeinschaftung der Einlagensicherungssysteme ist nicht das Ziel.'), ['rejection:ziel']);
  assert.deepEqual(ids('Diese Regelung ist nicht das Ziel.'), ['rejection:ziel']);
  assert.deepEqual(ids('Das ist nicht unser Ziel.'), []);
  assert.deepEqual(ids('Wir erreichen so nicht das Ziel.'), ['present:erreichen']);
  assert.deepEqual(ids('Unser Ziel ist ein Gesetz.'), ['ziel']);
});
