import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from './cues.ts';

const ids = (sentence: string): string[] => analyse(sentence).cues.map((cue) => cue.id);

test('the government as subject before "ist offen für" or "ist bereit" takes a stance, as "wir sind bereit" does', () => {
  assert.deepEqual(ids('Die Landesregierung ist offen für die Vernetzung der Landeskorruptionsregister.'), ['stance:bereit']);
  assert.deepEqual(ids('Das Land ist bereit, die Kosten zu übernehmen.'), ['stance:bereit']);
  assert.deepEqual(ids('Die Tür ist offen für alle.'), []);
});

test('governments named together act as the government does: "Bund und Länder", "Bund, Länder und Kommunen"', () => {
  assert.deepEqual(ids('Bund und Länder richten eine gemeinsame Koordinierungsstelle ein.'), ['bund']);
  assert.deepEqual(ids('Der Bund und die Länder schaffen eine Plattform.'), ['bund']);
  assert.deepEqual(ids('Bund, Länder und Kommunen identifizieren gemeinsam Vorschläge für eine Reform.'), ['bund']);
});

test('a bare "Bund" is no government without its partners, and a rule verb keeps its own cue', () => {
  assert.deepEqual(ids('Bund und Wirtschaft gründen eine Stiftung.'), []);
  assert.deepEqual(ids('Bund, Länder sind gefordert.'), []);
  assert.deepEqual(ids('Der Bund entfällt als Träger.'), ['regel']);
});
