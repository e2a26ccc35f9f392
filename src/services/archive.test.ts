// The archive check of every write: which keys it refuses, and that it holds on PostgreSQL until the write ends.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ArchivedError } from '../domain/errors.ts';
import { findAgreementBySlug, saveGovernment } from '../store/agreements.ts';
import { findPledgeBySlug } from '../store/pledges.ts';
import { agreementYml, chapterText, writeChapterFolder } from '../../test/support/chapter-file.ts';
import { changeWaitsForCheckedWrite } from '../../test/support/archive-lock.ts';
import { DIALECTS, withTestStore } from '../../test/support/dialects.ts';
import type { Db } from '../store/database.ts';
import { refuseIfArchived } from './archive.ts';
import { importAgreementFiles } from './import-agreement.ts';

/** An active agreement (kv-2021, pledge verschluesselung) and an archived one (kv-2018, pledge dateninstitut). */
async function seed(db: Db) {
  const chapter = (id: string) => ({ '2-2-digitale-innovationen.md': chapterText({ statements: [{ summary: id, id }] }) });
  await importAgreementFiles(db, [
    writeChapterFolder({ ...chapter('verschluesselung'), 'agreement.yml': agreementYml('kv-2021', { active: true }) }),
  ]);
  await importAgreementFiles(db, [
    writeChapterFolder({ ...chapter('dateninstitut'), 'agreement.yml': agreementYml('kv-2018', { active: false }) }),
  ]);
  const keysOf = async (agreementSlug: string, pledgeSlug: string) => {
    const pledge = (await findPledgeBySlug(db, pledgeSlug))!;
    return [{ agreementId: (await findAgreementBySlug(db, agreementSlug))!.id }, { pledgeId: pledge.id }, { chapterId: pledge.chapter_id }];
  };
  return { active: await keysOf('kv-2021', 'verschluesselung'), archived: await keysOf('kv-2018', 'dateninstitut') };
}

for (const dialect of DIALECTS) {
  describe(`refuseIfArchived (${dialect})`, () => {
    test('refuses an archived government’s agreement, pledge and chapter, and nothing of an active one', () =>
      withTestStore(dialect, async ({ db }) => {
        const { active, archived } = await seed(db);
        for (const key of archived) await assert.rejects(refuseIfArchived(db, key), ArchivedError, JSON.stringify(key));
        for (const key of active) await refuseIfArchived(db, key);
      }));

    test(
      'archiving waits for a write that has checked the government, inside its transaction',
      { skip: dialect === 'sqlite' && 'SQLite has one writer at a time' },
      () =>
        withTestStore(dialect, async ({ db }) => {
          const { active } = await seed(db);
          // As an import with active: false does it.
          const archive = () =>
            saveGovernment(db, { slug: 'kv-2021', name: 'kv-2021', parties: [], termStart: null, termEnd: null, active: false });
          const waited = await changeWaitsForCheckedWrite(db, active[1]!, archive);
          assert.ok(waited, 'the archiving waited for the write to end');
          await assert.rejects(refuseIfArchived(db, active[1]!), ArchivedError);
        }),
    );
  });
}
