import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clientKey } from './client-key.ts';

const SECRET = 'ein-geheimnis-mit-mindestens-32-zeichen';
const morning = new Date('2024-03-01T06:00:00Z');
const evening = new Date('2024-03-01T22:00:00Z');
const nextDay = new Date('2024-03-02T06:00:00Z');

test('the same secret, address and day give the same key, wherever it is computed', () => {
  assert.equal(clientKey(SECRET, '192.0.2.1', morning), clientKey(SECRET, '192.0.2.1', evening));
  assert.match(clientKey(SECRET, '192.0.2.1', morning), /^[\w-]{32}$/);
});

test('the key changes with the day, the address and the secret, and holds no address', () => {
  const key = clientKey(SECRET, '192.0.2.1', morning);
  assert.notEqual(clientKey(SECRET, '192.0.2.1', nextDay), key);
  assert.notEqual(clientKey(SECRET, '192.0.2.2', morning), key);
  assert.notEqual(clientKey(`${SECRET}!`, '192.0.2.1', morning), key);
  assert.ok(!key.includes('192.0.2.1'));
});
