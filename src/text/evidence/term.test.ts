import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isWithinTerm } from './term.ts';

const term = { start: '2021-12-08', end: '2025-05-06' };

test('a document counts from the first to the last day of the term, both included', () => {
  assert.ok(isWithinTerm('2021-12-08', term));
  assert.ok(isWithinTerm('2024-07-23', term));
  assert.ok(isWithinTerm('2025-05-06', term));
  assert.ok(!isWithinTerm('2021-12-07', term), 'the Bundestag of the term met before the government was formed');
  assert.ok(!isWithinTerm('2025-07-22', term), 'a law of the next government');
});

test('a government in office has no end, and timestamps count by their day', () => {
  assert.ok(isWithinTerm('2031-01-01', { start: '2025-05-06', end: null }));
  assert.ok(isWithinTerm('2025-05-06T23:59:00+02:00', term));
});
