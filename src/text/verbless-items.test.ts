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
