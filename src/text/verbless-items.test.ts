import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from './cues.ts';

const ids = (sentence: string): string[] => analyse(sentence).cues.map((cue) => cue.id);

test('"Beendigung", "Aufhebung", "Zusammenlegung" head a verbless item as "Einführung" does', () => {
  assert.deepEqual(ids('Beendigung aller Beteiligungen staatlicher Fonds an AKWs im Ausland.'), ['nominal:beendigung']);
  assert.deepEqual(ids('Zusammenlegung der beiden Landesämter.'), ['nominal:zusammenlegung']);
});

test('a verbless item may coordinate adjectives or hold a word broken at the line end', () => {
  const portal = 'Nationales Gesundheitsportal für schnelle und verlässliche Information zu medizinischen Fragen.';
  assert.deepEqual(ids(portal), ['nominal:gesundheitsportal']);
  assert.deepEqual(ids('Einführung eines Förderprogramms auf wettbewerbsfä- higem Niveau.'), ['nominal:einfuehrung']);
});

test('a list item that continues a lead may open in lower case with an object or an adjective', () => {
  assert.deepEqual(ids('zusätzliche Anreize zur Qualifizierung von Weiterbildern durch die Kompetenzzentren setzen.'), ['agenda']);
  assert.ok(ids('den Übergang von Forschung zu Demonstration und Markteinführung unterstützen,').includes('agenda'));
  assert.deepEqual(ids('die Kosten steigen.'), []);
});

test('a summary item may hold an adverb before its adjective, a quoted name, a gender slash or a relative clause', () => {
  assert.deepEqual(ids('Musterpolizeigesetz für bundesweit einheitliche hohe Standards.'), ['nominal:musterpolizeigesetz']);
  assert.deepEqual(ids('Ausbau „Cash for Work“-Programm, das in Heimatländern gute Einkommen ermöglicht.'), ['nominal:ausbau']);
  assert.deepEqual(ids('Einrichtung einer/s ständigen Opferbeauftragte/n.'), ['nominal:einrichtung']);
  assert.deepEqual(ids('Bessere Ausstattung für die Polizei, konsequente Digitalisierung, Ausweitung DNA-Analyse.'), [
    'nominal:ausstattung',
  ]);
  assert.deepEqual(ids('Umsatzsteuerbefreiung in den ersten beiden Jahren nach Gründung.'), ['nominal:umsatzsteuerbefreiung']);
  assert.deepEqual(ids('Ausbau der Netze stellt alle Beteiligten vor Aufgaben.'), [], 'a verb of its own makes it no item');
});

test('an act in -ung heads an item when a law, programme, institution or name follows it', () => {
  assert.deepEqual(ids('Bessere Anerkennung von Erziehungszeiten durch Mütterrente II.'), ['nominal:anerkennung']);
  assert.deepEqual(ids('Bessere Leistungen durch Aufstiegs-BAföG für Gleichwertigkeit von beruflicher Bildung.'), ['nominal:leistungen']);
  assert.deepEqual(ids('Verbesserte Zusammenarbeit der Behörden in Europa.'), [], 'nothing named');
});

test('an item is verbless around its relative clause, its quotes close, and an act in -ung needs a name or its own object', () => {
  assert.deepEqual(ids('Die Einführung der Grundsteuer C, die viele Kommunen fordern, lehnen wir ab.'), ['rejection:ablehnen']);
  assert.deepEqual(ids('Die Erhöhung des Mindestlohns, die 2015 kam, hat sich bewährt.'), []);
  const quoted = 'Eine Verpflichtung von Plattformen zum Einsatz von Upload-Filtern, um Inhalte zu "filtern", lehnen wir ab.';
  assert.deepEqual(ids(quoted), ['rejection:ablehnen']);
  assert.deepEqual(ids('Bessere Anerkennung von Erziehungszeiten durch die Rente.'), []);
  assert.deepEqual(ids('Anhaltende Überschreitungen der Grenzwerte haben Vertragsverletzungsverfahren zur Folge.'), []);
});
