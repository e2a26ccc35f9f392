import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isRating, parseStatus, toOkfStatus, STATUSES } from './status.ts';

test('OKF and FragDenStaat values map onto our vocabulary', () => {
  assert.equal(parseStatus('not_implemented'), 'not_started');
  assert.equal(parseStatus('partially_implemented'), 'partially_implemented');
  assert.equal(parseStatus('Teilweise umgesetzt'), 'partially_implemented');
  assert.equal(parseStatus('Zurückgestellt'), 'deferred');
  assert.equal(parseStatus(' begonnen '), 'in_progress');
});

test('unknown values are not guessed', () => {
  assert.equal(parseStatus('vielleicht'), undefined);
  assert.equal(parseStatus(''), undefined);
});

test('every status survives the trip through the OKF file', () => {
  for (const status of STATUSES) assert.equal(parseStatus(toOkfStatus(status)), status);
  assert.equal(toOkfStatus('not_started'), 'not_implemented');
});

test('ratings are whole numbers from 1 to 5', () => {
  assert.ok(isRating(1) && isRating(5));
  assert.ok(!isRating(0) && !isRating(6) && !isRating(2.5) && !isRating('3'));
});
