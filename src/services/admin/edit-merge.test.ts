// Saving Vorhaben from forms loaded from an older version: merged, never reverted (developments:
// edit-merge-developments.test.ts).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { EditConflictError, type EditConflict } from '../../domain/errors.ts';
import type { Actor } from '../../domain/roles.ts';
import type { Store } from '../../store/database.ts';
import { findPledgeBySlug, updatePledge } from '../../store/pledges.ts';
import { findOrCreateTerm } from '../../store/vocabularies.ts';
import { seenWaitingForLock } from '../../../test/support/archive-lock.ts';
import { withTestStore, DIALECTS } from '../../../test/support/dialects.ts';
import { dumpDatabase } from '../../../test/support/dump.ts';
import { seedSite } from '../../../test/support/site-fixture.ts';
import { conflictOf, editors, later, submitted } from '../../../test/support/edit-conflicts.ts';
import { loadPledgeEditor, pledgeFormInput, savePledge, type PledgeFormValues } from './pledges.ts';

/** The pledge form as a browser submits it: fields, version, the hidden base, decisions. */
function pledgeInput(values: PledgeFormValues, base: object | null, extra: Record<string, string> = {}): Record<string, string> {
  return submitted(pledgeFormInput(values), base, extra);
}

const SLUG = 'verschluesselung';

/** The Vorhaben's form as `editor` loads it now. */
async function formOf(store: Store, editor: Actor): Promise<PledgeFormValues> {
  return (await loadPledgeEditor(store.db, editor, SLUG)).values;
}

/** The seeded site with two editors, and the form B loaded before either saved. */
async function twoEditorsOneForm(store: Store): Promise<{ a: Actor; b: Actor; loaded: PledgeFormValues }> {
  await seedSite(store);
  const { a, b } = await editors(store);
  return { a, b, loaded: await formOf(store, b) };
}

