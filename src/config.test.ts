import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError, configWarnings, loadConfig } from './config.ts';

test('SESSION_SECRET is passed on; without it every load draws its own, as separate processes would', () => {
  const secret = 'ein-geheimnis-mit-mindestens-32-zeichen';
  assert.equal(loadConfig({ SESSION_SECRET: secret }).sessionSecret, secret);
  const [first, second] = [loadConfig({}).sessionSecret, loadConfig({}).sessionSecret];
  assert.ok(first.length >= 32);
  assert.notEqual(first, second);
  assert.throws(() => loadConfig({ SESSION_SECRET: 'zu-kurz' }), (error) => error instanceof ConfigError && /SESSION_SECRET: must be at least 32 characters/.test(error.message));
});

test('a server on PostgreSQL without SESSION_SECRET is warned that instances count the rate limit apart', () => {
  const postgres = 'postgres://kt@db.example/kt';
  assert.match(configWarnings(loadConfig({ DATABASE_URL: postgres })).join(), /SESSION_SECRET is not set/);
  assert.deepEqual(configWarnings(loadConfig({ DATABASE_URL: postgres, SESSION_SECRET: 'ein-geheimnis-mit-mindestens-32-zeichen' })), []);
  assert.deepEqual(configWarnings(loadConfig({ DATABASE_URL: 'sqlite:data/x.db' })), [], 'SQLite serves one instance');
});
