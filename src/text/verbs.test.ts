import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractCandidates } from './extract.ts';
import { tokenize } from './tokens.ts';
import { isParticiple, joinedZuInfinitive } from './verbs.ts';

const word = (text: string) => tokenize(text, 0)[0];

test('adverbs in -t are no participles', () => {
  assert.equal(isParticiple(word('eingeführt')), true);
  assert.equal(isParticiple(word('insgesamt')), false);
  assert.equal(isParticiple(word('statt')), false, 'a preposition, not "gestattet"');
  assert.equal(isParticiple(word('nicht')), false);
  const [candidate] = extractCandidates(
    'Der neue Teilzeitanspruch gilt nur für Unternehmen, die insgesamt mehr als 45 Mitarbeiter beschäftigen.',
  );
  assert.ok(!candidate?.title.includes('insgesam'), candidate?.title);
});

test('"sicher" joins its verb before "zu" as a particle does', () => {
  assert.equal(joinedZuInfinitive('sicherzustellen'), 'sicherstellen');
  assert.equal(joinedZuInfinitive('einzuführen'), 'einführen');
  assert.equal(joinedZuInfinitive('sicherlich'), undefined);
});
