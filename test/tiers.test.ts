// The quick tier's limits hold wherever a quick file runs: what belongs to the full tier is refused
// (scripts/test.mjs compiles this file as one of the quick tier).
// Tier: quick
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser } from './support/browser.ts';
import { runCli } from './support/cli.ts';
import { openTestStore } from './support/dialects.ts';
import { startServer } from './support/server.ts';
import { QUICK_TIER } from './support/tier.ts';

test('this file knows it is in the quick tier', () => {
  assert.equal(QUICK_TIER, true);
});

test('a quick file gets no real port, no process and no browser', async () => {
  const { store, close } = await openTestStore('sqlite');
  try {
    await assert.rejects(startServer(store.db), /a server on a real port: not in the quick tier/);
    assert.throws(() => runCli(['migrate'], {}), /as a process: not in the quick tier/);
    assert.throws(() => launchBrowser(), /a browser: not in the quick tier/);
  } finally {
    await close();
  }
});
