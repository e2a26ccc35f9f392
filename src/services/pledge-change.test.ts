// The write path's own rules: it joins the caller's transaction, an account's change must be audited,
// an import changes only inside its run's transaction. What each writer leaves: test/write-path.test.ts.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chapterText, writeChapterFolder } from '../../test/support/chapter-file.ts';
import { DIALECTS, withTestStore } from '../../test/support/dialects.ts';
import type { Actor } from '../domain/roles.ts';
import type { Db } from '../store/database.ts';
import { findPledgeBySlug } from '../store/pledges.ts';
import { importAgreementFiles } from './import-agreement.ts';
import { addUser } from './accounts.ts';
import { withImportRun } from './import-run.ts';
import { changePledge, type AccountWriter } from './pledge-change.ts';
import { countAuditEntries, countDevelopmentDocuments } from '../../test/support/row-counts.ts';

const now = new Date('2024-03-01T10:00:00Z');

/** A Vorhaben and an editor who writes it. */
async function seed(db: Db): Promise<AccountWriter> {
  await importAgreementFiles(
    db,
    [writeChapterFolder({ 'kapitel.md': chapterText({ statements: [{ summary: 'Recht auf Verschlüsselung', id: 'verschluesselung' }] }) })],
    { now },
  );
  const editor: Actor = {
    id: await addUser(db, { email: 'redaktion@example.org', password: 'richtig-langes-passwort', role: 'editor' }, now),
    role: 'editor',
    organisationId: null,
  };
  return { actor: editor, needs: 'content.edit', at: now.toISOString() };
}

const counts = async (db: Db) => ({ audit: await countAuditEntries(db), documents: await countDevelopmentDocuments(db) });

for (const dialect of DIALECTS) {
  describe(`changePledge (${dialect})`, () => {
    test('joins the caller’s transaction: its change, index and audit roll back with it', () =>
      withTestStore(dialect, async ({ db }) => {
        const writer = await seed(db);
        const before = await counts(db);
        await assert.rejects(
          db.transaction().execute(async (trx) => {
            await changePledge(trx, writer, { slug: 'verschluesselung' }, async (change) => {
              await change.insertDevelopment({
                pledgeId: change.pledge.id,
                eventDate: '2024-02-01',
                publishedAt: change.at,
                title: 'Beschlossen',
                body: '',
                statusChange: 'implemented',
                ratingChange: null,
                origin: 'editor',
                sources: [],
              });
              change.audit({ action: 'update.create', entityType: 'update', entityId: null, summary: 'Test', before: null, after: null });
            });
            assert.equal((await findPledgeBySlug(trx, 'verschluesselung'))!.status, 'implemented', 'done inside the transaction');
            throw new Error('the caller fails afterwards');
          }),
          /the caller fails afterwards/,
        );
        assert.equal((await findPledgeBySlug(db, 'verschluesselung'))!.status, 'not_started');
        assert.deepEqual(await counts(db), before);
      }));

    test('an account’s change without an audit entry is refused, and nothing of it stays', () =>
      withTestStore(dialect, async ({ db }) => {
        const writer = await seed(db);
        await assert.rejects(
          changePledge(db, writer, { slug: 'verschluesselung' }, (change) =>
            change.updatePledge(change.pledge.id, { title: 'Ohne Protokoll', updated_at: change.at }),
          ),
          /must be recorded in the audit log/,
        );
        assert.equal((await findPledgeBySlug(db, 'verschluesselung'))!.title, 'Recht auf Verschlüsselung');
      }));

    test('an import changes Vorhaben only inside its run’s transaction, while the run is open', () =>
      withTestStore(dialect, async ({ db }) => {
        await seed(db);
        const run = await db.transaction().execute((trx) => withImportRun(trx, now.toISOString(), async (run) => run));
        await assert.rejects(
          changePledge(db, { run, day: null }, { slug: 'verschluesselung' }, async () => {}),
          /inside its run’s transaction/,
        );
        await assert.rejects(
          db
            .transaction()
            .execute((trx) =>
              changePledge(trx, { run, day: null }, { slug: 'verschluesselung' }, async (change) => change.markChanged(change.pledge.id)),
            ),
          /withImportRun has open/,
        );
        await assert.rejects(
          withImportRun(db, now.toISOString(), async () => {}),
          /inside its transaction/,
        );
      }));
  });
}
