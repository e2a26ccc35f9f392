// Importing a PDF in-process: chapters in one transaction, the Vorhaben page citing page and printed
// lines, the export round trip keeping `pdf_lines`, and bad files refused with nothing written.
// Tier: quick
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportAgreementsAsOkf } from '../src/services/export-agreement.ts';
import { extractFromPdf } from '../src/services/extract-pdf.ts';
import { importAgreementFiles, ImportRejected } from '../src/services/import-agreement.ts';
import { findChapterBySlug } from '../src/store/chapters.ts';
import { DIALECTS } from './support/dialects.ts';
import { dumpDatabase } from './support/dump.ts';
import { buildPledge } from './support/factories.ts';
import { agreementPage, writePdf } from './support/pdf-writer.ts';
import { testSite } from './support/site.ts';
import { signedIn } from './support/admin-client.ts';
import { reviewPaths } from '../src/web/admin/candidates/paths.ts';

const folder = mkdtempSync(join(tmpdir(), 'pdf-import-'));
const PDF = join(folder, 'koalitionsvertrag-2025.pdf');
writeFileSync(
  PDF,
  writePdf({
    title: 'Verantwortung für Deutschland',
    pages: [
      agreementPage(
        ['## 1. Sicherheit', 'Wir werden das Katastrophen-', 'und Bevölkerungsschutzgesetz novellieren und die', 'IT-Sicherheit stärken.'],
        { page: 1, firstLineNumber: 1 },
      ),
      agreementPage(['Wir prüfen ein Lagebild.', '## 2. Wirtschaft', 'Wir werden den Mittelstand weiter-', 'hin entlasten.'], {
        page: 2,
        firstLineNumber: 5,
      }),
    ],
  }),
);

