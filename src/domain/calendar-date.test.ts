import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isCalendarDate } from './calendar-date.ts';

test('days that exist are calendar dates', () => {
  for (const value of ['2021-01-31', '2024-02-29', '2000-02-29', '2021-04-30', '2021-12-31', '0001-01-01', '9999-12-31'])
    assert.ok(isCalendarDate(value), value);
});

test('days that do not exist, and other spellings, are not', () => {
  for (const value of [
    '2021-02-31',
    '2021-02-30',
    '2023-02-29',
    '1900-02-29',
    '2021-04-31',
    '2021-13-01',
    '2021-00-10',
    '2021-01-00',
    '0000-01-01',
    '2021-1-1',
    '31.12.2021',
    '2021-01-01T00:00:00Z',
    ' 2021-01-01',
    '2021-01-01\n',
    '',
  ]) {
    assert.ok(!isCalendarDate(value), value);
  }
});
