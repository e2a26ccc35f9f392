import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contextOf } from './candidate-queue.ts';

test('the context of a span stays within its paragraph and is cut at word boundaries', () => {
  const body = '\nÜberschrift davor.\n\n### Daten\n\nErster Satz. Zweiter Satz.\nDritter Satz.\n\nNächster Absatz.\n';
  const start = body.indexOf('Zweiter');
  assert.deepEqual(contextOf(body, start, start + 'Zweiter Satz.'.length), { before: 'Erster Satz. ', after: ' Dritter Satz.' });
  const long = `${'Wort '.repeat(60)}Mitte.${' Wort'.repeat(60)}`;
  const middle = long.indexOf('Mitte');
  const { before, after } = contextOf(long, middle, middle + 6);
  assert.match(before, /^…Wort /);
  assert.match(after, / Wort…$/);
  assert.ok(before.length <= 162 && after.length <= 162);
});
