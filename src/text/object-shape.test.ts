import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractCandidates } from './extract.ts';
import { isConcreteNoun } from './object-shape.ts';

test('a noun is a direction when it or its compound ends in one, not when it only ends in its letters', () => {
  assert.equal(isConcreteNoun('stärkung'), false);
  assert.equal(isConcreteNoun('qualitätsverbesserung'), false);
  assert.equal(isConcreteNoun('kinderförderung'), false);
  assert.equal(isConcreteNoun('gewerbeförderung'), false);
  assert.equal(isConcreteNoun('netzausbau'), false);
  assert.equal(isConcreteNoun('palliativversorgung'), true);
  assert.equal(isConcreteNoun('unterbringung'), true);
  assert.equal(isConcreteNoun('weidetierhaltung'), true);
});

test('a direction or a placeholder stands for the thing its genitive names; a value stays a value', () => {
  const networks = extractCandidates('Baden-Württemberg begleitet und unterstützt hierzu den bedarfsgerechten Ausbau der Netze.');
  assert.ok(networks[0]?.cues.includes('object:noun'), JSON.stringify(networks[0]?.cues));
  const instrument = extractCandidates('Dafür wollen wir das Instrument des Fördercontrollings nutzen.');
  assert.ok(instrument[0]?.cues.includes('object:noun'), JSON.stringify(instrument[0]?.cues));
  const rules = extractCandidates('Wir unterstützen die Stärkung der Demokratie.').filter((found) => !found.cues.includes('model'));
  assert.deepEqual(rules, [], 'the rules propose nothing; the second opinion is tested on its own');
});
