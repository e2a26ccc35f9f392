import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from './cues.ts';

const ids = (sentence: string): string[] => analyse(sentence).cues.map((cue) => cue.id);

test('"Wir verpflichten X zu …" imposes a duty; "Wir verpflichten uns" is a stance', () => {
  assert.deepEqual(ids('Wir verpflichten Kryptoassetdienstleister zur konsequenten Identifikation der Berechtigten.'), [
    'present:verpflichten',
  ]);
  assert.deepEqual(ids('Wir verpflichten uns, dem Wohle aller zu dienen.'), ['stance:verpflichten']);
});

test('"sicher" at the end of a clause is an adjective, not the particle of "sicherstellen"', () => {
  assert.deepEqual(ids('Wir machen unsere Straßen sicher.'), ['present:machen']);
  assert.deepEqual(ids('Eine Finanzierung der Behandlung ist sicherzustellen.'), ['ist-zu']);
});

test('"wir sind uns einig, … zu" commits as "wir sind bereit, … zu" does', () => {
  assert.deepEqual(ids('Wir sind uns einig, an den bestehenden Nachtflugbeschränkungen festzuhalten.'), ['stance:bereit']);
});

test('deciding or clarifying "ob" is an examination; deciding a thing is a plain act', () => {
  assert.deepEqual(ids('Im Bereich der Archäologie wollen wir im Einzelfall entscheiden, ob eine tragfähige Möglichkeit besteht.'), [
    'wollen',
    'pruefen',
  ]);
  assert.deepEqual(ids('Wir werden klären, ob eine Reform nötig ist.'), ['wir-werden', 'pruefen']);
  assert.deepEqual(ids('Wir wollen entscheiden, wer zuständig ist.'), ['wollen']);
});
