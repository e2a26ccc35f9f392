import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from './cues.ts';

const ids = (sentence: string): string[] => analyse(sentence).cues.map((cue) => cue.id);

test('an entitlement stated in the present ("steht … offen", "steht … zu") is a rule', () => {
  assert.deepEqual(ids('Die geförderte zusätzliche private Altersvorsorge steht allen Erwerbstätigen offen.'), ['regel']);
  assert.deepEqual(ids('Den Geschädigten steht auch in Zukunft eine Rehabilitierung zu.'), ['regel']);
  assert.ok(!ids('Wir stehen zu unserer Verantwortung.').includes('regel'));
  assert.deepEqual(ids('Die Entscheidung steht noch aus.'), []);
});

test('"gilt" is a rule with a legal subject or a start, not on its own', () => {
  assert.deepEqual(ids('Die Regelung gilt für alle Betriebe mit Tarifbindung.'), ['regel']);
  assert.deepEqual(ids('Der verhandelte Erstattungspreis gilt ab dem siebten Monat nach Markteintritt.'), ['regel']);
  assert.deepEqual(ids('Die Stadt gilt als schön.'), ['regel']);
  assert.deepEqual(ids('Die Stadt gilt für viele Menschen seit Langem schön.'), []);
});

test('"bindend" is a legal predicate and "verbleibt" a rule verb', () => {
  assert.deepEqual(ids('Die Feststellungen des Urteils sind für die Beklagten bindend.'), ['regel']);
  assert.deepEqual(ids('Die Betreuung der Fachverfahren verbleibt im Geodatenzentrum.'), ['regel']);
  assert.ok(!ids('Wir verbleiben im Dialog.').includes('regel'), 'the coalition itself is no rule');
});

test('"gilt" with a programme as its subject is a rule too', () => {
  assert.deepEqual(
    ids('Die Grundrente gilt für bestehende und zukünftige Grundsicherungsbezieher, die 35 Jahre an Beitragszeiten aufweisen.'),
    ['regel'],
  );
  assert.deepEqual(ids('Die Förderung gilt für Betriebe mit weniger als 50 Beschäftigten.'), ['regel']);
  assert.deepEqual(ids('Die Region gilt für viele Menschen seit Langem schön.'), []);
});

test('"obliegt" assigns a duty; a legal predicate holds with "bleibt" as with "ist"', () => {
  assert.deepEqual(ids('Die Bestimmung der erfassten Gebiete obliegt den Ländern.'), ['regel']);
  assert.deepEqual(ids('Ausbildung und Dienst an der Waffe bleiben volljährigen Soldatinnen und Soldaten vorbehalten.'), ['regel']);
  assert.deepEqual(ids('Eine Privatisierung der Straßeninfrastruktur bleibt ausgeschlossen.'), ['regel']);
  assert.deepEqual(ids('Die Lage bleibt angespannt.'), ['bleibt']);
});
