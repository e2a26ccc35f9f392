import { test } from 'node:test';
import assert from 'node:assert/strict';
import { termProgress } from './term.ts';

test('term progress counts days from the first day of the term', () => {
  assert.deepEqual(termProgress('2021-12-08', '2025-12-07', new Date('2021-12-08T12:00:00Z')), {
    start: '2021-12-08',
    end: '2025-12-07',
    days: 1461,
    day: 1,
    percent: 0,
  });
  assert.equal(termProgress('2021-12-08', '2025-12-07', new Date('2023-12-07T00:00:00Z')).percent, 50);
});

test('before the term nothing has passed, after it everything', () => {
  assert.equal(termProgress('2030-01-01', '2033-12-31', new Date('2026-01-01')).day, 0);
  const over = termProgress('2021-12-08', '2025-05-06', new Date('2026-11-27'));
  assert.equal(over.day, over.days);
  assert.equal(over.percent, 100);
});
