// Saving developments from forms loaded from an older version: merged, never reverted.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from '../../store/database.ts';
import { findPledgeBySlug } from '../../store/pledges.ts';
import { findDevelopmentById, listDevelopmentsOfPledge } from '../../store/developments.ts';
import { withTestStore, DIALECTS } from '../../../test/support/dialects.ts';
import { dumpDatabase } from '../../../test/support/dump.ts';
import { seedSite, today } from '../../../test/support/site-fixture.ts';
import { conflictOf, editors, later, submitted } from '../../../test/support/edit-conflicts.ts';
import {
  createDevelopment,
  saveDevelopment,
  setDevelopmentPublished,
  developmentFormInput,
  developmentFormValues,
  type DevelopmentFormValues,
} from './developments.ts';

/** The development form as a browser submits it: fields, version, the hidden base, decisions. */
function developmentInput(values: DevelopmentFormValues, base: object | null, extra: Record<string, string> = {}) {
  return submitted(developmentFormInput(values), base, extra);
}

for (const dialect of DIALECTS) {
  describe(`saving a development form loaded from an older version (${dialect})`, () => {
    test('Entwicklung: text and sources merge; a stale "save as draft" does not withdraw what another editor published', () =>
      withTestStore(dialect, async (store) => {
        await seedSite(store);
        const { a, b } = await editors(store);
        const draft = {
          event_date: '2023-12-01',
          title: 'Entwurf',
          body: '',
          source_url: 'https://example.org/a',
          source_title: 'Quelle A',
        };
        const id = await createDevelopment(store.db, a, 'verschluesselung', draft, 'draft', today);
        const loaded = developmentFormValues((await findDevelopmentById(store.db, id))!);
        await saveDevelopment(store.db, a, id, developmentInput({ ...loaded, body: 'Text von Anna' }, loaded), 'draft', later(1));
        await setDevelopmentPublished(store.db, a, id, true, later(2));

        const before = await dumpDatabase(store.db);
        const conflict = await conflictOf<DevelopmentFormValues>(
          saveDevelopment(store.db, b, id, developmentInput({ ...loaded, title: 'Titel von Bernd' }, loaded), 'draft', later(3)),
        );
        assert.deepEqual(await dumpDatabase(store.db), before);
        assert.deepEqual([conflict.mine, conflict.theirs.sort(), conflict.conflicts], [['title'], ['body', 'published'], []]);
        assert.equal(conflict.changes.published?.email, 'anna@example.org', 'publishing is found in the audit log too');
        assert.equal(conflict.values.published, true);

        await saveDevelopment(
          store.db,
          b,
          id,
          developmentInput({ ...conflict.values, version: conflict.version }, conflict.base),
          'keep',
          later(4),
        );
        const saved = (await findDevelopmentById(store.db, id))!;
        assert.deepEqual([saved.title, saved.body, saved.published_at], ['Titel von Bernd', 'Text von Anna', later(2).toISOString()]);
      }));

    test('Entwicklung: sources are one field; both changing them needs a decision', () =>
      withTestStore(dialect, async (store) => {
        await seedSite(store);
        const { a, b } = await editors(store);
        const id = (await anyDevelopment(store)).id;
        const loaded = developmentFormValues((await findDevelopmentById(store.db, id))!);
        const source = (title: string) => ({ url: `https://example.org/${title}`, title, publisher: '', date: '' });
        await saveDevelopment(
          store.db,
          a,
          id,
          developmentInput({ ...loaded, sources: [...loaded.sources, source('Anna')] }, loaded),
          'keep',
          later(1),
        );
        const mine = { ...loaded, sources: [source('Bernd')], status_change: 'deferred' };
        const conflict = await conflictOf<DevelopmentFormValues>(
          saveDevelopment(store.db, b, id, developmentInput(mine, loaded), 'keep', later(2)),
        );
        assert.deepEqual([conflict.conflicts, conflict.mine], [['sources'], ['status_change']]);
        const back = (decision?: string) =>
          developmentInput({ ...conflict.values, version: conflict.version }, conflict.base, {
            asked: 'sources',
            ...(decision ? { decision_sources: decision } : {}),
          });
        assert.equal((await conflictOf<DevelopmentFormValues>(saveDevelopment(store.db, b, id, back(), 'keep', later(3)))).undecided, true);
        await saveDevelopment(store.db, b, id, back('mine'), 'keep', later(4));
        const saved = (await findDevelopmentById(store.db, id))!;
        assert.deepEqual([saved.sources.map((row) => row.title), saved.status_change], [['Bernd'], 'deferred']);
      }));
  });
}

/** One of the seeded developments of `verschluesselung`. */
async function anyDevelopment(store: Store) {
  const pledge = (await findPledgeBySlug(store.db, 'verschluesselung'))!;
  const developments = await listDevelopmentsOfPledge(store.db, pledge.id);
  return developments.reduce((first, development) => (development.id < first.id ? development : first));
}
