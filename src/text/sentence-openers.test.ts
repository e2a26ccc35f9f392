import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from './cues.ts';
import { extractCandidates } from './extract.ts';

const ids = (sentence: string): string[] =>
  analyse(sentence)
    .cues.filter((cue) => cue.role !== 'negative')
    .map((cue) => cue.id);

test('"Dazu zählt …", "Darunter fällt …", "Dazu kommen …" and "Hinzu kommt …" extend the measure before them', () => {
  assert.deepEqual(ids('Dazu zählt auch eine bedarfsgerechte Kinderpalliativversorgung.'), ['extension']);
  assert.deepEqual(ids('Hierzu zählen gemeinsame Frühwarnsysteme.'), ['extension']);
  assert.deepEqual(ids('Darunter fällt auch die Ausweisung von 3 Prozent seiner Fläche als Bannwälder.'), ['extension']);
  assert.deepEqual(ids('Hinzu kommt ein Sofortprogramm für Pflegekräfte.'), ['extension']);
  assert.deepEqual(ids('Dazu kommen weitere Forschungsschwerpunkte wie künstliche Intelligenz.'), ['extension']);
});

test('a belonging verb extends only near the start, after a word that points back', () => {
  assert.deepEqual(ids('Die Zahl der Fälle zählt zu den höchsten.'), []);
  assert.ok(!ids('Die Kommission prüft, welche Fälle dazu nach geltendem Recht gehören.').includes('extension'));
});

test('a new institution, programme, rule or plan introduced by what it does in the present is a measure', () => {
  assert.deepEqual(ids('Eine zweijährige Nachhaltigkeitskonferenz bindet die Öffentlichkeit ein.'), ['neu']);
  assert.deepEqual(ids('Ein Landesprogramm unterstützt die Kommunen beim Radwegebau.'), ['neu']);
  const [candidate] = extractCandidates('Eine zweijährige Nachhaltigkeitskonferenz bindet die Öffentlichkeit ein.');
  assert.ok(candidate?.cues.includes('object:institution'));
});

test('no new measure: not a thing of its own, a copula, a modal, a known subject or a negation', () => {
  assert.deepEqual(ids('Eine starke Wirtschaft sichert unseren Wohlstand.'), []);
  assert.deepEqual(ids('Eine Strategie ist dafür die Grundlage.'), []);
  assert.ok(!ids('Eine Kommission soll Vorschläge erarbeiten.').includes('neu'));
  assert.deepEqual(ids('Die Konferenz bindet die Öffentlichkeit ein.'), []);
  assert.deepEqual(ids('Eine Kommission entscheidet nicht.'), []);
});