/** `editor` saves the form `input` at `minutes` past the start. */
function save(store: Store, editor: Actor, input: Record<string, string>, minutes: number): Promise<string> {
  return savePledge(store.db, editor, SLUG, input, later(minutes));
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
        const { a, b, loaded } = await twoEditorsOneForm(store);
        await save(store, a, pledgeInput({ ...loaded, partner: 'Open Knowledge Foundation' }, loaded), 1);

        const before = await dumpDatabase(store.db);
        const conflict = await conflictOf<PledgeFormValues>(
          save(store, b, pledgeInput({ ...loaded, success_criterion: 'erfüllt, wenn B zufrieden ist' }, loaded), 2),
        );
        assert.deepEqual(await dumpDatabase(store.db), before, 'nothing saved before the editor has seen the merge');
        assert.deepEqual(
          [conflict.mine, conflict.theirs, conflict.conflicts, conflict.undecided],
          [['success_criterion'], ['partner'], [], false],
        );
        assert.equal(conflict.values.partner, 'Open Knowledge Foundation', 'the form shows the other editor’s partner');
        assert.equal(conflict.values.success_criterion, 'erfüllt, wenn B zufrieden ist', 'with this editor’s change on top');
        assert.deepEqual(conflict.changes.partner, { userId: a.id, email: 'anna@example.org', at: later(1).toISOString() });

        await save(store, b, resolved(conflict), 3);
        const saved = await formOf(store, b);
        assert.equal(saved.partner, 'Open Knowledge Foundation');
        assert.equal(saved.success_criterion, 'erfüllt, wenn B zufrieden ist');
      }));

    test('Vorhaben: the same field changed by both saves nothing until the editor decides; then the choice and the other changes stay', () =>
      withTestStore(dialect, async (store) => {
        const { a, b, loaded } = await twoEditorsOneForm(store);
        await save(store, a, pledgeInput({ ...loaded, title: 'Titel von Anna', partner: 'Digitalcourage' }, loaded), 1);
        const mine = { ...loaded, title: 'Titel von Bernd', deadline: '2026-01-31' };

        const first = await conflictOf<PledgeFormValues>(save(store, b, pledgeInput(mine, loaded), 2));
        assert.deepEqual([first.conflicts, first.mine, first.theirs, first.undecided], [['title'], ['deadline'], ['partner'], false]);
        assert.equal(first.current.title, 'Titel von Anna');
        assert.equal(first.changes.title?.email, 'anna@example.org');

        const before = await dumpDatabase(store.db);
        const again = await conflictOf<PledgeFormValues>(save(store, b, resolved(first), 3));
        assert.deepEqual([again.conflicts, again.undecided], [['title'], true], 'sent back without a decision: asked again');
        const forged = await conflictOf<PledgeFormValues>(save(store, b, { ...resolved(first), decision_title: 'beides' }, 3));
        assert.deepEqual(forged.conflicts, ['title'], 'only mine or theirs decide');
        assert.deepEqual(await dumpDatabase(store.db), before, 'nothing saved while undecided');

        await save(store, b, resolved(first, { title: 'theirs' }), 4);
        const pledge = await formOf(store, b);
        assert.deepEqual([pledge.title, pledge.partner, pledge.deadline], ['Titel von Anna', 'Digitalcourage', '2026-01-31']);
      }));

    test('Vorhaben: a decision counts only against the version it was made on; "mine" wins when taken', () =>
      withTestStore(dialect, async (store) => {
        const { a, b, loaded } = await twoEditorsOneForm(store);
        await save(store, a, pledgeInput({ ...loaded, title: 'Titel von Anna' }, loaded), 1);
        const first = await conflictOf<PledgeFormValues>(save(store, b, pledgeInput({ ...loaded, title: 'Titel von Bernd' }, loaded), 2));
        const newer = await formOf(store, a);
        await save(store, a, pledgeInput({ ...newer, topics: 'Sicherheit' }, newer), 3);

        const second = await conflictOf<PledgeFormValues>(save(store, b, resolved(first, { title: 'mine' }), 4));
        assert.deepEqual(
          [second.conflicts, second.theirs, second.undecided],
          [['title'], ['topics'], false],
          'decided against an older version: asked again',
        );
        await save(store, b, resolved(second, { title: 'mine' }), 5);
        const pledge = await formOf(store, b);
        assert.deepEqual([pledge.title, pledge.topics], ['Titel von Bernd', 'Sicherheit']);
      }));

    test('Vorhaben: an old form without a base never overwrites; every field that differs needs a decision', () =>
      withTestStore(dialect, async (store) => {
        const { a, b, loaded } = await twoEditorsOneForm(store);
        await save(store, a, pledgeInput({ ...loaded, partner: 'Open Knowledge Foundation' }, loaded), 1);
        const before = await dumpDatabase(store.db);
        const conflict = await conflictOf<PledgeFormValues>(save(store, b, pledgeInput({ ...loaded, deadline: '2027-01-01' }, null), 2));
        assert.deepEqual([conflict.conflicts.sort(), conflict.mine, conflict.theirs], [['deadline', 'partner'], [], []]);
        assert.deepEqual(await dumpDatabase(store.db), before);
        await save(store, b, resolved(conflict, { partner: 'theirs', deadline: 'mine' }), 3);
        const pledge = await formOf(store, b);
        assert.deepEqual([pledge.partner, pledge.deadline], ['Open Knowledge Foundation', '2027-01-01']);
      }));

    test('Vorhaben: a form of the current version, or of an older one whose fields nobody changed, saves at once', () =>
      withTestStore(dialect, async (store) => {
        const { a, b, loaded } = await twoEditorsOneForm(store);
        await save(store, a, pledgeInput(loaded, loaded), 1);
        assert.equal((await findPledgeBySlug(store.db, SLUG))!.version, loaded.version + 1, 'saving unchanged values counts a version');
        await save(store, b, pledgeInput({ ...loaded, title: 'Neuer Titel' }, loaded), 2);
        assert.equal((await findPledgeBySlug(store.db, SLUG))!.title, 'Neuer Titel');
        const current = await formOf(store, b);
        await save(store, b, pledgeInput({ ...current, title: 'Ohne Base' }, null), 3);
        assert.equal(
          (await findPledgeBySlug(store.db, SLUG))!.title,
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
          const loaded = await formOf(store, b);
          let release!: () => void;
          const held = new Promise<void>((resolve) => (release = resolve));
          let wrote!: () => void;
          const hasWritten = new Promise<void>((resolve) => (wrote = resolve));
          // Another editor's save, caught between its write and its commit.
          const first = store.db.transaction().execute(async (trx) => {
            const pledge = (await findPledgeBySlug(trx, SLUG))!;
            await updatePledge(trx, pledge.id, { partner_id: await findOrCreateTerm(trx, 'organisations', 'Open Knowledge Foundation') });
            wrote();
            await held;
          });
          await hasWritten;
          let finished = false;
          const second = save(store, b, pledgeInput({ ...loaded, success_criterion: 'erfüllt, wenn B es sagt' }, loaded), 2)
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
          assert.equal((await formOf(store, b)).partner, 'Open Knowledge Foundation', 'nothing reverted');
        }),
    );
  });
}
