import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isNewerThanTracker, latestKnownChange } from './statement-date.ts';

test('the tracker knows the later of its last edit and its latest development', () => {
  assert.equal(latestKnownChange('2026-12-07', '2026-11-01'), '2026-12-07');
  assert.equal(latestKnownChange('2021-11-30', '2023-05-01'), '2023-05-01');
  assert.equal(latestKnownChange(null, '2023-05-01'), '2023-05-01');
  assert.equal(latestKnownChange(null, null), null);
});

test('only a later day is news; the same day, an older one or none is not', () => {
  assert.equal(isNewerThanTracker('2026-12-08', '2026-12-07'), true);
  assert.equal(isNewerThanTracker('2026-12-07', '2026-12-07'), false);
  assert.equal(isNewerThanTracker('2021-11-30', '2026-12-07'), false);
  assert.equal(isNewerThanTracker(null, '2026-12-07'), false);
  assert.equal(isNewerThanTracker(null, null), false);
  assert.equal(isNewerThanTracker('2021-11-30', null), true);
});
