// The whole 2021 agreement: every chapter imports, and import → export → import is lossless.
// Tier: full (the whole 2021 agreement)
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseOkfChapter } from '../src/formats/okf.ts';
import { exportAgreementsAsOkf } from '../src/services/export-agreement.ts';
import { importAgreementFiles } from '../src/services/import-agreement.ts';
import { findChapterBySlug } from '../src/store/chapters.ts';
import { refreshPledgeState } from '../src/store/pledge-state.ts';
import { insertPledge } from '../src/store/pledges.ts';
import { insertDevelopment } from '../src/store/developments.ts';
import { findOrCreateTerm, setPledgeTopics } from '../src/store/vocabularies.ts';
import { CORPUS_DIRECTORY, corpusFiles, skipWithoutCorpus } from './support/corpus.ts';
import { DIALECTS, withTestStore } from './support/dialects.ts';
import { dumpDatabase, type Dump } from './support/dump.ts';

const now = new Date('2026-11-27T09:00:00Z');

for (const dialect of DIALECTS) {
  describe(`whole agreement (${dialect})`, { skip: skipWithoutCorpus }, () => {
    test('all 31 chapters import, with the two statements of chapter 2.1', () =>
      withTestStore(dialect, async ({ db }) => {
        const report = await importAgreementFiles(db, [CORPUS_DIRECTORY], { now });
        assert.deepEqual(report.chapters, { created: 31, changed: 0, unchanged: 0 });
        assert.deepEqual(report.agreements, ['koalitionsvertrag-2021']);
        const chapters = await db.selectFrom('chapters').select(['number', 'title']).orderBy('position').execute();
        assert.equal(chapters.length, 31);
        assert.deepEqual(chapters[0], { number: '1', title: 'Präambel' });
        assert.deepEqual(chapters.at(-1), { number: '9', title: 'Arbeitsweise der Regierung und Fraktionen' });
        const pledges = await db.selectFrom('pledges').select(['title', 'status']).orderBy('id').execute();
        assert.deepEqual(pledges, [
          { title: 'Straftatbestand der Abgeordnetenbestechung und -bestechlichkeit wirksamer ausgestalten', status: 'not_started' },
          { title: 'Lobbyregistergesetz nachschärfen', status: 'not_started' },
        ]);
        assert.equal(
          await db
            .selectFrom('sources')
            .select('url')
            .execute()
            .then((rows) => rows.length),
          2,
        );

        const bodies = await db.selectFrom('chapters').select(['id', 'slug', 'body']).execute();
        const candidates = await db.selectFrom('candidates').select(['chapter_id', 'start_offset', 'end_offset', 'text']).execute();
        let chaptersWithCandidates = 0;
        for (const chapter of bodies) {
          const own = candidates.filter((candidate) => candidate.chapter_id === chapter.id);
          if (own.length > 0) chaptersWithCandidates++;
          for (const candidate of own) assert.equal(chapter.body.slice(candidate.start_offset, candidate.end_offset), candidate.text);
        }
        // The short introductions of each part (e.g. 3.0) may hold no checkable commitment at all.
        assert.ok(chaptersWithCandidates >= 28, `candidates stored for ${chaptersWithCandidates} of 31 chapters`);
        assert.ok(candidates.length > 1000, `${candidates.length} candidates`);
      }));

    test('import → export → import gives the same database content', () =>
      withTestStore(dialect, async ({ db }) => {
        await importAgreementFiles(db, [CORPUS_DIRECTORY], { now });
        const before = await dumpDatabase(db);
        const exported = join(mkdtempSync(join(tmpdir(), 'kt-export-')), 'koalitionsvertrag-2021');
        const report = await exportAgreementsAsOkf(db, exported);
        assert.equal(report.files.length, 31);
        assert.deepEqual(report.warnings, []);
        const again = await importAgreementFiles(db, [exported], { now: new Date('2027-01-01T00:00:00Z') });
        assert.deepEqual(again.chapters, { created: 0, changed: 0, unchanged: 31 });
        assert.deepEqual(again.pledges, { created: 0, changed: 0, skipped: 0 });
        // Only the statements as read differ: the export gave the two statements without an id theirs.
        assert.deepEqual(withoutFileMemory(await dumpDatabase(db)), withoutFileMemory(before));
        const exportedAgain = join(mkdtempSync(join(tmpdir(), 'kt-export-')), 'koalitionsvertrag-2021');
        await exportAgreementsAsOkf(db, exportedAgain);
        for (const file of readdirSync(exported))
          assert.equal(readFileSync(join(exportedAgain, file), 'utf8'), readFileSync(join(exported, file), 'utf8'), file);
      }));
  });
}

