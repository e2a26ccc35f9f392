import { test } from 'node:test';
import assert from 'node:assert/strict';
import { folded, stem } from './stem.ts';

test('a stem is the folded word with an ending cut off, so words without the stem need no stemming', () => {
  const words = ['einführung', 'maßnahmen', 'übergänge', 'größere', 'zeugnisse', 'bauern', 'schlüsselqualifikationen'];
  for (const word of words) assert.ok(folded(word).startsWith(stem(word)), `${word} → ${stem(word)}`);
  assert.equal(folded('maßnahmen'), 'massnahmen');
});
