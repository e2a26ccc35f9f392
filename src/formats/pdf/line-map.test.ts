import { test } from 'node:test';
import assert from 'node:assert/strict';
import { citationOf, formatLineMap, LineMapError, parseLineMap, positionOf } from './line-map.ts';

const lines = [
  { offset: 1, page: 12, number: 345 },
  { offset: 40, page: 12, number: 346 },
  { offset: 90, page: 13, number: 347 },
  { offset: 130, page: 13, number: null },
];

test('writes runs of a page with consecutive numbers compactly, and reads them back', () => {
  const text = formatLineMap(lines);
  assert.equal(text, 'p12:345 1 40 p13:347 90 p13 130');
  assert.deepEqual(parseLineMap(text, 200), lines);
});

test('finds the page and printed lines of a span', () => {
  assert.deepEqual(positionOf(lines, 5, 60), { page: 12, lastPage: 12, lines: { from: 345, to: 346 } });
  assert.deepEqual(positionOf(lines, 45, 95), { page: 12, lastPage: 13, lines: { from: 346, to: 347 } });
  assert.deepEqual(positionOf(lines, 135, 140), { page: 13, lastPage: 13, lines: null });
  assert.equal(positionOf([], 0, 1), null);
  assert.equal(citationOf(positionOf(lines, 5, 60)!), 'S. 12, Z. 345–346');
  assert.equal(citationOf(positionOf(lines, 45, 95)!), 'S. 12–13, Z. 346–347');
  assert.equal(citationOf({ page: 4, lastPage: 4, lines: { from: 9, to: 9 } }), 'S. 4, Z. 9');
  assert.equal(citationOf(positionOf(lines, 135, 140)!), 'S. 13');
});

test('refuses a map that does not fit its text', () => {
  assert.throws(() => parseLineMap('0 5', 10), LineMapError);
  assert.throws(() => parseLineMap('p1 5 3', 10), /comes before/);
  assert.throws(() => parseLineMap('p1 50', 10), /past the end/);
  assert.throws(() => parseLineMap('p1 x', 10), /neither a page/);
});
