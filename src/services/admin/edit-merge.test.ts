// Saving pledges and developments from forms loaded from an older version: merged, never reverted.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { EditConflictError, type EditConflict } from '../../domain/errors.ts';
import type { Actor } from '../../domain/roles.ts';
import type { Store } from '../../store/database.ts';
import { findPledgeBySlug, updatePledge } from '../../store/pledges.ts';
import { findDevelopmentById, listDevelopmentsOfPledge } from '../../store/developments.ts';
import { findOrCreateTerm } from '../../store/vocabularies.ts';
import { addUser } from '../accounts.ts';
import { seenWaitingForLock } from '../../../test/support/archive-lock.ts';
import { withTestStore, DIALECTS } from '../../../test/support/dialects.ts';
import { dumpDatabase } from '../../../test/support/dump.ts';
import { seedSite, today } from '../../../test/support/site-fixture.ts';
import { loadPledgeEditor, savePledge, type PledgeFormValues } from './pledges.ts';
import {
  createDevelopment,
  saveDevelopment,
  setDevelopmentPublished,
  developmentFormValues,
  type DevelopmentFormValues,
} from './developments.ts';

const later = (minutes: number) => new Date(today.getTime() + minutes * 60_000);

async function editors(store: Store): Promise<{ a: Actor; b: Actor }> {
  const actor = async (email: string): Promise<Actor> => ({
    id: await addUser(store.db, { email, password: 'richtig-langes-passwort', role: 'editor' }, today),
    role: 'editor',
    organisationId: null,
  });
  return { a: await actor('anna@example.org'), b: await actor('bernd@example.org') };
}

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

function developmentInput(
  values: DevelopmentFormValues,
  base: object | null,
  extra: Record<string, string> = {},
): Record<string, string | string[]> {
  const column = (key: 'url' | 'title' | 'publisher' | 'date') => values.sources.map((source) => source[key]);
  return {
    version: String(values.version),
    event_date: values.event_date,
    title: values.title,
    body: values.body,
    status_change: values.status_change,
    rating_change: values.rating_change,
    source_url: column('url'),
    source_title: column('title'),
    source_publisher: column('publisher'),
    source_date: column('date'),
    ...(base ? { base: JSON.stringify(base) } : {}),
    ...extra,
  };
}

async function conflictOf<T>(saving: Promise<unknown>): Promise<EditConflict<T>> {
  const error = await saving.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  assert.ok(error instanceof EditConflictError, `expected an edit conflict, got ${String(error)}`);
  return (error as EditConflictError<T>).conflict;
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
