// The content version known without a query, on both databases: it follows every change made through
// another connection, and while this process may be writing it is not known at all.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DIALECTS, openTestStore } from '../../test/support/dialects.ts';
import { readContentVersion } from './content-version.ts';
import { openContentVersionSignal, type ContentVersionSignal } from './content-version-signal.ts';
import { openStore, type Db } from './database.ts';

/** A change to public content, as any instance makes one: the triggers raise the version. */
const change = (db: Db, slug: string) => db.insertInto('topics').values({ slug, name: slug }).execute();

/** The turn in which the signal read the version is over (SQLite reads once per turn). */
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/** PostgreSQL tells the signal by NOTIFY, after the commit; SQLite's signal reads the row. */
async function heard(signal: ContentVersionSignal, version: number): Promise<void> {
  for (let turn = 0; signal.current() !== version; turn++) {
    assert.ok(turn < 10_000, `still ${signal.current()}, not ${version}`);
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

for (const dialect of DIALECTS) {
  describe(`content version signal (${dialect})`, () => {
    test('follows changes made through another connection', async () => {
      const database = await openTestStore(dialect);
      const other = await openStore(database.url);
      const signal = (await openContentVersionSignal(database.url))!;
      try {
        assert.equal(signal.current(), await readContentVersion(database.store.db));
        await change(other.db, 'erste');
        await nextTurn();
        const raised = await readContentVersion(database.store.db);
        if (dialect === 'sqlite') assert.equal(signal.current(), raised, 'at once: the row is read');
        else await heard(signal, raised);
        await change(other.db, 'zweite');
        await nextTurn();
        await heard(signal, await readContentVersion(database.store.db));
      } finally {
        await signal.close();
        await other.close();
        await database.close();
      }
    });

    test(
      'says nothing while a request of this process may be writing, and the new version once it is done',
      { skip: dialect === 'sqlite' && 'SQLite reads every commit at once' },
      async () => {
        const database = await openTestStore(dialect);
        const signal = (await openContentVersionSignal(database.url))!;
        try {
          const before = signal.current()!;
          const done = signal.writing();
          assert.equal(signal.current(), undefined);
          await change(database.store.db, 'dritte');
          done();
          done(); // twice is once
          assert.equal(signal.current(), undefined, 'not before the version is read again');
          await heard(signal, await readContentVersion(database.store.db));
          assert.ok(signal.current()! > before);
        } finally {
          await signal.close();
          await database.close();
        }
      },
    );
  });
}
