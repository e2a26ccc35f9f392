// Imports that are refused or that meet ids in use: named files, nothing written, readable slugs.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findAgreementBySlug } from '../store/agreements.ts';
import type { Db } from '../store/database.ts';
import { chapterText, DEFAULT_FILE, DEFAULT_STATEMENTS, writeChapterFolder } from '../../test/support/chapter-file.ts';
import { DIALECTS, withTestStore } from '../../test/support/dialects.ts';
import { dumpDatabase } from '../../test/support/dump.ts';
import { importAgreementFiles, ImportRejected } from './import-agreement.ts';

const now = new Date('2026-01-15T10:00:00Z');

async function rejected(db: Db, folder: string): Promise<ImportRejected> {
  const error = await importAgreementFiles(db, [folder], { now }).then(
    () => assert.fail('expected the import to be rejected'),
    (failure: unknown) => failure,
  );
  assert.ok(error instanceof ImportRejected, String(error));
  return error;
}

for (const dialect of DIALECTS) {
  describe(`import, refused and repeated ids (${dialect})`, () => {
    test('a faulty file among good ones is named and nothing is written', () =>
      withTestStore(dialect, async ({ db }) => {
        const folder = writeChapterFolder({ [DEFAULT_FILE]: chapterText({ statements: DEFAULT_STATEMENTS }) });
        await importAgreementFiles(db, [folder], { now });
        const before = await dumpDatabase(db);
        writeFileSync(
          join(folder, DEFAULT_FILE),
          chapterText({ statements: [{ ...DEFAULT_STATEMENTS[0]!, summary: 'Geändert' }, DEFAULT_STATEMENTS[1]!] }),
        );
        writeFileSync(join(folder, '3-1-kaputt.md'), chapterText({ statements: [{ summary: 'X', status: 'vielleicht' }] }));
        const error = await rejected(db, folder);
        assert.equal(error.errors.length, 1);
        assert.match(error.errors[0]!.message, /3-1-kaputt\.md:6: statements\[0\]\.status: unknown status "vielleicht"/);
        assert.deepEqual(await dumpDatabase(db), before);
      }));

    test('an id used in two files of one run is rejected with both places', () =>
      withTestStore(dialect, async ({ db }) => {
        const folder = writeChapterFolder({
          'a.md': chapterText({ title: '2.1 A', statements: [DEFAULT_STATEMENTS[1]!] }),
          'b.md': chapterText({ title: '2.3 B', statements: [DEFAULT_STATEMENTS[1]!] }),
        });
        const error = await rejected(db, folder);
        assert.match(error.message, /b\.md:\d+: id: id "dateninstitut" is also used at .*a\.md:\d+/);
        assert.deepEqual((await dumpDatabase(db)).chapters, []);
      }));

    test('ids are unique per agreement: the same id in another agreement is another Vorhaben with a readable slug that stays', () =>
      withTestStore(dialect, async ({ db }) => {
        const clashing = [
          { summary: 'Glasfaser überall', id: 'glasfaser' },
          { summary: 'Open Source', id: 'opensource' },
        ];
        const body = '\nWir bauen Glasfaser aus. Software wird Open Source.\n';
        const bund = writeChapterFolder({ 'a.md': chapterText({ title: '2.2 Digitales', statements: clashing, body }) });
        const land = writeChapterFolder({
          'b.md': chapterText({ title: '4 Digitales Land', statements: [...clashing, { summary: 'Umlaute', id: 'Glasfaser' }], body }),
        });
        await importAgreementFiles(db, [bund], { now, agreementSlug: 'kv-bund' });
        await importAgreementFiles(db, [land], { now, agreementSlug: 'kv-land' });
        await importAgreementFiles(db, [land], { now, agreementSlug: 'kv-land' });
        await importAgreementFiles(db, [bund], { now, agreementSlug: 'kv-bund' });
        const rows = ((await dumpDatabase(db)).pledges as { slug: string; statement_id: string; agreement_id: number }[])
          .map((row) => [row.agreement_id, row.statement_id, row.slug].join(' '))
          .sort();
        const [bundId, landId] = [(await findAgreementBySlug(db, 'kv-bund'))!.id, (await findAgreementBySlug(db, 'kv-land'))!.id];
        assert.deepEqual(
          rows,
          [
            `${bundId} glasfaser glasfaser`,
            `${bundId} opensource opensource`,
            `${landId} Glasfaser glasfaser-kv-land-2`,
            `${landId} glasfaser glasfaser-kv-land`,
            `${landId} opensource opensource-kv-land`,
          ].sort(),
        );
      }));
  });
}
