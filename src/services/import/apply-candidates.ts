// Keeps a chapter's stored candidates equal to what the extractor proposes now, without losing
// any decision: a decided candidate whose text is gone stays, marked as no longer present; a span
// an editor acted on stays while its text stands in the chapter, and nothing overlapping it is
// proposed again.
import type { Candidate } from '../../text/extract.ts';
import { deleteCandidates, insertCandidates, listCandidatesOfChapter, updateCandidate } from '../../store/candidates.ts';
import { findChapterById } from '../../store/chapters.ts';
import type { Db } from '../../store/database.ts';
import { listPledgesOfChapter } from '../../store/pledges.ts';
import type { CandidateRow } from '../../store/schema.ts';
import { nearestOccurrence } from './apply-chapter.ts';

/** Returns how many new proposals it stored. */
export async function reconcileCandidates(db: Db, chapterId: number, proposed: readonly Candidate[], now: string): Promise<number> {
  const stored = await listCandidatesOfChapter(db, chapterId);
  const unmatched = new Set(stored);
  const fresh: Candidate[] = [];
  for (const candidate of proposed) {
    const match = nearestWithText(unmatched, candidate);
    if (!match) {
      fresh.push(candidate);
      continue;
    }
    unmatched.delete(match);
    const fields = fieldsOf(candidate);
    if (Object.entries(fields).some(([key, value]) => match[key as keyof typeof fields] !== value) || match.present !== 1) {
      await updateCandidate(db, match.id, { ...fields, present: 1 });
    }
  }
  const kept = await keepEditorSpans(db, [...unmatched], (await findChapterById(db, chapterId)).body);
  const inserts = fresh.filter((candidate) => !kept.some((row) => row.start_offset < candidate.end && candidate.start < row.end_offset));
  await insertCandidates(
    db,
    inserts.map((candidate) => ({ chapter_id: chapterId, ...fieldsOf(candidate), created_at: now })),
  );
  const keptIds = new Set(kept.map((row) => row.id));
  const gone = [...unmatched].filter((row) => !keptIds.has(row.id));
  await deleteCandidates(
    db,
    gone.filter((row) => row.decision === 'open').map((row) => row.id),
  );
  for (const row of gone.filter((candidate) => candidate.decision !== 'open' && candidate.present === 1))
    await updateCandidate(db, row.id, { present: 0 });
  await acceptCandidatesCoveredByPledges(db, chapterId, now);
  return inserts.length;
}

function fieldsOf(candidate: Candidate) {
  return {
    start_offset: candidate.start,
    end_offset: candidate.end,
    text: candidate.text,
    score: candidate.score,
    kind: candidate.kind,
    cues: JSON.stringify(candidate.cues),
    title: candidate.title,
    slug: candidate.slug,
  };
}

function nearestWithText(rows: Set<CandidateRow>, candidate: Candidate): CandidateRow | undefined {
  let best: CandidateRow | undefined;
  for (const row of rows) {
    if (row.text !== candidate.text) continue;
    if (!best || Math.abs(row.start_offset - candidate.start) < Math.abs(best.start_offset - candidate.start)) best = row;
  }
  return best;
}

/**
 * Spans an editor acted on (decided, adjusted, merged: `decided_by` is set) that the extractor
 * does not propose: they stay, moved to where their text now stands, as long as it still does.
 */
async function keepEditorSpans(db: Db, rows: readonly CandidateRow[], body: string): Promise<CandidateRow[]> {
  const kept: CandidateRow[] = [];
  for (const row of rows) {
    if (row.decided_by === null) continue;
    const start = nearestOccurrence(body, row.text, row.start_offset);
    if (start === undefined) continue;
    const moved = { start_offset: start, end_offset: start + row.text.length, present: 1 };
    if (moved.start_offset !== row.start_offset || row.present !== 1) await updateCandidate(db, row.id, moved);
    kept.push({ ...row, ...moved });
  }
  return kept;
}

/** An open candidate whose span overlaps an anchored pledge was decided by that pledge (from a file or an editor). */
async function acceptCandidatesCoveredByPledges(db: Db, chapterId: number, now: string): Promise<void> {
  const anchored = (await listPledgesOfChapter(db, chapterId)).filter((pledge) => pledge.quote_start !== null && pledge.quote_end !== null);
  if (anchored.length === 0) return;
  for (const row of await listCandidatesOfChapter(db, chapterId)) {
    if (row.decision !== 'open' || row.present !== 1) continue;
    const pledge = anchored.find((candidate) => candidate.quote_start! < row.end_offset && row.start_offset < candidate.quote_end!);
    if (pledge) await updateCandidate(db, row.id, { decision: 'accepted', pledge_id: pledge.id, decided_at: now });
  }
}
