import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stemMatchers } from './stem-matcher.ts';

/** One list: whether a noun ends in one of `heads`. */
const stemMatcher = (heads: readonly string[], compoundOnly: readonly string[] = []) =>
  stemMatchers({ heads: { heads, compoundOnly } }).heads;

test('a head noun matches its inflected forms and the compounds it ends', () => {
  const agency = stemMatcher(['agentur', 'anspruch', 'stiftung']);
  for (const word of ['agentur', 'agenturen', 'jugendberufsagenturen', 'ansprüche', 'rechtsanspruch', 'verbrauchsstiftung']) {
    assert.ok(agency(word), word);
  }
  assert.ok(!agency('agenda'));
});

test('a derived noun does not match a head it only shares a stem with', () => {
  const stelle = stemMatcher(['stelle', 'vereinbarung']);
  assert.ok(stelle('koordinierungsstelle'));
  assert.ok(!stelle('gleichstellung'), '"Gleichstellung" is no "Stelle"');
  assert.ok(!stelle('vereinbarkeit'), '"Vereinbarkeit" is no "Vereinbarung"');
});

test('a compound-only head counts only as the last part of a compound', () => {
  const target = stemMatcher(['ziel'], ['ziel']);
  assert.ok(target('klimaziele'));
  assert.ok(!target('ziele'));
});

test('lists that share one index answer independently, each with its own compound-only heads', () => {
  const { law, body, target } = stemMatchers({
    law: { heads: ['gesetz', 'recht'] },
    body: { heads: ['agentur', 'stelle'] },
    target: { heads: ['ziel'], compoundOnly: ['ziel'] },
  });
  assert.ok(law('klimaschutzgesetz') && !body('klimaschutzgesetz') && !target('klimaschutzgesetz'));
  assert.ok(body('meldestellen') && !law('meldestellen'));
  assert.ok(target('klimaziele') && !target('ziele'));
  assert.ok(!law('agenda') && !body('agenda') && !target('agenda'));
});
