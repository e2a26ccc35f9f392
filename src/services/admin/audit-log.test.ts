import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { AUDIT_PAGE_SIZE, diffStates, parseAuditFilter, startOfDay } from './audit-log.ts';

describe('diffStates', () => {
  test('lists only the fields whose values differ', () => {
    assert.deepEqual(diffStates({ title: 'Alt', body: 'gleich', sources: ['a'] }, { title: 'Neu', body: 'gleich', sources: ['a', 'b'] }), [
      { field: 'title', before: 'Alt', after: 'Neu' },
      { field: 'sources', before: ['a'], after: ['a', 'b'] },
    ]);
  });

  test('a creation shows every new field, a deletion every old one', () => {
    assert.deepEqual(diffStates(null, { status: 'open', reason: null }), [{ field: 'status', before: null, after: 'open' }]);
    assert.deepEqual(diffStates({ disabled: true }, null), [{ field: 'disabled', before: true, after: null }]);
    assert.deepEqual(diffStates(null, null), []);
  });

  test('a state that is no object is one field', () => {
    assert.deepEqual(diffStates('vorher', 'nachher'), [{ field: 'wert', before: 'vorher', after: 'nachher' }]);
  });
});

describe('parseAuditFilter', () => {
  test('reads the filter from the URL', () => {
    const { filter, problems } = parseAuditFilter({
      user: '7',
      entityType: 'suggestion',
      action: 'suggestion.reject',
      from: '2026-03-01',
      to: '2026-03-31',
      before: '120',
    });
    assert.deepEqual(problems, []);
    assert.deepEqual(filter, {
      userId: 7,
      entityType: 'suggestion',
      action: 'suggestion.reject',
      since: '2026-02-28T23:00:00.000Z',
      until: '2026-03-31T22:00:00.000Z',
      beforeId: 120,
      limit: AUDIT_PAGE_SIZE + 1,
    });
  });

  test('values that do not fit are reported by field and left out, never thrown', () => {
    const { filter, values, problems } = parseAuditFilter({
      user: 'x',
      entityType: "'; drop table",
      action: 'A'.repeat(500),
      from: '2026-02-30',
      to: '1.3.2026',
      before: '99999999999999',
    });
    assert.deepEqual(
      problems.map((problem) => problem.field),
      ['user', 'entityType', 'action', 'from', 'to', 'before'],
    );
    assert.deepEqual(filter, {
      userId: undefined,
      entityType: undefined,
      action: undefined,
      since: undefined,
      until: undefined,
      beforeId: undefined,
      limit: AUDIT_PAGE_SIZE + 1,
    });
    assert.equal(values.action.length, 100, 'echoed values are cut short');
  });

  test('empty values mean no filter', () => {
    assert.deepEqual(parseAuditFilter({ user: '', from: ' ' }).problems, []);
  });
});

test('a day of the filter is a day in Berlin, summer time included', () => {
  assert.equal(startOfDay('2026-01-15'), '2026-01-14T23:00:00.000Z');
  assert.equal(startOfDay('2026-07-15'), '2026-07-14T22:00:00.000Z');
  assert.equal(startOfDay('2026-03-29'), '2026-03-28T23:00:00.000Z', 'the day the clocks go forward');
  assert.equal(startOfDay('2026-03-29', 1), '2026-03-29T22:00:00.000Z');
  assert.equal(startOfDay('2026-10-25', 1), '2026-10-25T23:00:00.000Z', 'the day the clocks go back');
  assert.equal(startOfDay('2026-12-31', 1), '2026-12-31T23:00:00.000Z');
});
