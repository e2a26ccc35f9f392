import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from './cues.ts';
import { itemsLedByCommitment } from './list-leads.ts';
import { scoreOf, THRESHOLD } from './score.ts';

const body = `
Um die Kultur des Ehrenamts zu stärken, wollen wir:

-   die Kraft-Wärme-Kopplung ausbauen und modernisieren, so dass sie eine Zukunft hat.

-   den rechtlichen Rahmen für ehrenamtliche Betätigung weiter verbessern sowie

-   Maßnahmen, die das 2030-Ziel erreichen, einschließlich einer Folgenabschätzung,

Die Lage der Vereine war zuletzt schwierig:

-   die Mitglieder wurden älter.
`;

const startOf = (text: string): number => body.indexOf(text);

test('the items of a list led by a commitment that ends in a colon are marked, not those after a description', () => {
  const led = itemsLedByCommitment(body);
  assert.ok(led.has(startOf('die Kraft-Wärme-Kopplung')));
  assert.ok(led.has(startOf('den rechtlichen Rahmen')));
  assert.ok(led.has(startOf('Maßnahmen, die')));
  assert.ok(!led.has(startOf('die Mitglieder')), 'a descriptive lead leads no commitment');
  assert.equal(led.size, 3);
});

test('a lead ending in a comma leads too: the list completes its sentence', () => {
  const conditions = '\nDieser Familiennachzug wird nur gewährt,\n\n-   wenn es sich um Ehen handelt,\n';
  assert.deepEqual([...itemsLedByCommitment(conditions)], [conditions.indexOf('wenn')]);
  assert.equal(itemsLedByCommitment('\nDas Wetter war schön,\n\n-   wenn es nicht regnete,\n').size, 0);
});

test('a led item commits by the infinitive that closes its first clause, whatever it opens with', () => {
  const item = 'die Kraft-Wärme-Kopplung ausbauen und modernisieren, so dass sie eine Zukunft hat.';
  assert.ok(!analyse(item).cues.some((cue) => cue.id === 'agenda'), 'alone, an article opens no agenda item');
  const led = analyse(item, 0, true);
  assert.ok(led.cues.some((cue) => cue.id === 'agenda'));
  assert.ok(led.actions.some((action) => action.lemma === 'modernisieren'));
  assert.ok(
    analyse('den rechtlichen Rahmen für ehrenamtliche Betätigung weiter verbessern sowie', 0, true).cues.some((cue) => cue.id === 'agenda'),
  );
});

test('a led item without a verb of its own carries the lead cue; one with a cue of its own keeps it', () => {
  const noun = analyse('Maßnahmen, die das 2030-Ziel erreichen, einschließlich einer Folgenabschätzung,', 0, true);
  assert.deepEqual(
    noun.cues.map((cue) => cue.id),
    ['lead'],
  );
  assert.ok(scoreOf(noun.cues) >= THRESHOLD);
  const own = analyse('Wir werden ein Register einführen.', 0, true);
  assert.ok(!own.cues.some((cue) => cue.id === 'lead'));
});

test('an item that is a sentence of its own carries no lead cue; a closing infinitive outranks an action noun', () => {
  assert.deepEqual(
    analyse('Die Stiftung leistet wichtige Arbeit.', 0, true).cues.map((cue) => cue.id),
    [],
  );
  const examined = analyse('die Einführung eines Digitalbudgets prüfen', 0, true);
  assert.ok(examined.cues.some((cue) => cue.id === 'agenda'));
  assert.ok(!examined.cues.some((cue) => cue.id.startsWith('nominal:')), 'the item examines, it does not introduce');
  assert.deepEqual(
    examined.actions.map((action) => action.lemma),
    ['prüfen'],
  );
});

test('an item whose first line holds only its marker is still led', () => {
  const body = 'Wir wollen:\n\n- \n  die Förderung ausbauen\n';
  assert.deepEqual([...itemsLedByCommitment(body)], [body.indexOf('die')]);
});
