import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chapterText, temporaryFolder, writeChapterFolder } from '../../../test/support/chapter-file.ts';
import { DIALECTS, withTestStore } from '../../../test/support/dialects.ts';
import { ForbiddenError, ValidationError } from '../../domain/errors.ts';
import type { Actor } from '../../domain/roles.ts';
import { listCandidatesOfChapter } from '../../store/candidates.ts';
import { findChapterBySlug } from '../../store/chapters.ts';
import type { Db } from '../../store/database.ts';
import { listPledgesOfChapter } from '../../store/pledges.ts';
import { addUser } from '../accounts.ts';
import { importAgreementFiles } from '../import-agreement.ts';
import { loadReviewQueue } from './candidate-queue.ts';
import { adjustCandidate, mergeCandidates } from './candidate-reshape.ts';
import { acceptCandidate, rejectCandidate, reopenCandidate } from './candidate-review.ts';

const now = new Date('2026-03-01T10:00:00Z');
const BODY =
  '\nWir werden ein Transparenzgesetz vorlegen. Wir werden die Störerhaftung abschaffen. Wir werden ein Open-Data-Gesetz einbringen.\n';

async function setUp(db: Db): Promise<{ editor: Actor; other: Actor; ids: number[]; chapterId: number }> {
  const folder = writeChapterFolder({ 'kapitel.md': chapterText({ body: BODY }) }, temporaryFolder('kv'));
  await importAgreementFiles(db, [folder], { now });
  const actor = async (email: string): Promise<Actor> => ({
    id: await addUser(db, { email, password: 'richtig-langes-passwort', role: 'editor' }, now),
    role: 'editor',
    organisationId: null,
  });
  const chapterId = (await findChapterBySlug(db, 'kapitel'))!.id;
  const rows = await listCandidatesOfChapter(db, chapterId);
  assert.equal(rows.length, 3, 'the extractor proposes each sentence');
  return { editor: await actor('a@example.org'), other: await actor('b@example.org'), ids: rows.map((row) => row.id), chapterId };
}

for (const dialect of DIALECTS) {
  describe(`candidate review (${dialect})`, () => {
    test('only editors and admins may review', () =>
      withTestStore(dialect, async ({ db }) => {
        const { ids } = await setUp(db);
        const expert: Actor = { id: 1, role: 'expert', organisationId: 1 };
        const id = ids[0]!;
        for (const attempt of [
          () => loadReviewQueue(db, expert, 'kapitel', 1),
          () => acceptCandidate(db, expert, id, { title: 'T', slug: 't' }, now),
          () => rejectCandidate(db, expert, id, now),
          () => reopenCandidate(db, expert, id, now),
          () => adjustCandidate(db, expert, id, { start: '1', end: '5' }, now),
          () => mergeCandidates(db, expert, id, { with: String(ids[1]) }, now),
        ])
          await assert.rejects(attempt, ForbiddenError);
      }));

    test('two editors accepting the same candidate at once: one pledge, and a message for the other', () =>
      withTestStore(dialect, async ({ db }) => {
        const { editor, other, ids, chapterId } = await setUp(db);
        const results = await Promise.allSettled([
          acceptCandidate(db, editor, ids[0]!, { title: 'Transparenz', slug: 'transparenz-a' }, now),
          acceptCandidate(db, other, ids[0]!, { title: 'Transparenz', slug: 'transparenz-b' }, now),
        ]);
        assert.equal(results.filter((result) => result.status === 'fulfilled').length, 1);
        const failure = results.find((result) => result.status === 'rejected')!;
        assert.ok(failure.reason instanceof ValidationError, String(failure.reason));
        assert.equal((await listPledgesOfChapter(db, chapterId)).length, 1, 'the loser left no pledge behind');
      }));

    test('accepting a widened span also decides the open candidate it now covers', () =>
      withTestStore(dialect, async ({ db }) => {
        const { editor, ids, chapterId } = await setUp(db);
        const [first, second] = await listCandidatesOfChapter(db, chapterId);
        await adjustCandidate(db, editor, first!.id, { start: String(first!.start_offset), end: String(second!.end_offset) }, now);
        const outcome = await acceptCandidate(db, editor, first!.id, { title: 'Transparenz und Haftung', slug: 'transparenz' }, now);
        assert.equal(outcome.candidateId, ids[2], 'the queue continues after the covered one');
        const rows = await listCandidatesOfChapter(db, chapterId);
        assert.deepEqual(
          rows.slice(0, 2).map((row) => [row.decision, row.decided_by]),
          [
            ['accepted', editor.id],
            ['accepted', editor.id],
          ],
        );
        assert.equal(rows[0]!.pledge_id, rows[1]!.pledge_id);
        assert.equal(rows[2]!.decision, 'open');
      }));
  });
}
