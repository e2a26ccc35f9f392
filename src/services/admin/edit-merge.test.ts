// Saving Vorhaben from forms loaded from an older version: merged, never reverted (developments:
// edit-merge-developments.test.ts).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { EditConflictError, type EditConflict } from '../../domain/errors.ts';
import { findPledgeBySlug, updatePledge } from '../../store/pledges.ts';
import { findOrCreateTerm } from '../../store/vocabularies.ts';
import { seenWaitingForLock } from '../../../test/support/archive-lock.ts';
import { withTestStore, DIALECTS } from '../../../test/support/dialects.ts';
import { dumpDatabase } from '../../../test/support/dump.ts';
import { seedSite } from '../../../test/support/site-fixture.ts';
import { conflictOf, editors, later } from '../../../test/support/edit-conflicts.ts';
import { loadPledgeEditor, savePledge, type PledgeFormValues } from './pledges.ts';

/** The pledge form as a browser submits it: fields, version, the hidden base, decisions. */
function pledgeInput(values: PledgeFormValues, base: object | null, extra: Record<string, string> = {}): Record<string, string> {
  const { published, version, ...fields } = values;
  return {
    ...fields,
    version: String(version),
    ...(published ? { published: '1' } : {}),
    ...(base ? { base: JSON.stringify(base) } : {}),
    ...extra,
  };
}

/** The conflict page's form as the editor sends it back, with their decisions. */
function resolved(conflict: EditConflict<PledgeFormValues>, decisions: Record<string, string> = {}): Record<string, string> {
  const asked = conflict.conflicts.join(',');
  return pledgeInput({ ...conflict.values, version: conflict.version }, conflict.base, {
    ...(asked ? { asked } : {}),
    ...Object.fromEntries(Object.entries(decisions).map(([unit, choice]) => [`decision_${unit}`, choice])),
  });
}

