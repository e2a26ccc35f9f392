import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeEdit, mergeUnits, sameValue } from './edit-merge.ts';

const base = { version: 1, title: 'Alt', start: '1', end: '5', partner: '' };
const units = mergeUnits(base, { quote: ['start', 'end'] }, ['version']);

test('mergeUnits makes every field a unit except grouped and left-out ones', () => {
  assert.deepEqual(units, { title: ['title'], quote: ['start', 'end'], partner: ['partner'] });
});

test('changes to different fields are all kept', () => {
  const result = mergeEdit({
    base,
    mine: { ...base, title: 'Neu' },
    theirs: { ...base, version: 2, partner: 'OKF' },
    units,
    decisions: {},
  });
  assert.deepEqual(result.values, { version: 2, title: 'Neu', start: '1', end: '5', partner: 'OKF' });
  assert.deepEqual([result.mine, result.theirs, result.conflicts], [['title'], ['partner'], []]);
  assert.deepEqual(result.base, { title: 'Alt', start: '1', end: '5', partner: 'OKF' }, 'the merged form rests on the saved version');
});

test('the same field changed to different values is a conflict until decided; the same new value is none', () => {
  const mine = { ...base, title: 'Meins', partner: 'OKF' };
  const theirs = { ...base, title: 'Deins', partner: 'OKF' };
  const open = mergeEdit({ base, mine, theirs, units, decisions: {} });
  assert.deepEqual(open.conflicts, ['title']);
  assert.equal(open.values.title, 'Meins', 'the form shows the editor’s value at an open conflict');
  assert.equal(open.base.title, 'Alt', 'and keeps the old base there, so the conflict comes up again');
  assert.equal(mergeEdit({ base, mine, theirs, units, decisions: { title: 'theirs' } }).values.title, 'Deins');
  assert.equal(mergeEdit({ base, mine, theirs, units, decisions: { title: 'mine' } }).values.title, 'Meins');
});

test('grouped fields conflict as one', () => {
  const result = mergeEdit({ base, mine: { ...base, start: '2' }, theirs: { ...base, end: '9' }, units, decisions: {} });
  assert.deepEqual(result.conflicts, ['quote']);
  assert.deepEqual([result.values.start, result.values.end], ['2', '5']);
});

test('without a base every field that differs from the saved one is a conflict, and stays one', () => {
  const result = mergeEdit({ base: null, mine: { ...base, title: 'Meins' }, theirs: { ...base, partner: 'OKF' }, units, decisions: {} });
  assert.deepEqual(result.conflicts, ['title', 'partner']);
  assert.ok(!('title' in result.base) && !('partner' in result.base));
});

test('line breaks and surrounding space do not count as changes', () => {
  assert.ok(sameValue('a\r\nb ', 'a\nb'));
  assert.ok(sameValue([{ url: 'x', title: 'y' }], [{ title: 'y', url: 'x' }]));
  assert.ok(!sameValue('a', 'b'));
});
