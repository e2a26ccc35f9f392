import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isOverdue } from './overdue.ts';
import { STATUSES } from './status.ts';

const today = '2023-12-08';

test('a deadline before today makes a Vorhaben overdue while it is not settled', () => {
  assert.equal(isOverdue({ deadline: '2023-12-07', status: 'in_progress' }, today), true);
  assert.equal(isOverdue({ deadline: '2020-01-01', status: 'not_started' }, today), true);
});

test('the deadline day itself, later deadlines and no deadline are not overdue', () => {
  assert.equal(isOverdue({ deadline: today, status: 'in_progress' }, today), false);
  assert.equal(isOverdue({ deadline: '2024-01-01', status: 'in_progress' }, today), false);
  assert.equal(isOverdue({ deadline: null, status: 'not_started' }, today), false);
});

test('implemented and broken Vorhaben are settled, every other status can be overdue', () => {
  const overdue = STATUSES.filter((status) => isOverdue({ deadline: '2022-01-01', status }, today));
  assert.deepEqual(
    overdue,
    STATUSES.filter((status) => status !== 'implemented' && status !== 'broken'),
  );
});