/** The content without what the tracker remembers of the files it read (the statements as read). */
function withoutFileMemory(dump: Dump): Dump {
  return {
    ...dump,
    pledges: (dump.pledges as Record<string, unknown>[]).map(
      ({ statement_source: _source, imported_statement: _read, ...pledge }) => pledge,
    ),
  };
}

describe('export after work in the tracker', { skip: skipWithoutCorpus }, () => {
  test('re-importing the export changes nothing, developments and anchors included', () =>
    withTestStore('sqlite', async ({ db }) => {
      await importAgreementFiles(db, [CORPUS_DIRECTORY], { now });
      const chapter = (await findChapterBySlug(db, '2-2-digitale-innovationen-und-digitale-infrastruktur'))!;
      const quote = 'Wir führen ein Recht auf Verschlüsselung';
      const start = chapter.body.indexOf(quote);
      const stamp = now.toISOString();
      const pledgeId = await insertPledge(db, {
        agreement_id: chapter.agreement_id,
        chapter_id: chapter.id,
        slug: 'recht-auf-verschluesselung',
        title: 'Recht auf Verschlüsselung',
        quote,
        quote_start: start,
        quote_end: start + quote.length,
        deadline: '2025-09-30',
        success_criterion: 'erfüllt, wenn ein Gesetz es garantiert',
        lead_ministry_id: await findOrCreateTerm(db, 'ministries', 'Bundesministerium des Innern'),
        partner_id: await findOrCreateTerm(db, 'organisations', 'Digitalcourage'),
        published: 1,
        created_at: stamp,
        updated_at: stamp,
      });
      await setPledgeTopics(db, pledgeId, [await findOrCreateTerm(db, 'topics', 'IT-Sicherheit')]);
      for (const [eventDate, statusChange, ratingChange, url] of [
        ['2022-03-01', 'in_progress', null, 'https://example.org/eckpunkte'],
        ['2023-07-12', 'partially_implemented', 3, 'https://example.org/gesetz'],
      ] as const) {
        await insertDevelopment(
          db,
          {
            pledgeId,
            eventDate,
            publishedAt: stamp,
            title: 'Schritt',
            body: '',
            statusChange,
            ratingChange,
            origin: 'editor',
            sources: [{ url, title: 'Quelle', publisher: 'Bundestag', publishedOn: eventDate }],
          },
          stamp,
        );
      }
      await refreshPledgeState(db, pledgeId);
      // An editor's pledge decides the candidate it covers; a first import settles that link.
      await importAgreementFiles(db, [CORPUS_DIRECTORY], { now });
      const covered = await db.selectFrom('candidates').select(['decision', 'pledge_id']).where('pledge_id', '=', pledgeId).execute();
      assert.deepEqual(covered, [{ decision: 'accepted', pledge_id: pledgeId }]);
      const before = await dumpDatabase(db);

      const exported = join(mkdtempSync(join(tmpdir(), 'kt-export-')), 'koalitionsvertrag-2021');
      await exportAgreementsAsOkf(db, exported);
      const text = readFileSync(join(exported, '2-2-digitale-innovationen-und-digitale-infrastruktur.md'), 'utf8');
      assert.ok(text.includes(`[${quote}](#recht-auf-verschluesselung)`), 'the marker is back in the body');
      assert.match(text, /status: "partially_implemented"\n {4}id: recht-auf-verschluesselung/);
      const again = await importAgreementFiles(db, [exported], { now: new Date('2027-01-01T00:00:00Z') });
      assert.deepEqual(again.pledges, { created: 0, changed: 0, skipped: 0 });
      assert.deepEqual(withoutFileMemory(await dumpDatabase(db)), withoutFileMemory(before));
    }));
});

describe('export of untouched chapters', { skip: skipWithoutCorpus }, () => {
  test('keeps every body byte-identical, and files without statements entirely so', () =>
    withTestStore('sqlite', async ({ db }) => {
      await importAgreementFiles(db, [CORPUS_DIRECTORY], { now });
      const exported = mkdtempSync(join(tmpdir(), 'kt-export-'));
      await exportAgreementsAsOkf(db, exported);
      assert.deepEqual(
        readdirSync(exported)
          .filter((name) => name.endsWith('.md'))
          .sort(),
        corpusFiles().map((file) => basename(file)),
      );
      for (const file of corpusFiles()) {
        const original = readFileSync(file, 'utf8');
        const written = readFileSync(join(exported, basename(file)), 'utf8');
        const bodyOf = (text: string) => text.slice(text.indexOf('\n---\n') + 5);
        assert.equal(bodyOf(written), bodyOf(original), `body of ${basename(file)}`);
        if (parseOkfChapter(original).statements.length === 0) assert.equal(written, original, basename(file));
      }
    }));
});
