import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findAgreementBySlug, listAgreements } from '../store/agreements.ts';
import { listCandidatesOfChapter, updateCandidate } from '../store/candidates.ts';
import { findChapterBySlug } from '../store/chapters.ts';
import { extractCandidates } from '../text/extract.ts';
import { findPledgeBySlug } from '../store/pledges.ts';
import { insertDevelopment, listDevelopmentsOfPledge } from '../store/developments.ts';
import { refreshPledgeState } from '../store/pledge-state.ts';
import { topicsOfPledges } from '../store/vocabularies.ts';
import {
  bodyMarking,
  chapterText,
  DEFAULT_BODY,
  DEFAULT_FILE,
  DEFAULT_STATEMENTS,
  writeChapterFolder,
} from '../../test/support/chapter-file.ts';
import { DIALECTS, withTestStore } from '../../test/support/dialects.ts';
import { dumpDatabase } from '../../test/support/dump.ts';
import { importAgreementFiles } from './import-agreement.ts';

const now = new Date('2026-01-15T10:00:00Z');

for (const dialect of DIALECTS) {
  describe(`import (${dialect})`, () => {
    test('statements become pledges anchored at their markers, with status history', () =>
      withTestStore(dialect, async ({ db }) => {
        const folder = writeChapterFolder({ [DEFAULT_FILE]: chapterText({ statements: DEFAULT_STATEMENTS }) });
        const report = await importAgreementFiles(db, [folder], { now });
        assert.equal(report.chapters.created, 1);
        assert.equal(report.pledges.created, 2);

        const chapter = (await findChapterBySlug(db, '2-2-digitale-innovationen'))!;
        assert.equal(chapter.number, '2.2');
        assert.equal(chapter.title, 'Digitale Innovationen');
        assert.ok(!chapter.body.includes('](#'), 'markers are removed from the stored body');

        const pledge = (await findPledgeBySlug(db, 'verschluesselung'))!;
        assert.equal(pledge.title, 'Recht auf Verschlüsselung');
        assert.equal(chapter.body.slice(pledge.quote_start!, pledge.quote_end!), 'Wir führen ein Recht auf Verschlüsselung ein.');
        assert.equal(pledge.quote, 'Wir führen ein Recht auf Verschlüsselung ein.');
        assert.equal(pledge.status, 'partially_implemented');
        assert.deepEqual(
          (await topicsOfPledges(db, [pledge.id])).get(pledge.id)!.map((topic) => topic.name),
          ['Bürgerrechte', 'Digitales'],
        );

        const [development] = await listDevelopmentsOfPledge(db, pledge.id);
        assert.equal(development!.event_date, '2023-04-01');
        assert.equal(development!.status_change, 'partially_implemented');
        assert.equal(development!.published_at, now.toISOString());
        assert.deepEqual(
          development!.sources.map((source) => source.url),
          ['https://example.org/entwurf'],
        );

        const untouched = (await findPledgeBySlug(db, 'dateninstitut'))!;
        assert.equal(untouched.status, 'not_started');
        assert.deepEqual(await listDevelopmentsOfPledge(db, untouched.id), [], 'no update without news');
      }));

    test('importing the same files again changes nothing', () =>
      withTestStore(dialect, async ({ db }) => {
        const folder = writeChapterFolder({ [DEFAULT_FILE]: chapterText({ statements: DEFAULT_STATEMENTS }) });
        await importAgreementFiles(db, [folder], { now });
        const before = await dumpDatabase(db);
        const report = await importAgreementFiles(db, [folder], { now: new Date('2026-06-01T00:00:00Z') });
        assert.deepEqual(report.chapters, { created: 0, changed: 0, unchanged: 1 });
        assert.deepEqual(report.pledges, { created: 0, changed: 0, skipped: 0 });
        assert.deepEqual(report.pledgeEntries, []);
        assert.deepEqual(await dumpDatabase(db), before);
      }));

    test('a changed file updates in place and keeps developments recorded in the tracker', () =>
      withTestStore(dialect, async ({ db }) => {
        const folder = writeChapterFolder({ [DEFAULT_FILE]: chapterText({ statements: DEFAULT_STATEMENTS }) });
        await importAgreementFiles(db, [folder], { now });
        const pledge = (await findPledgeBySlug(db, 'dateninstitut'))!;
        await insertDevelopment(
          db,
          {
            pledgeId: pledge.id,
            eventDate: '2024-02-01',
            publishedAt: now.toISOString(),
            title: 'Gründungskommission eingesetzt',
            body: '',
            statusChange: 'in_progress',
            ratingChange: null,
            origin: 'editor',
            sources: [{ url: 'https://example.org/kommission', title: 'Pressemitteilung', publisher: null, publishedOn: null }],
          },
          now.toISOString(),
        );
        await refreshPledgeState(db, pledge.id);

        const changedBody = `\nNeuer erster Absatz.\n${DEFAULT_BODY.replace('Wir werden ein IT-Sicherheitsgesetz beschließen.', 'Wir werden ein IT-Sicherheitsgesetz schnell beschließen.')}`;
        const changedStatements = [
          { ...DEFAULT_STATEMENTS[0]!, summary: 'Recht auf Verschlüsselung einführen', lastUpdate: '2023-05-01' },
          DEFAULT_STATEMENTS[1]!,
        ];
        writeFileSync(join(folder, DEFAULT_FILE), chapterText({ statements: changedStatements, body: changedBody }));
        const report = await importAgreementFiles(db, [folder], { now });
        assert.equal(report.chapters.changed, 1);
        assert.deepEqual(
          report.chapterEntries.map((entry) => entry.fields),
          [['body']],
        );

        const kept = (await findPledgeBySlug(db, 'dateninstitut'))!;
        assert.equal(kept.id, pledge.id);
        assert.equal(kept.status, 'in_progress', 'the stale file status does not undo a development');
        const skipped = report.pledgeEntries.find((entry) => entry.id === 'dateninstitut')!;
        assert.equal(skipped.outcome, 'skipped');
        assert.equal(skipped.reason, "the statement has no last_update, so it is not newer than the tracker's latest change (2024-02-01)");
        assert.deepEqual(skipped.fields, [{ field: 'status', tracker: 'in_progress', file: 'not_started' }]);
        assert.equal((await listDevelopmentsOfPledge(db, kept.id)).length, 1);
        const chapter = (await findChapterBySlug(db, '2-2-digitale-innovationen'))!;
        assert.equal(chapter.body.slice(kept.quote_start!, kept.quote_end!), kept.quote, 'anchor follows the moved text');
        assert.equal((await findPledgeBySlug(db, 'verschluesselung'))!.title, 'Recht auf Verschlüsselung einführen');
      }));

    test('a status changed in the file becomes a dated update; an unchanged one does not overrule the tracker', () =>
      withTestStore(dialect, async ({ db }) => {
        const folder = writeChapterFolder({ [DEFAULT_FILE]: chapterText({ statements: DEFAULT_STATEMENTS }) });
        await importAgreementFiles(db, [folder], { now });
        const changed = [
          {
            ...DEFAULT_STATEMENTS[0]!,
            status: 'implemented',
            lastUpdate: '2024-10-01',
            reports: [...(DEFAULT_STATEMENTS[0]!.reports ?? []), { title: 'BGBl', url: 'https://example.org/bgbl' }],
          },
          DEFAULT_STATEMENTS[1]!,
        ];
        writeFileSync(join(folder, DEFAULT_FILE), chapterText({ statements: changed }));
        await importAgreementFiles(db, [folder], { now });
        const pledge = (await findPledgeBySlug(db, 'verschluesselung'))!;
        assert.equal(pledge.status, 'implemented');
        assert.equal(pledge.last_event_date, '2024-10-01');
        const developments = await listDevelopmentsOfPledge(db, pledge.id);
        assert.deepEqual(
          developments.map((development) => [
            development.event_date,
            development.status_change,
            development.sources.map((source) => source.url),
          ]),
          [
            ['2023-04-01', 'partially_implemented', ['https://example.org/entwurf']],
            ['2024-10-01', 'implemented', ['https://example.org/bgbl']],
          ],
        );
      }));

    test('statements without id get a slug from their summary that stays stable', () =>
      withTestStore(dialect, async ({ db }) => {
        const body = '\nText ohne Markierungen.\n';
        const folder = writeChapterFolder({
          'a.md': chapterText({
            title: '2.1 A',
            body,
            statements: [{ summary: 'Lobbyregister nachschärfen' }, { summary: 'Lobbyregister nachschärfen' }],
          }),
          'b.md': chapterText({ title: '2.3 B', body, statements: [{ summary: 'Lobbyregister nachschärfen' }] }),
        });
        await importAgreementFiles(db, [folder], { now });
        await importAgreementFiles(db, [folder], { now });
        const slugs = ((await dumpDatabase(db)).pledges as { slug: string }[]).map((row) => row.slug).sort();
        assert.deepEqual(slugs, ['lobbyregister-nachschaerfen', 'lobbyregister-nachschaerfen-2', 'lobbyregister-nachschaerfen-3']);
      }));

    test('agreement.yml names the agreement and government; without it the folder name does', () =>
      withTestStore(dialect, async ({ db }) => {
        const folder = writeChapterFolder({
          [DEFAULT_FILE]: chapterText(),
          'agreement.yml':
            'slug: kv-2021\ntitle: "Mehr Fortschritt wagen"\ngovernment:\n  name: "Ampel"\n  parties: [SPD, Grüne, FDP]\n  term_start: 2021-12-08\n  term_end: 2025-12-07\n',
        });
        await importAgreementFiles(db, [folder], { now });
        const agreement = (await findAgreementBySlug(db, 'kv-2021'))!;
        assert.equal(agreement.title, 'Mehr Fortschritt wagen');
        assert.deepEqual(
          [agreement.government.name, agreement.government.parties, agreement.government.term_start],
          ['Ampel', '["SPD","Grüne","FDP"]', '2021-12-08'],
        );

        const more = writeChapterFolder({ '3-1-wirtschaft.md': chapterText({ title: '3.1 Wirtschaft' }) }, `${folder}/../kv-2021`);
        await importAgreementFiles(db, [more], { now });
        const agreements = (await listAgreements(db)).map(({ slug, title }) => ({ slug, title }));
        assert.deepEqual(
          agreements,
          [{ slug: 'kv-2021', title: 'Mehr Fortschritt wagen' }],
          'same slug joins the agreement and keeps its title',
        );
      }));

    test('a chapter file name used by another agreement gets a prefixed slug', () =>
      withTestStore(dialect, async ({ db }) => {
        await importAgreementFiles(db, [writeChapterFolder({ '1-praeambel.md': chapterText({ title: '1. Präambel' }) })], {
          now,
          agreementSlug: 'kv-2021',
        });
        await importAgreementFiles(db, [writeChapterFolder({ '1-praeambel.md': chapterText({ title: '1. Präambel' }) })], {
          now,
          agreementSlug: 'kv-2025',
        });
        const slugs = ((await dumpDatabase(db)).chapters as { id: number; slug: string }[])
          .sort((a, b) => a.id - b.id)
          .map((row) => row.slug);
        assert.deepEqual(slugs, ['1-praeambel', 'kv-2025-1-praeambel']);
      }));

    test("the extractor's candidates are stored with the chapter, and re-import keeps every decision", () =>
      withTestStore(dialect, async ({ db }) => {
        const folder = writeChapterFolder({ [DEFAULT_FILE]: chapterText({ statements: DEFAULT_STATEMENTS }) });
        await importAgreementFiles(db, [folder], { now });
        const chapter = (await findChapterBySlug(db, '2-2-digitale-innovationen'))!;
        const stored = await listCandidatesOfChapter(db, chapter.id);
        assert.deepEqual(
          stored.map((row) => row.text),
          extractCandidates(chapter.body).map((candidate) => candidate.text),
        );
        for (const row of stored) assert.equal(chapter.body.slice(row.start_offset, row.end_offset), row.text);
        const marked = stored.find((row) => row.text.includes('Recht auf Verschlüsselung'))!;
        assert.equal(marked.decision, 'accepted', 'a statement marked in the file decides its candidate');
        assert.equal(marked.pledge_id, (await findPledgeBySlug(db, 'verschluesselung'))!.id);

        const strengthen = stored.find((row) => row.text.startsWith('Wir werden ein IT-Sicherheitsgesetz'))!;
        await updateCandidate(db, strengthen.id, { decision: 'rejected', decided_at: now.toISOString() });
        const before = await dumpDatabase(db);
        await importAgreementFiles(db, [folder], { now });
        assert.deepEqual(await dumpDatabase(db), before, 'an unchanged chapter keeps its candidates as they are');

        const moved = `\nWir werden ein Gigabit-Grundbuch aufbauen.\n${bodyMarking(['verschluesselung', 'dateninstitut']).replace('Deutschland braucht einen digitalen Aufbruch.', '')}`;
        writeFileSync(join(folder, DEFAULT_FILE), chapterText({ statements: DEFAULT_STATEMENTS, body: moved }));
        await importAgreementFiles(db, [folder], { now });
        const after = await listCandidatesOfChapter(db, chapter.id);
        const rejectedAgain = after.find((row) => row.id === strengthen.id)!;
        assert.equal(rejectedAgain.decision, 'rejected', 'the rejection survives the re-import');
        assert.equal(rejectedAgain.present, 1);
        const newBody = (await findChapterBySlug(db, '2-2-digitale-innovationen'))!.body;
        assert.equal(newBody.slice(rejectedAgain.start_offset, rejectedAgain.end_offset), rejectedAgain.text, 'offsets follow the text');
        assert.ok(
          after.some((row) => row.text === 'Wir werden ein Gigabit-Grundbuch aufbauen.' && row.decision === 'open'),
          'new text brings new candidates',
        );

        writeFileSync(
          join(folder, DEFAULT_FILE),
          chapterText({ statements: DEFAULT_STATEMENTS, body: moved.replace('Wir werden ein IT-Sicherheitsgesetz beschließen.', '') }),
        );
        await importAgreementFiles(db, [folder], { now });
        const gone = (await listCandidatesOfChapter(db, chapter.id)).find((row) => row.id === strengthen.id)!;
        assert.equal(gone.present, 0, 'a decided candidate whose text is gone is kept, marked absent');
        assert.equal(gone.decision, 'rejected');
      }));
  });
}
