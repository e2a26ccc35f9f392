// Archiving a government in the back office: who may, and on PostgreSQL its order with writes that check the archive.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ArchivedError, ForbiddenError, NotFoundError } from '../domain/errors.ts';
import type { Actor } from '../domain/roles.ts';
import { findAgreementBySlug } from '../store/agreements.ts';
import type { Db } from '../store/database.ts';
import { findPledgeBySlug } from '../store/pledges.ts';
import { findUserByEmail } from '../store/users.ts';
import { createAccount } from '../../test/support/admin-client.ts';
import { agreementYml, chapterText, writeChapterFolder } from '../../test/support/chapter-file.ts';
import { changeWaitsForCheckedWrite } from '../../test/support/archive-lock.ts';
import { DIALECTS, withTestStore } from '../../test/support/dialects.ts';
import { refuseIfArchived } from './archive.ts';
import { listGovernmentsWithAgreements, setGovernmentArchived } from './governments.ts';
import { importAgreementFiles } from './import-agreement.ts';

const now = new Date('2026-03-01T10:00:00Z');

async function actor(db: Db, role: 'admin' | 'editor'): Promise<Actor> {
  const user = (await findUserByEmail(db, await createAccount(db, role)))!;
  return { id: user.id, role, organisationId: null };
}

/** The agreement kv-2021 with the pledge verschluesselung; returns its government's id and the pledge's key. */
async function seed(db: Db): Promise<{ governmentId: number; pledge: { pledgeId: number } }> {
  const chapter = chapterText({ statements: [{ summary: 'Verschlüsselung', id: 'verschluesselung' }] });
  await importAgreementFiles(db, [
    writeChapterFolder({ '2-2-digitale-innovationen.md': chapter, 'agreement.yml': agreementYml('kv-2021', { active: true }) }),
  ]);
  const agreement = (await findAgreementBySlug(db, 'kv-2021'))!;
  return { governmentId: agreement.government_id, pledge: { pledgeId: (await findPledgeBySlug(db, 'verschluesselung'))!.id } };
}

for (const dialect of DIALECTS) {
  describe(`setGovernmentArchived (${dialect})`, () => {
    test('only admins list and archive governments; an unknown one is not found', () =>
      withTestStore(dialect, async ({ db }) => {
        const { governmentId } = await seed(db);
        const editor = await actor(db, 'editor');
        await assert.rejects(listGovernmentsWithAgreements(db, editor), ForbiddenError);
        await assert.rejects(setGovernmentArchived(db, editor, governmentId, true, now), ForbiddenError);
        const admin = await actor(db, 'admin');
        await assert.rejects(setGovernmentArchived(db, admin, governmentId + 1000, true, now), NotFoundError);
        const [row] = await listGovernmentsWithAgreements(db, admin);
        assert.deepEqual(
          { archived: row!.archived, agreements: row!.agreements.map((agreement) => agreement.slug) },
          { archived: false, agreements: ['kv-2021'] },
        );
        assert.deepEqual(await setGovernmentArchived(db, admin, governmentId, true, now), { name: row!.name, changed: true });
        assert.deepEqual(await setGovernmentArchived(db, admin, governmentId, true, now), { name: row!.name, changed: false });
        assert.equal((await listGovernmentsWithAgreements(db, admin))[0]!.archived, true);
      }));

    test(
      'archiving waits for a write that has checked the government, and the next write is refused',
      { skip: dialect === 'sqlite' && 'SQLite has one writer at a time' },
      () =>
        withTestStore(dialect, async ({ db }) => {
          const { governmentId, pledge } = await seed(db);
          const admin = await actor(db, 'admin');
          const waited = await changeWaitsForCheckedWrite(db, pledge, () => setGovernmentArchived(db, admin, governmentId, true, now));
          assert.ok(waited, 'the archiving waited for the write to end');
          await assert.rejects(refuseIfArchived(db, pledge), ArchivedError);
        }),
    );
  });
}
