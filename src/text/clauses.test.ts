import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitClauses } from './clauses.ts';
import { analyse } from './cues.ts';
import { tokenize } from './tokens.ts';

const clauseCount = (text: string): number => splitClauses(tokenize(text, 0)).clauses.length;

test('a dash pair encloses an aside: the closing dash does not end the clause', () => {
  assert.equal(clauseCount('Wir setzen uns – unter Achtung der Regeln – für die Reform ein.'), 1);
  assert.equal(clauseCount('Wir fördern den Radverkehr – und den Fußverkehr.'), 2);
  const sentence =
    'Die ökologischen Kosten sind bei Baumaßnahmen – beispielsweise zur Wärmeversorgung – in der Wirtschaftlichkeitsberechnung zu berücksichtigen.';
  assert.ok(analyse(sentence).cues.some((cue) => cue.id === 'ist-zu'));
});

test('a full stop before the second half of a truncated compound does not end the clause', () => {
  assert.equal(clauseCount('Kinder sind von Leistungseinschränkungen bzw. -kürzungen auszunehmen.'), 1);
  assert.ok(analyse('Kinder sind von Leistungseinschränkungen bzw. -kürzungen auszunehmen.').cues.some((cue) => cue.id === 'ist-zu'));
});
