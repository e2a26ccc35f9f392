import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareByEffect, ratingAt, statusAt, statusHistory, type StatusEvent } from './status-history.ts';

const published = '2024-01-01T00:00:00Z';

function event(id: number, eventDate: string, change: Partial<StatusEvent>): StatusEvent {
  return { id, eventDate, publishedAt: published, statusChange: null, ratingChange: null, ...change };
}

const events: StatusEvent[] = [
  event(3, '2023-05-10', { statusChange: 'partially_implemented', ratingChange: 3 }),
  event(1, '2022-02-01', { statusChange: 'in_progress' }),
  event(2, '2022-09-15', { ratingChange: 2 }),
  event(4, '2024-03-01', { statusChange: 'implemented', publishedAt: null }),
];

test('a pledge without updates has not started', () => {
  assert.equal(statusAt([]), 'not_started');
  assert.equal(ratingAt([]), null);
});

test('status at a date follows event dates, not the order of entry', () => {
  assert.equal(statusAt(events, '2022-01-31'), 'not_started');
  assert.equal(statusAt(events, '2022-02-01'), 'in_progress');
  assert.equal(statusAt(events, '2023-05-09'), 'in_progress');
  assert.equal(statusAt(events, '2023-05-10'), 'partially_implemented');
});

test('drafts never count', () => {
  assert.equal(statusAt(events), 'partially_implemented');
  assert.equal(statusAt(events, '2030-01-01'), 'partially_implemented');
});

test('an update that changes only the rating keeps the status', () => {
  assert.equal(statusAt(events, '2022-12-31'), 'in_progress');
  assert.equal(ratingAt(events, '2022-12-31'), 2);
  assert.equal(ratingAt(events), 3);
});

test('two updates on the same day take effect in the order they were entered', () => {
  const sameDay = [event(8, '2022-01-01', { statusChange: 'broken' }), event(7, '2022-01-01', { statusChange: 'implemented' })];
  assert.equal(statusAt(sameDay), 'broken');
});

test('status history lists each change once, oldest first', () => {
  const repeated = [...events, event(5, '2023-06-01', { statusChange: 'partially_implemented' })];
  assert.deepEqual(statusHistory(repeated), [
    { date: '2022-02-01', from: 'not_started', to: 'in_progress', developmentId: 1 },
    { date: '2023-05-10', from: 'in_progress', to: 'partially_implemented', developmentId: 3 },
  ]);
});

test('developments take effect by event date, then in the order they were entered', () => {
  const keys = [
    { eventDate: '2023-01-02', id: 1 },
    { eventDate: '2023-01-01', id: 9 },
    { eventDate: '2023-01-01', id: 3 },
  ];
  assert.deepEqual([...keys].sort(compareByEffect), [
    { eventDate: '2023-01-01', id: 3 },
    { eventDate: '2023-01-01', id: 9 },
    { eventDate: '2023-01-02', id: 1 },
  ]);
});
