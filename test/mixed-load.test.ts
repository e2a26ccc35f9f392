// A short mixed load: readers, editors, subscribers and suggesters at once against the real app
// for a few seconds; not one error, and every acknowledged write is in the database afterwards.
// (`bench/mixed-load.ts` runs the same for 60 s on the whole agreement.)
// Tier: full (load, over real sockets)
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createAccount, PASSWORD } from './support/admin-client.ts';
import { DIALECTS } from './support/dialects.ts';
import { runMixedLoad } from './support/mixed-load.ts';
import { testSite } from './support/site.ts';
import { CHAPTER, seedSite } from './support/site-fixture.ts';

for (const dialect of DIALECTS) {
  describe(`mixed load (${dialect})`, () => {
    const site = testSite(dialect, { seed: seedSite, http: true });

    test('5 s of reads and writes: no errors, no lost writes', async () => {
      const editors = [
        { email: await createAccount(site.db, 'editor'), password: PASSWORD },
        { email: await createAccount(site.db, 'editor'), password: PASSWORD },
      ];
      const result = await runMixedLoad({
        base: site.app.url,
        db: site.db,
        seconds: 5,
        editors,
        pledgeSlugs: ['verschluesselung', 'dateninstitut'],
        chapterPaths: [CHAPTER],
        readers: { pages: 2, api: 1, search: 1 },
        writerPauseMs: 50,
      });
      assert.deepEqual(result.error_samples, []);
      assert.equal(result.errors, 0);
      assert.deepEqual(result.missing, []);
      for (const kind of ['development', 'pledge_edit', 'subscription', 'suggestion'] as const)
        assert.ok(
          result.acknowledged[
            kind === 'development'
              ? 'developments'
              : kind === 'pledge_edit'
                ? 'pledge_edits'
                : kind === 'subscription'
                  ? 'subscriptions'
                  : 'suggestions'
          ] > 0,
          `some ${kind}`,
        );
    });
  });
}