for (const dialect of DIALECTS) {
  describe(`PDF import (${dialect})`, () => {
    const site = testSite(dialect);

    test('imports the chapters and their line map; the Vorhaben page cites page and lines', async () => {
      const report = await importAgreementFiles(site.db, [PDF], { title: 'Verantwortung für Deutschland' });
      assert.deepEqual(report.agreements, ['koalitionsvertrag-2025']);
      assert.equal(report.chapters.created, 2);
      const chapter = (await findChapterBySlug(site.db, '1-sicherheit'))!;
      assert.equal(chapter.heading, '1. Sicherheit');
      assert.equal(
        chapter.body,
        '\nWir werden das Katastrophen- und Bevölkerungsschutzgesetz novellieren und die IT-Sicherheit stärken.\n\nWir prüfen ein Lagebild.\n',
      );
      assert.equal(chapter.line_map, 'p1:2 1 30 79 p2:5 103');
      const agreement = await site.db.selectFrom('agreements').select('title').executeTakeFirstOrThrow();
      assert.equal(agreement.title, 'Verantwortung für Deutschland');

      const pledge = await buildPledge(site.db, { chapter, quote: 'die IT-Sicherheit stärken' });
      const page = await site.page(`/vorhaben/${pledge.slug}`);
      assert.equal(page.find('.quote-place').text, 'S. 1, Z. 3–4');
      const english = await site.page(`/en/vorhaben/${pledge.slug}`);
      assert.equal(english.find('.quote-place').text, 'p. 1, ll. 3–4');
      const unplaced = await buildPledge(site.db, { quote: 'Wir werden ein Gesetz beschließen.' });
      assert.equal((await site.page(`/vorhaben/${unplaced.slug}`)).has('.quote-place'), false);
    });

    test("the review queue shows each candidate's page and lines", async () => {
      const editor = await signedIn(site.app, site.db, 'editor');
      const { dom } = await editor.page(reviewPaths.queue('2-wirtschaft'));
      assert.deepEqual(
        dom.findAll('.candidate-place').map((place) => place.text),
        ['S. 2, Z. 7–8'],
      );
    });

    test('a folder with a PDF and an agreement.yml: the agreement and government as the file says, the preamble first', async () => {
      const withSidecar = mkdtempSync(join(tmpdir(), 'pdf-folder-'));
      writeFileSync(
        join(withSidecar, 'vertrag.pdf'),
        writePdf({
          pages: [
            agreementPage(['## Präambel', 'Wir beginnen.', '## 1. Haushalt', 'Wir werden sparen.', '## 2. Bildung', 'Wir werden bauen.'], {
              page: 1,
            }),
          ],
        }),
      );
      writeFileSync(
        join(withSidecar, 'agreement.yml'),
        'slug: bw-2021\ngovernment:\n  slug: bw-gruen-schwarz\n  name: Landesregierung Baden-Württemberg\n  parties: [GRÜNE, CDU]\n  term_start: 2021-05-12\n',
      );
      const report = await importAgreementFiles(site.db, [withSidecar], { now: new Date('2026-01-02T00:00:00Z') });
      assert.deepEqual(report.agreements, ['bw-2021']);
      const row = await site.db
        .selectFrom('agreements')
        .innerJoin('governments', 'governments.id', 'agreements.government_id')
        .select(['governments.name', 'governments.term_start'])
        .where('agreements.slug', '=', 'bw-2021')
        .executeTakeFirstOrThrow();
      assert.deepEqual(row, { name: 'Landesregierung Baden-Württemberg', term_start: '2021-05-12' });
      const chapters = await site.db
        .selectFrom('chapters')
        .innerJoin('agreements', 'agreements.id', 'chapters.agreement_id')
        .select('chapters.heading')
        .where('agreements.slug', '=', 'bw-2021')
        .orderBy('chapters.position')
        .execute();
      assert.deepEqual(
        chapters.map((chapter) => chapter.heading),
        ['Präambel', '1. Haushalt', '2. Bildung'],
      );
    });

    test('the export writes pdf_lines, and importing the export changes nothing', async () => {
      const out = mkdtempSync(join(tmpdir(), 'pdf-export-'));
      await exportAgreementsAsOkf(site.db, out, 'koalitionsvertrag-2025');
      const text = readFileSync(join(out, '1-sicherheit.md'), 'utf8');
      assert.match(text, /^---\ntitle: "1\. Sicherheit"\npdf_lines: "p1:2 1 30 79 p2:5 103"\n/);
      const chapters = () => site.db.selectFrom('chapters').select(['slug', 'body', 'line_map']).orderBy('slug').execute();
      const before = await chapters();
      const report = await importAgreementFiles(site.db, [out]);
      // The chapter with a Vorhaben now has a statements list in its file: its frontmatter is kept as written.
      assert.deepEqual(
        report.chapterEntries.map((entry) => [entry.slug, entry.fields]),
        [['1-sicherheit', ['other fields']]],
      );
      assert.deepEqual(await chapters(), before);
      const again = await importAgreementFiles(site.db, [out]);
      assert.deepEqual(again.chapters, { created: 0, changed: 0, unchanged: 2 });
    });

    test('a bad file is refused with one line naming it, and nothing is written', async () => {
      const before = await dumpDatabase(site.db);
      const bad = (name: string, bytes: Uint8Array) => {
        const path = join(folder, name);
        writeFileSync(path, bytes);
        return path;
      };
      const cases: [string, RegExp][] = [
        [
          bad('verschluesselt.pdf', writePdf({ pages: [[{ text: 'geheim', x: 72, y: 700 }]], encrypted: true })),
          /verschluesselt\.pdf: the PDF is encrypted with a password/,
        ],
        [bad('scan.pdf', writePdf({ pages: [[], []] })), /scan\.pdf: the PDF has no text layer/],
        [bad('abgeschnitten.pdf', readFileSync(PDF).subarray(0, 500)), /abgeschnitten\.pdf: not a readable PDF .*truncated/],
        [bad('kapitel.pdf', new TextEncoder().encode('---\ntitle: Kapitel\n---\nText')), /kapitel\.pdf: not a PDF file/],
      ];
      for (const [path, message] of cases) {
        const error = await importAgreementFiles(site.db, [PDF, path]).then(
          () => assert.fail(`${path} was imported`),
          (failure: unknown) => failure,
        );
        assert.ok(error instanceof ImportRejected);
        assert.equal(error.errors.length, 1);
        assert.match(error.errors[0]!.message, message);
      }
      assert.deepEqual(await dumpDatabase(site.db), before);
    });
  });
}

test('extract FILE.pdf: the candidates of every chapter with page and printed lines', async () => {
  const candidates = await extractFromPdf(PDF);
  assert.deepEqual(
    candidates.map(({ chapter, page, lines, text }) => ({ chapter, page, lines, text })),
    [
      {
        chapter: '1. Sicherheit',
        page: 1,
        lines: { from: 2, to: 3 },
        text: 'Wir werden das Katastrophen- und Bevölkerungsschutzgesetz novellieren',
      },
      { chapter: '1. Sicherheit', page: 2, lines: { from: 5, to: 5 }, text: 'Wir prüfen ein Lagebild.' },
      { chapter: '2. Wirtschaft', page: 2, lines: { from: 7, to: 8 }, text: 'Wir werden den Mittelstand weiterhin entlasten.' },
    ],
  );
});