for (const dialect of DIALECTS) {
  describe(`saving a form loaded from an older version (${dialect})`, () => {
    test('Vorhaben: changes to different fields both survive; the conflict names who changed what', () =>
      withTestStore(dialect, async (store) => {
        await seedSite(store);
        const { a, b } = await editors(store);
        const loaded = (await loadPledgeEditor(store.db, b, 'verschluesselung')).values;
        await savePledge(
          store.db,
          a,
          'verschluesselung',
          pledgeInput({ ...loaded, partner: 'Open Knowledge Foundation' }, loaded),
          later(1),
        );

        const before = await dumpDatabase(store.db);
        const conflict = await conflictOf<PledgeFormValues>(
          savePledge(
            store.db,
            b,
            'verschluesselung',
            pledgeInput({ ...loaded, success_criterion: 'erfüllt, wenn B zufrieden ist' }, loaded),
            later(2),
          ),
        );
        assert.deepEqual(await dumpDatabase(store.db), before, 'nothing saved before the editor has seen the merge');
        assert.deepEqual(
          [conflict.mine, conflict.theirs, conflict.conflicts, conflict.undecided],
          [['success_criterion'], ['partner'], [], false],
        );
        assert.equal(conflict.values.partner, 'Open Knowledge Foundation', 'the form shows the other editor’s partner');
        assert.equal(conflict.values.success_criterion, 'erfüllt, wenn B zufrieden ist', 'with this editor’s change on top');
        assert.deepEqual(conflict.changes.partner, { userId: a.id, email: 'anna@example.org', at: later(1).toISOString() });

        await savePledge(store.db, b, 'verschluesselung', resolved(conflict), later(3));
        const saved = (await loadPledgeEditor(store.db, b, 'verschluesselung')).values;
        assert.equal(saved.partner, 'Open Knowledge Foundation');
        assert.equal(saved.success_criterion, 'erfüllt, wenn B zufrieden ist');
      }));

    test('Vorhaben: the same field changed by both saves nothing until the editor decides; then the choice and the other changes stay', () =>
      withTestStore(dialect, async (store) => {
        await seedSite(store);
        const { a, b } = await editors(store);
        const loaded = (await loadPledgeEditor(store.db, b, 'verschluesselung')).values;
        await savePledge(
          store.db,
          a,
          'verschluesselung',
          pledgeInput({ ...loaded, title: 'Titel von Anna', partner: 'Digitalcourage' }, loaded),
          later(1),
        );
        const mine = { ...loaded, title: 'Titel von Bernd', deadline: '2026-01-31' };

        const first = await conflictOf<PledgeFormValues>(savePledge(store.db, b, 'verschluesselung', pledgeInput(mine, loaded), later(2)));
        assert.deepEqual([first.conflicts, first.mine, first.theirs, first.undecided], [['title'], ['deadline'], ['partner'], false]);
        assert.equal(first.current.title, 'Titel von Anna');
        assert.equal(first.changes.title?.email, 'anna@example.org');

        const before = await dumpDatabase(store.db);
        const again = await conflictOf<PledgeFormValues>(savePledge(store.db, b, 'verschluesselung', resolved(first), later(3)));
        assert.deepEqual([again.conflicts, again.undecided], [['title'], true], 'sent back without a decision: asked again');
        const forged = await conflictOf<PledgeFormValues>(
          savePledge(store.db, b, 'verschluesselung', { ...resolved(first), decision_title: 'beides' }, later(3)),
        );
        assert.deepEqual(forged.conflicts, ['title'], 'only mine or theirs decide');
        assert.deepEqual(await dumpDatabase(store.db), before, 'nothing saved while undecided');

        await savePledge(store.db, b, 'verschluesselung', resolved(first, { title: 'theirs' }), later(4));
        const pledge = (await loadPledgeEditor(store.db, b, 'verschluesselung')).values;
        assert.deepEqual([pledge.title, pledge.partner, pledge.deadline], ['Titel von Anna', 'Digitalcourage', '2026-01-31']);
      }));

    test('Vorhaben: a decision counts only against the version it was made on; "mine" wins when taken', () =>
      withTestStore(dialect, async (store) => {
        await seedSite(store);
        const { a, b } = await editors(store);
        const loaded = (await loadPledgeEditor(store.db, b, 'verschluesselung')).values;
        await savePledge(store.db, a, 'verschluesselung', pledgeInput({ ...loaded, title: 'Titel von Anna' }, loaded), later(1));
        const first = await conflictOf<PledgeFormValues>(
          savePledge(store.db, b, 'verschluesselung', pledgeInput({ ...loaded, title: 'Titel von Bernd' }, loaded), later(2)),
        );
        const newer = (await loadPledgeEditor(store.db, a, 'verschluesselung')).values;
        await savePledge(store.db, a, 'verschluesselung', pledgeInput({ ...newer, topics: 'Sicherheit' }, newer), later(3));

        const second = await conflictOf<PledgeFormValues>(
          savePledge(store.db, b, 'verschluesselung', resolved(first, { title: 'mine' }), later(4)),
        );
        assert.deepEqual(
          [second.conflicts, second.theirs, second.undecided],
          [['title'], ['topics'], false],
          'decided against an older version: asked again',
        );
        await savePledge(store.db, b, 'verschluesselung', resolved(second, { title: 'mine' }), later(5));
        const pledge = (await loadPledgeEditor(store.db, b, 'verschluesselung')).values;
        assert.deepEqual([pledge.title, pledge.topics], ['Titel von Bernd', 'Sicherheit']);
      }));

    test('Vorhaben: an old form without a base never overwrites; every field that differs needs a decision', () =>
      withTestStore(dialect, async (store) => {
        await seedSite(store);
        const { a, b } = await editors(store);
        const loaded = (await loadPledgeEditor(store.db, b, 'verschluesselung')).values;
        await savePledge(
          store.db,
          a,
          'verschluesselung',
          pledgeInput({ ...loaded, partner: 'Open Knowledge Foundation' }, loaded),
          later(1),
        );
        const before = await dumpDatabase(store.db);
        const conflict = await conflictOf<PledgeFormValues>(
          savePledge(store.db, b, 'verschluesselung', pledgeInput({ ...loaded, deadline: '2027-01-01' }, null), later(2)),
        );
        assert.deepEqual([conflict.conflicts.sort(), conflict.mine, conflict.theirs], [['deadline', 'partner'], [], []]);
        assert.deepEqual(await dumpDatabase(store.db), before);
        await savePledge(store.db, b, 'verschluesselung', resolved(conflict, { partner: 'theirs', deadline: 'mine' }), later(3));
        const pledge = (await loadPledgeEditor(store.db, b, 'verschluesselung')).values;
        assert.deepEqual([pledge.partner, pledge.deadline], ['Open Knowledge Foundation', '2027-01-01']);
      }));

    test('Vorhaben: a form of the current version, or of an older one whose fields nobody changed, saves at once', () =>
      withTestStore(dialect, async (store) => {
        await seedSite(store);
        const { a, b } = await editors(store);
        const loaded = (await loadPledgeEditor(store.db, b, 'verschluesselung')).values;
        await savePledge(store.db, a, 'verschluesselung', pledgeInput(loaded, loaded), later(1));
        assert.equal(
          (await findPledgeBySlug(store.db, 'verschluesselung'))!.version,
          loaded.version + 1,
          'saving unchanged values counts a version',
        );
        await savePledge(store.db, b, 'verschluesselung', pledgeInput({ ...loaded, title: 'Neuer Titel' }, loaded), later(2));
        assert.equal((await findPledgeBySlug(store.db, 'verschluesselung'))!.title, 'Neuer Titel');
        const current = (await loadPledgeEditor(store.db, b, 'verschluesselung')).values;
        await savePledge(store.db, b, 'verschluesselung', pledgeInput({ ...current, title: 'Ohne Base' }, null), later(3));
        assert.equal(
          (await findPledgeBySlug(store.db, 'verschluesselung'))!.title,
          'Ohne Base',
          'a form without a base of the current version saves as before',
        );
      }));

    test(
      'Vorhaben: a save that starts while another is being written waits for it and merges with it',
      { skip: dialect === 'sqlite' && 'SQLite writes one transaction at a time' },
      () =>
        withTestStore(dialect, async (store) => {
          await seedSite(store);
          const { b } = await editors(store);
          const loaded = (await loadPledgeEditor(store.db, b, 'verschluesselung')).values;
          let release!: () => void;
          const held = new Promise<void>((resolve) => (release = resolve));
          let wrote!: () => void;
          const hasWritten = new Promise<void>((resolve) => (wrote = resolve));
          // Another editor's save, caught between its write and its commit.
          const first = store.db.transaction().execute(async (trx) => {
            const pledge = (await findPledgeBySlug(trx, 'verschluesselung'))!;
            await updatePledge(trx, pledge.id, { partner_id: await findOrCreateTerm(trx, 'organisations', 'Open Knowledge Foundation') });
            wrote();
            await held;
          });
          await hasWritten;
          let finished = false;
          const second = savePledge(
            store.db,
            b,
            'verschluesselung',
            pledgeInput({ ...loaded, success_criterion: 'erfüllt, wenn B es sagt' }, loaded),
            later(2),
          )
            .then(
              () => 'saved',
              (error: unknown) => error,
            )
            .finally(() => (finished = true));
          assert.ok(await seenWaitingForLock(store.db, () => finished), 'the second save waits for the first');
          release();
          await first;
          const outcome = await second;
          assert.ok(outcome instanceof EditConflictError, 'and then sees it as a newer version');
          assert.deepEqual((outcome as EditConflictError<PledgeFormValues>).conflict.theirs, ['partner']);
          assert.equal(
            (await loadPledgeEditor(store.db, b, 'verschluesselung')).values.partner,
            'Open Knowledge Foundation',
            'nothing reverted',
          );
        }),
    );
  });
}
