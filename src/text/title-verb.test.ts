import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractCandidates } from './extract.ts';
import { ACTION_NOUNS } from './lexicon.ts';
import { NOUN_VERBS } from './title-verb.ts';

test('every action noun that heads a verbless item has the verb its title needs', () => {
  const missing = [...ACTION_NOUNS].filter((noun) => !NOUN_VERBS.has(noun));
  assert.deepEqual(missing, []);
});

test('a verbless item is titled with the verb of its action noun; a copula names no measure', () => {
  const [prevention] = extractCandidates('Verhinderung von Steuerhinterziehung durch Schließung von Steuerschlupflöchern.');
  assert.equal(prevention?.title, 'Steuerhinterziehung verhindern');
  const [refusal] = extractCandidates('Eine Privatisierung der Straßeninfrastruktur bleibt ausgeschlossen.');
  assert.equal(refusal?.title, 'Privatisierung der Straßeninfrastruktur');
});
