// Real files from the field: OKF's annotated chapter 2.2 (the demo) and a Land tracker of another
// group in the same format. Both import, keep every field on the way back, and share ids without
// clashing (field-files-reimport.test.ts: an old export never rolls back what editors did since).
// Tier: quick
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportAgreementsAsOkf } from '../src/services/export-agreement.ts';
import { importAgreementFiles } from '../src/services/import-agreement.ts';
import { DIALECTS } from './support/dialects.ts';
import { bodyOf, DEMO, DEMO_FILE, LAND, LAND_FILES, yamlData } from './support/field-files.ts';
import { testSite } from './support/site.ts';

for (const dialect of DIALECTS) {
  describe(`files from the field (${dialect})`, () => {
    const site = testSite(dialect, {
      seed: async ({ db }) => {
        await importAgreementFiles(db, [DEMO]);
        await importAgreementFiles(db, [LAND]);
      },
    });

    test('OKF’s annotated 2.2 imports with its 40 Vorhaben, each highlighted in the chapter and on its own page', async () => {
      const pledges = await site.db
        .selectFrom('pledges')
        .innerJoin('agreements', 'agreements.id', 'pledges.agreement_id')
        .select(['pledges.slug', 'pledges.statement_id', 'pledges.quote'])
        .where('agreements.slug', '=', 'koalitionsvertrag-2021')
        .execute();
      assert.equal(pledges.length, 40);
      const ids = pledges.map((pledge) => pledge.statement_id);
      for (const id of ['verschlüsselung', 'ausbauBSI', 'vertrauenswürdigeAnbieter', 'Ersatzteile', 'digitalbudget'])
        assert.ok(ids.includes(id), id);
      const chapter = await site.page('/kapitel/2-2-digitale-innovationen-und-digitale-infrastruktur');
      for (const pledge of pledges) {
        assert.ok(pledge.quote, `${pledge.statement_id} has its quote`);
        assert.ok(
          chapter.has(`mark.pledge-quote#zitat-${pledge.slug} > a[href="/vorhaben/${pledge.slug}"]`),
          `${pledge.slug} is highlighted`,
        );
        const page = await site.page(`/vorhaben/${pledge.slug}`);
        assert.equal(page.find('blockquote.quote').text, pledge.quote!.replace(/\s+/g, ' ').trim(), `${pledge.slug} shows its quote`);
      }
      assert.deepEqual(
        ['verschluesselung', 'ausbaubsi', 'vertrauenswuerdigeanbieter', 'ersatzteile'].map(
          (slug) => pledges.find((pledge) => pledge.slug === slug)?.statement_id,
        ),
        ['verschlüsselung', 'ausbauBSI', 'vertrauenswürdigeAnbieter', 'Ersatzteile'],
        'slugs are the ids in lower case, umlauts transliterated',
      );
    });

    test('ids the two agreements share are two Vorhaben; the later one gets a readable slug', async () => {
      const glasfaser = await site.db
        .selectFrom('pledges')
        .innerJoin('agreements', 'agreements.id', 'pledges.agreement_id')
        .select(['agreements.slug as agreement', 'pledges.slug'])
        .where('pledges.statement_id', '=', 'glasfaser')
        .orderBy('pledges.id')
        .execute();
      assert.deepEqual(glasfaser, [
        { agreement: 'koalitionsvertrag-2021', slug: 'glasfaser' },
        { agreement: 'musterland-2024', slug: 'glasfaser-musterland-2024' },
      ]);
      assert.match((await site.page('/vorhaben/glasfaser-musterland-2024')).find('h1').text, /Glasfaseranschluss/);
      const again = await importAgreementFiles(site.db, [DEMO, LAND]);
      assert.deepEqual(again.pledges, { created: 0, changed: 0, skipped: 0 }, 'importing both again changes nothing');
    });

    test('both export with every field kept: the same YAML data and byte-identical bodies', async () => {
      const folder = mkdtempSync(join(tmpdir(), 'kt-field-export-'));
      const report = await exportAgreementsAsOkf(site.db, folder);
      assert.deepEqual(report.warnings, []);
      const originals = [[DEMO, 'koalitionsvertrag-2021', DEMO_FILE], ...LAND_FILES.map((file) => [LAND, 'musterland-2024', file])];
      for (const [source, agreement, file] of originals) {
        const original = readFileSync(join(source!, file!), 'utf8');
        const written = readFileSync(join(folder, agreement!, file!), 'utf8');
        assert.deepEqual(yamlData(written), yamlData(original), file);
        assert.equal(bodyOf(written), bodyOf(original), file);
      }
      const land = yamlData(readFileSync(join(folder, 'musterland-2024', LAND_FILES[0]!), 'utf8'));
      assert.equal(land.statements[0].summary, 'Jeder Haushalt in Musterland erhält bis 2028 einen Glasfaseranschluss');
      assert.equal(land.statements[0].status, 'partially_fulfilled', 'a status word of the file is written back as it was');
      assert.equal(land.statements[0].reports[0].archive_url, 'https://archiv.example/8-1234');
      assert.equal(land.statements[1].redirect_url, 'https://tracker.example/musterland/opensource');
    });
  });
}
