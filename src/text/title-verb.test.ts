import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractCandidates } from './extract.ts';

test('a verbless item is titled with the verb of its action noun; a copula names no measure', () => {
  const [prevention] = extractCandidates('Verhinderung von Steuerhinterziehung durch Schließung von Steuerschlupflöchern.');
  assert.equal(prevention?.title, 'Steuerhinterziehung verhindern');
  const [refusal] = extractCandidates('Eine Privatisierung der Straßeninfrastruktur bleibt ausgeschlossen.');
  assert.equal(refusal?.title, 'Privatisierung der Straßeninfrastruktur');
});
