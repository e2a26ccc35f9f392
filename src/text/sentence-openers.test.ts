import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitClauses } from './clauses.ts';
import { analyse } from './cues.ts';
import { extractCandidates } from './extract.ts';
import { isConcreteNoun } from './object-shape.ts';
import { tokenize } from './tokens.ts';

const ids = (sentence: string): string[] =>
  analyse(sentence)
    .cues.filter((cue) => cue.role !== 'negative')
    .map((cue) => cue.id);

test('"Dazu zählt …" and "Darunter fällt …" extend the measure before them as "Dazu gehören …" does', () => {
  assert.deepEqual(ids('Dazu zählt auch eine bedarfsgerechte Kinderpalliativversorgung.'), ['extension']);
  assert.deepEqual(ids('Hierzu zählen gemeinsame Frühwarnsysteme.'), ['extension']);
  assert.deepEqual(ids('Darunter fällt auch die Ausweisung von 3 Prozent seiner Fläche als Bannwälder.'), ['extension']);
  assert.deepEqual(ids('Die Zahl der Fälle zählt zu den höchsten.'), []);
});

test('a new institution, programme, rule or plan introduced by what it does in the present is a measure', () => {
  assert.deepEqual(ids('Eine zweijährige Nachhaltigkeitskonferenz bindet die Öffentlichkeit ein.'), ['neu']);
  assert.deepEqual(ids('Ein Landesprogramm unterstützt die Kommunen beim Radwegebau.'), ['neu']);
  const [candidate] = extractCandidates('Eine zweijährige Nachhaltigkeitskonferenz bindet die Öffentlichkeit ein.');
  assert.ok(candidate?.cues.includes('object:institution'));
  // Not a thing of its own, not an act, or a modal with its own cue.
  assert.deepEqual(ids('Eine starke Wirtschaft sichert unseren Wohlstand.'), []);
  assert.deepEqual(ids('Eine Strategie ist dafür die Grundlage.'), []);
  assert.ok(!ids('Eine Kommission soll Vorschläge erarbeiten.').includes('neu'));
  assert.deepEqual(ids('Die Konferenz bindet die Öffentlichkeit ein.'), []);
});

test('the government as subject before "ist offen für" or "ist bereit" takes a stance, as "wir sind bereit" does', () => {
  assert.deepEqual(ids('Die Landesregierung ist offen für die Vernetzung der Landeskorruptionsregister.'), ['stance:bereit']);
  assert.deepEqual(ids('Das Land ist bereit, die Kosten zu übernehmen.'), ['stance:bereit']);
  assert.deepEqual(ids('Die Tür ist offen für alle.'), []);
});

test('an entitlement stated in the present ("steht … offen", "steht … zu") is a rule', () => {
  assert.deepEqual(ids('Die geförderte zusätzliche private Altersvorsorge steht allen Erwerbstätigen offen.'), ['regel']);
  assert.deepEqual(ids('Den Geschädigten steht auch in Zukunft eine Rehabilitierung zu.'), ['regel']);
  assert.ok(!ids('Wir stehen zu unserer Verantwortung.').includes('regel'));
  assert.deepEqual(ids('Die Entscheidung steht noch aus.'), []);
});

test('a dash pair encloses an aside: the closing dash does not end the clause', () => {
  const tokens = tokenize('Wir setzen uns – unter Achtung der Regeln – für die Reform ein.', 0);
  assert.equal(splitClauses(tokens).clauses.length, 1);
  const sentence =
    'Die ökologischen Kosten sind bei Baumaßnahmen – beispielsweise zur Wärmeversorgung – in der Wirtschaftlichkeitsberechnung zu berücksichtigen.';
  assert.ok(ids(sentence).includes('ist-zu'));
  assert.equal(splitClauses(tokenize('Wir fördern den Radverkehr – und den Fußverkehr.', 0)).clauses.length, 2);
});

test('a noun only ending in the letters of a direction noun is not one: "Versorgung" is not "sorgen"', () => {
  assert.equal(isConcreteNoun('palliativversorgung'), true);
  assert.equal(isConcreteNoun('unterbringung'), true);
  assert.equal(isConcreteNoun('stärkung'), false);
  assert.equal(isConcreteNoun('qualitätsverbesserung'), false);
  assert.equal(isConcreteNoun('netzausbau'), false);
  assert.equal(isConcreteNoun('durchsetzung'), false);
});

test('"Beendigung", "Aufhebung", "Zusammenlegung" head a verbless item as "Einführung" does', () => {
  assert.deepEqual(ids('Beendigung aller Beteiligungen staatlicher Fonds an AKWs im Ausland.'), ['nominal:beendigung']);
  assert.deepEqual(ids('Zusammenlegung der beiden Landesämter.'), ['nominal:zusammenlegung']);
});
