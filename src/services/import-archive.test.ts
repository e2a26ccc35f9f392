// Import and archives: a run may archive or reopen an agreement through agreement.yml; into one that
// stays archived a re-import that changes nothing passes, and a file that would change it is rejected.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { findAgreementBySlug } from '../store/agreements.ts';
import { deleteCandidates, listCandidatesOfChapter } from '../store/candidates.ts';
import { findChapterBySlug } from '../store/chapters.ts';
import type { Db } from '../store/database.ts';
import { findPledgeBySlug } from '../store/pledges.ts';
import { agreementYml, chapterText, temporaryFolder, writeChapterFolder } from '../../test/support/chapter-file.ts';
import { DIALECTS, withTestStore } from '../../test/support/dialects.ts';
import { dumpDatabase } from '../../test/support/dump.ts';
import { importAgreementFiles, ImportRejected } from './import-agreement.ts';

const now = new Date('2026-01-15T10:00:00Z');
const FILE = '2-2-digitale-innovationen.md';
const statements = [
  { summary: 'Recht auf Verschlüsselung', id: 'verschluesselung' },
  { summary: 'Dateninstitut gründen', id: 'dateninstitut' },
];

/** The same folder each time, so that a file's path in an error is predictable. */
function folderWith(folder: string, options: { active: boolean; summary?: string }): string {
  const changed = options.summary
    ? [{ ...statements[0]!, summary: options.summary, lastUpdate: '2026-01-10' }, statements[1]!]
    : statements;
  return writeChapterFolder(
    { [FILE]: chapterText({ statements: changed }), 'agreement.yml': agreementYml('kv-2021', { active: options.active }) },
    folder,
  );
}

async function rejectedWith(db: Db, paths: string[], options: { agreementSlug?: string; reopen?: boolean } = {}): Promise<string> {
  const error = await importAgreementFiles(db, paths, { now, ...options }).then(
    () => assert.fail('expected a rejection'),
    (failure: unknown) => failure,
  );
  assert.ok(error instanceof ImportRejected, String(error));
  return error.message;
}

for (const dialect of DIALECTS) {
  describe(`import into an archive (${dialect})`, () => {
    test('archiving takes the run’s content; re-importing it unchanged passes and writes nothing', () =>
      withTestStore(dialect, async ({ db }) => {
        const folder = temporaryFolder('kv-2021');
        await importAgreementFiles(db, [folderWith(folder, { active: true })], { now });
        await importAgreementFiles(db, [folderWith(folder, { active: false, summary: 'Verschlüsselung als Recht' })], { now });
        assert.equal((await findAgreementBySlug(db, 'kv-2021'))!.government.active, 0);
        assert.equal(
          (await findPledgeBySlug(db, 'verschluesselung'))!.title,
          'Verschlüsselung als Recht',
          'the archiving run wrote its content',
        );
        const before = await dumpDatabase(db);
        const report = await importAgreementFiles(db, [folder], { now: new Date('2026-06-01T00:00:00Z') });
        assert.deepEqual(report.chapters, { created: 0, changed: 0, unchanged: 1 });
        assert.deepEqual(await dumpDatabase(db), before);
      }));

    test('a file that would change an archive is rejected at that file, and nothing is written', () =>
      withTestStore(dialect, async ({ db }) => {
        const folder = temporaryFolder('kv-2021');
        await importAgreementFiles(db, [folderWith(folder, { active: false })], { now });
        const before = await dumpDatabase(db);
        const message = await rejectedWith(db, [folderWith(folder, { active: false, summary: 'Neuer Titel' })]);
        assert.equal(
          message,
          `${join(folder, FILE)}: agreement "kv-2021" is archived (government active: false) and read-only; to change it, set active: true in its agreement.yml and import with --reopen`,
        );
        const other = writeChapterFolder({
          '3-1-wirtschaft.md': chapterText({ title: '3.1 Wirtschaft', body: '\nWir werden den Mittelstand stärken.\n' }),
        });
        assert.match(
          await rejectedWith(db, [other], { agreementSlug: 'kv-2021' }),
          /3-1-wirtschaft\.md: agreement "kv-2021" is archived/,
          'also a new chapter file alone',
        );
        assert.deepEqual(await dumpDatabase(db), before);
      }));

    test('active: true with --reopen reopens the archive and takes the change in the same run', () =>
      withTestStore(dialect, async ({ db }) => {
        const folder = temporaryFolder('kv-2021');
        await importAgreementFiles(db, [folderWith(folder, { active: false })], { now });
        const report = await importAgreementFiles(db, [folderWith(folder, { active: true, summary: 'Neuer Titel' })], {
          now,
          reopen: true,
        });
        assert.equal((await findAgreementBySlug(db, 'kv-2021'))!.government.active, 1);
        assert.equal((await findPledgeBySlug(db, 'verschluesselung'))!.title, 'Neuer Titel');
        assert.deepEqual(report.warnings, ['government "kv-2021" reopened']);
      }));

    test('an old export that says active: true does not reopen an archive without --reopen', () =>
      withTestStore(dialect, async ({ db }) => {
        const folder = temporaryFolder('kv-2021');
        await importAgreementFiles(db, [folderWith(folder, { active: false })], { now });
        const unchanged = await importAgreementFiles(db, [folderWith(folder, { active: true })], { now });
        assert.equal((await findAgreementBySlug(db, 'kv-2021'))!.government.active, 0, 'still archived');
        assert.deepEqual(unchanged.warnings, [
          'government "kv-2021" is archived; its agreement.yml says active: true, but only import --reopen reopens it',
        ]);
        const before = await dumpDatabase(db);
        const message = await rejectedWith(db, [folderWith(folder, { active: true, summary: 'Neuer Titel' })]);
        assert.match(message, /is archived .* import with --reopen/);
        assert.deepEqual(await dumpDatabase(db), before);
        const withoutActive = writeChapterFolder(
          { [FILE]: chapterText({ statements }), 'agreement.yml': 'slug: kv-2021\ntitle: "kv-2021"\n' },
          temporaryFolder('kv-2021'),
        );
        await importAgreementFiles(db, [withoutActive], { now, reopen: true });
        assert.equal(
          (await findAgreementBySlug(db, 'kv-2021'))!.government.active,
          0,
          '--reopen alone, without active: true in the file, reopens nothing',
        );
      }));

    test('an archive’s candidates stay as they were; an active agreement’s are proposed again', () =>
      withTestStore(dialect, async ({ db }) => {
        const folder = temporaryFolder('kv-2021');
        const openCount = async () => {
          const chapter = (await findChapterBySlug(db, '2-2-digitale-innovationen'))!;
          return (await listCandidatesOfChapter(db, chapter.id)).filter((row) => row.decision === 'open');
        };
        await importAgreementFiles(db, [folderWith(folder, { active: false })], { now });
        const open = await openCount();
        assert.ok(open.length > 0);
        await deleteCandidates(db, [open[0]!.id]);
        await importAgreementFiles(db, [folder], { now });
        assert.equal((await openCount()).length, open.length - 1, 'not re-extracted while archived');
        await importAgreementFiles(db, [folderWith(folder, { active: true })], { now, reopen: true });
        assert.equal((await openCount()).length, open.length, 'proposed again once reopened');
      }));
  });
}
