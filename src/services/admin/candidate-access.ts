// What every action on a candidate needs: the candidate and its chapter in the state the action
// expects, a snapshot for the audit log, and where the queue goes on afterwards.
import { fieldIssue, NotFoundError, problem, ValidationError } from '../../domain/errors.ts';
import { findCandidateById, listCandidatesOfChapter } from '../../store/candidates.ts';
import { findChapterById } from '../../store/chapters.ts';
import type { Db } from '../../store/database.ts';
import type { CandidateDecision, CandidateRow, Chapter } from '../../store/schema.ts';
import { refuseIfArchived } from '../archive.ts';
import { continueFrom, pageOf } from './candidate-queue.ts';

/** Where the queue continues after an action: the chapter, its page and the candidate to show. */
export interface ReviewOutcome {
  chapterSlug: string;
  page: number;
  candidateId: number | undefined;
}

/** Where to continue after an action: the next open candidate after this one (wrapping around), or this one. */
export async function outcomeAfter(db: Db, chapter: Chapter, candidateId: number, continueWith: 'next' | 'same'): Promise<ReviewOutcome> {
  const rows = (await listCandidatesOfChapter(db, chapter.id)).filter((row) => row.present === 1);
  const target = continueFrom(
    rows,
    rows.findIndex((row) => row.id === candidateId),
    continueWith,
  );
  return { chapterSlug: chapter.slug, page: pageOf(target), candidateId: rows[target]?.id };
}

export const snapshot = (row: CandidateRow) => ({
  start: row.start_offset,
  end: row.end_offset,
  text: row.text,
  decision: row.decision,
  pledgeId: row.pledge_id,
  title: row.title,
  slug: row.slug,
});

/**
 * The candidate and its chapter, inside the transaction; it must still be in the text and in the
 * state the action needs, and its government must not be archived.
 */
export async function candidateFor(
  db: Db,
  candidateId: number,
  state: CandidateDecision,
): Promise<{ candidate: CandidateRow; chapter: Chapter }> {
  const candidate = await findCandidate(db, candidateId);
  await refuseIfArchived(db, { chapterId: candidate.chapter_id });
  return { candidate, chapter: await chapterIfIn(db, candidate, state) };
}

export async function findCandidate(db: Db, candidateId: number): Promise<CandidateRow> {
  const candidate = await findCandidateById(db, candidateId);
  if (!candidate) throw new NotFoundError(problem('notFound.candidate'));
  return candidate;
}

/** The candidate's chapter, when the candidate is still in its text and in the state the action needs. */
export async function chapterIfIn(db: Db, candidate: CandidateRow, state: CandidateDecision): Promise<Chapter> {
  if (candidate.present !== 1) throw new ValidationError([fieldIssue('form', 'candidate.gone')]);
  if (candidate.decision !== state) {
    throw new ValidationError([fieldIssue('form', 'candidate.decidedMeanwhile', { decision: candidate.decision })]);
  }
  return findChapterById(db, candidate.chapter_id);
}

export const taken = () => new ValidationError([fieldIssue('form', 'candidate.taken')]);
