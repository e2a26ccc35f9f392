import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from './cues.ts';
import { nounPhraseAt } from './noun-phrase.ts';
import { abstractHead, concreteness, nounKind, objectEvidence } from './objects.ts';

const kinds = (sentence: string): string[] => {
  const { tokens, actions } = analyse(sentence);
  return objectEvidence(tokens, 0, tokens.length, actions).map((evidence) => evidence.kind);
};

test('nouns name laws, institutions, programmes and plans, also in compounds and inflected', () => {
  assert.equal(nounKind('lobbyregistergesetz'), 'legal');
  assert.equal(nounKind('rechtsansprüche'), 'legal');
  assert.equal(nounKind('jugendberufsagenturen'), 'institution');
  assert.equal(nounKind('kindergrundsicherung'), 'programme');
  assert.equal(nounKind('innovationslabore'), 'institution');
  assert.equal(nounKind('modellkommunen'), 'plan');
  assert.equal(nounKind('tiergesundheitsstrategie'), 'plan');
  assert.equal(nounKind('gesetzentwürfe'), 'legal');
  assert.equal(nounKind('zusammenhalt'), null);
  assert.equal(nounKind('grundrechte'), null, 'a right as a value, not as a rule to change');
  assert.equal(nounKind('hersteller'), null);
  assert.equal(nounKind('völkerstrafgesetzbuch'), 'legal');
  assert.equal(nounKind('erstaufnahmekonzeption'), 'plan');
  assert.equal(nounKind('beauftragte/n'), 'institution', 'a gender ending after a slash');
  assert.equal(nounKind('lehrer/innen'), nounKind('lehrer'));
});

test('numbers, names, legal modifiers and acts are evidence too', () => {
  assert.deepEqual(kinds('Wir erhöhen die Grenze auf 1.600 Euro.'), ['number']);
  assert.deepEqual(kinds('Wir werden das BAföG reformieren.'), ['name']);
  assert.deepEqual(kinds('Dies werden wir gesetzlich festschreiben.'), ['legal', 'act']);
  assert.deepEqual(kinds('Wir führen eine Kindergrundsicherung ein.'), ['act', 'programme']);
  assert.deepEqual(kinds('Wir wollen das Potenzial der Digitalisierung nutzen.'), []);
});

test('a number that measures the past is no target', () => {
  assert.deepEqual(kinds('Seit 20 Jahren wollen wir das erreichen.'), []);
  assert.deepEqual(kinds('Wir wollen das Wahlalter auf 16 Jahre senken.'), ['number']);
});

test('an abstract head makes a phrase abstract unless something checkable is attached to it', () => {
  const abstract = (text: string): boolean => {
    const { tokens } = analyse(text);
    return abstractHead(tokens, nounPhraseAt(tokens, 0)) !== undefined;
  };
  assert.ok(abstract('die Qualität der Gesetzgebung'));
  assert.ok(abstract('den gesellschaftlichen Zusammenhalt'));
  assert.ok(!abstract('die Entwicklung von Kriterien'));
  assert.ok(!abstract('ein Recht auf Verschlüsselung'));
});

test('concreteness combines the evidence and discounts an abstract object unless the means are named', () => {
  const legal = { kind: 'legal' as const, token: 0, means: false };
  assert.equal(concreteness([], false), 0);
  assert.ok(Math.abs(concreteness([legal], false) - 0.8) < 1e-9);
  assert.ok(concreteness([legal], true) < 0.5);
  assert.ok(Math.abs(concreteness([{ ...legal, means: true }], true) - 0.8) < 1e-9);
});

test('acts, allowances, fees, reservations and services name checkable objects', () => {
  assert.deepEqual(kinds('Dazu gehört auch ein Stopp der Weitergabe.'), ['act']);
  for (const [noun, kind] of [
    ['freibetrag', 'legal'],
    ['wasserentnahmeentgelt', 'legal'],
    ['richtervorbehalt', 'legal'],
    ['gesundheitsdienst', 'institution'],
    ['hauptquartier', 'institution'],
  ] as const) {
    assert.equal(nounKind(noun), kind, noun);
  }
  assert.equal(nounKind('betrag'), null);
  assert.equal(nounKind('dienst'), null);
});

test('the truncated parts of a compound belong to the phrase of the noun that completes them', () => {
  const { tokens } = analyse('die Klima-, Energie- und Verkehrspolitik');
  const phrase = nounPhraseAt(tokens, 0);
  assert.equal(phrase && tokens[phrase.end - 1]!.text, 'Verkehrspolitik');
});
