// Use cases of the candidate review: the decisions on a candidate — accept (→ a draft pledge), undo
// the acceptance, reject, reopen — and reshaping it: adjust its span, merge it with another, split it
// into the parts the extractor offers.
import { z } from 'zod';
import { fieldIssue, fieldKey, NotFoundError, problem, ValidationError } from '../../domain/errors.ts';
import type { Actor } from '../../domain/roles.ts';
import { isSlug } from '../../domain/slug.ts';
import { recordAudit } from '../../store/audit.ts';
import {
  deleteCandidates,
  findCandidateById,
  insertCandidates,
  listCandidatesOfChapter,
  updateCandidate,
  updateCandidateIfDecision,
} from '../../store/candidates.ts';
import { findChapterById } from '../../store/chapters.ts';
import type { Db } from '../../store/database.ts';
import { countPledgeDependents, findPledgeById, isPledgeSlugTaken, isStatementIdTaken } from '../../store/pledges.ts';
import type { CandidateDecision, CandidateRow, Chapter } from '../../store/schema.ts';
import { refuseIfArchived } from '../archive.ts';
import { changePledge } from '../pledge-change.ts';
import { lineField, validate } from '../validation.ts';
import { splitOf } from './candidate-offers.ts';
import { continueFrom, pageOf, parseCues, requireEditor } from './candidate-queue.ts';
import { slugify } from '../../domain/slug.ts';

/** Where the queue continues after an action: the chapter, its page and the candidate to show. */
export interface ReviewOutcome {
  chapterSlug: string;
  page: number;
  candidateId: number | undefined;
}

/** Where to continue after an action: the next open candidate after this one (wrapping around), or this one. */
async function outcomeAfter(db: Db, chapter: Chapter, candidateId: number, continueWith: 'next' | 'same'): Promise<ReviewOutcome> {
  const rows = (await listCandidatesOfChapter(db, chapter.id)).filter((row) => row.present === 1);
  const target = continueFrom(
    rows,
    rows.findIndex((row) => row.id === candidateId),
    continueWith,
  );
  return { chapterSlug: chapter.slug, page: pageOf(target), candidateId: rows[target]?.id };
}

const snapshot = (row: CandidateRow) => ({
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
async function candidateFor(db: Db, candidateId: number, state: CandidateDecision): Promise<{ candidate: CandidateRow; chapter: Chapter }> {
  const candidate = await findCandidate(db, candidateId);
  await refuseIfArchived(db, { chapterId: candidate.chapter_id });
  return { candidate, chapter: await chapterIfIn(db, candidate, state) };
}

async function findCandidate(db: Db, candidateId: number): Promise<CandidateRow> {
  const candidate = await findCandidateById(db, candidateId);
  if (!candidate) throw new NotFoundError(problem('notFound.candidate'));
  return candidate;
}

/** The candidate's chapter, when the candidate is still in its text and in the state the action needs. */
async function chapterIfIn(db: Db, candidate: CandidateRow, state: CandidateDecision): Promise<Chapter> {
  if (candidate.present !== 1) throw new ValidationError([fieldIssue('form', 'candidate.gone')]);
  if (candidate.decision !== state) {
    throw new ValidationError([fieldIssue('form', 'candidate.decidedMeanwhile', { decision: candidate.decision })]);
  }
  return findChapterById(db, candidate.chapter_id);
}

const taken = () => new ValidationError([fieldIssue('form', 'candidate.taken')]);

const acceptSchema = z.object({
  title: lineField({ error: fieldKey('candidate.titleRequired') })
    .trim()
    .min(1, fieldKey('candidate.titleRequired'))
    .max(300, fieldKey('candidate.titleLong')),
  slug: z
    .string({ error: fieldKey('candidate.slugRequired') })
    .trim()
    .min(1, fieldKey('candidate.slugRequired'))
    .refine(isSlug, fieldKey('candidate.slugForm')),
});

/** Accepting creates a draft (unpublished) pledge anchored at the candidate's span; the edit form publishes it. */
export async function acceptCandidate(
  db: Db,
  actor: Actor,
  candidateId: number,
  input: Record<string, unknown>,
  now: Date,
): Promise<ReviewOutcome> {
  requireEditor(actor);
  const fields = validate(acceptSchema, input);
  const chapter = await db.transaction().execute(async (trx) => {
    const candidate = await findCandidate(trx, candidateId);
    return changePledge(
      trx,
      { actor, needs: 'content.edit', at: now.toISOString() },
      { chapterId: candidate.chapter_id },
      async (change) => {
        const { at } = change;
        const chapter = await chapterIfIn(trx, candidate, 'open');
        if ((await isPledgeSlugTaken(trx, fields.slug)) || (await isStatementIdTaken(trx, chapter.agreement_id, fields.slug))) {
          throw new ValidationError([fieldIssue('slug', 'candidate.slugTaken', { slug: fields.slug })]);
        }
        const quote = chapter.body.slice(candidate.start_offset, candidate.end_offset);
        const pledge = {
          slug: fields.slug,
          title: fields.title,
          chapter_id: chapter.id,
          quote,
          quote_start: candidate.start_offset,
          quote_end: candidate.end_offset,
          published: 0,
        };
        const pledgeId = await change.insertPledge({
          ...pledge,
          agreement_id: chapter.agreement_id,
          statement_id: fields.slug,
          created_at: at,
          updated_at: at,
        });
        const decision = { decision: 'accepted' as const, pledge_id: pledgeId, decided_by: actor.id, decided_at: at };
        if (!(await updateCandidateIfDecision(trx, candidate.id, 'open', decision))) throw taken();
        // Open candidates the new quote overlaps are decided by it, as a re-import would decide them.
        const covered = (await listCandidatesOfChapter(trx, chapter.id)).filter(
          (row) =>
            row.id !== candidate.id &&
            row.present === 1 &&
            row.decision === 'open' &&
            row.start_offset < candidate.end_offset &&
            candidate.start_offset < row.end_offset,
        );
        for (const row of covered) await updateCandidate(trx, row.id, decision);
        change.audit({
          action: 'pledge.create',
          entityType: 'pledge',
          entityId: pledgeId,
          summary: `Vorhaben „${fields.title}“ als Entwurf aus einem Vorschlag angelegt`,
          before: null,
          after: pledge,
        });
        change.audit({
          action: 'candidate.accept',
          entityType: 'candidate',
          entityId: candidate.id,
          summary: `Vorschlag als Vorhaben „${fields.title}“ angenommen`,
          before: snapshot(candidate),
          after: { ...snapshot(candidate), decision: 'accepted', pledgeId, alsoDecided: covered.map((row) => row.id) },
        });
        return chapter;
      },
    );
  });
  return outcomeAfter(db, chapter, candidateId, 'next');
}

/**
 * Takes an acceptance back while its Vorhaben is still a draft nothing refers to: the Vorhaben is
 * deleted, and the candidate and the ones its quote decided are open again.
 */
export async function undoAcceptance(db: Db, actor: Actor, candidateId: number, now: Date): Promise<ReviewOutcome> {
  requireEditor(actor);
  const chapter = await db.transaction().execute(async (trx) => {
    const candidate = await findCandidate(trx, candidateId);
    const chapter = await chapterIfIn(trx, candidate, 'accepted');
    const pledge = candidate.pledge_id === null ? undefined : await findPledgeById(trx, candidate.pledge_id);
    if (!pledge || pledge.published === 1 || Object.values(await countPledgeDependents(trx, pledge.id)).some((n) => n > 0)) {
      throw new ValidationError([fieldIssue('form', 'candidate.undoPublished')]);
    }
    await changePledge(trx, { actor, needs: 'content.edit', at: now.toISOString() }, { pledgeId: pledge.id }, async (change) => {
      const reopened = (await listCandidatesOfChapter(trx, chapter.id)).filter((row) => row.pledge_id === pledge.id).map((row) => row.id);
      await change.deletePledge(pledge.id);
      change.audit({
        action: 'pledge.delete',
        entityType: 'pledge',
        entityId: pledge.id,
        summary: `Entwurf „${pledge.title}“ gelöscht: Annahme zurückgenommen`,
        before: { slug: pledge.slug, title: pledge.title },
        after: null,
      });
      change.audit({
        action: 'candidate.undo',
        entityType: 'candidate',
        entityId: candidate.id,
        summary: `Annahme des Vorschlags „${candidate.title}“ zurückgenommen`,
        before: snapshot(candidate),
        after: { ...snapshot(candidate), decision: 'open', pledgeId: null, reopened },
      });
    });
    return chapter;
  });
  return outcomeAfter(db, chapter, candidateId, 'same');
}

export async function rejectCandidate(db: Db, actor: Actor, candidateId: number, now: Date): Promise<ReviewOutcome> {
  return decide(db, actor, candidateId, now, {
    from: 'open',
    to: 'rejected',
    action: 'candidate.reject',
    summary: 'Vorschlag abgelehnt',
    continueWith: 'next',
  });
}

/** A rejected candidate goes back into the queue. */
export async function reopenCandidate(db: Db, actor: Actor, candidateId: number, now: Date): Promise<ReviewOutcome> {
  return decide(db, actor, candidateId, now, {
    from: 'rejected',
    to: 'open',
    action: 'candidate.reopen',
    summary: 'Vorschlag wieder geöffnet',
    continueWith: 'same',
  });
}

async function decide(
  db: Db,
  actor: Actor,
  candidateId: number,
  now: Date,
  step: { from: CandidateDecision; to: CandidateDecision; action: string; summary: string; continueWith: 'next' | 'same' },
): Promise<ReviewOutcome> {
  requireEditor(actor);
  const stamp = now.toISOString();
  const chapter = await db.transaction().execute(async (trx) => {
    const { candidate, chapter } = await candidateFor(trx, candidateId, step.from);
    // decided_by/decided_at name who last acted on a candidate, also when that put it back into the queue.
    if (
      !(await updateCandidateIfDecision(trx, candidate.id, step.from, {
        decision: step.to,
        pledge_id: null,
        decided_by: actor.id,
        decided_at: stamp,
      }))
    )
      throw taken();
    await recordAudit(
      trx,
      {
        userId: actor.id,
        action: step.action,
        entityType: 'candidate',
        entityId: candidate.id,
        summary: `${step.summary}: „${candidate.title}“`,
        before: snapshot(candidate),
        after: { ...snapshot(candidate), decision: step.to },
      },
      stamp,
    );
    return chapter;
  });
  return outcomeAfter(db, chapter, candidateId, step.continueWith);
}

const offset = (key: 'candidate.startNumber' | 'candidate.endNumber') =>
  z
    .string({ error: fieldKey('candidate.numberRequired') })
    .trim()
    .regex(/^\d{1,9}$/, fieldKey(key))
    .transform(Number);
const spanSchema = z.object({ start: offset('candidate.startNumber'), end: offset('candidate.endNumber') });

/**
 * Reshapes an open candidate (its span, a merge, a split) in one transaction: `work` gets the candidate,
 * its chapter and the time, and returns the candidate the queue goes on with.
 */
async function reshape(
  db: Db,
  actor: Actor,
  candidateId: number,
  now: Date,
  work: (open: { trx: Db; candidate: CandidateRow; chapter: Chapter; stamp: string }) => Promise<number>,
): Promise<ReviewOutcome> {
  requireEditor(actor);
  const stamp = now.toISOString();
  const { chapter, next } = await db.transaction().execute(async (trx) => {
    const { candidate, chapter } = await candidateFor(trx, candidateId, 'open');
    return { chapter, next: await work({ trx, candidate, chapter, stamp }) };
  });
  return outcomeAfter(db, chapter, next, 'same');
}

/** A new span, read again from the chapter text; whitespace at its edges is left out. */
export async function adjustCandidate(
  db: Db,
  actor: Actor,
  candidateId: number,
  input: Record<string, unknown>,
  now: Date,
): Promise<ReviewOutcome> {
  return reshape(db, actor, candidateId, now, async ({ trx, candidate, chapter, stamp }) => {
    const fields = validate(spanSchema, input);
    const span = checkedSpan(chapter.body, fields.start, fields.end);
    const changes = {
      start_offset: span.start,
      end_offset: span.end,
      text: chapter.body.slice(span.start, span.end),
      decided_by: actor.id,
      decided_at: stamp,
    };
    if (!(await updateCandidateIfDecision(trx, candidate.id, 'open', changes))) throw taken();
    await recordAudit(
      trx,
      {
        userId: actor.id,
        action: 'candidate.adjust',
        entityType: 'candidate',
        entityId: candidate.id,
        summary: `Ausschnitt des Vorschlags „${candidate.title}“ geändert`,
        before: snapshot(candidate),
        after: { ...snapshot(candidate), start: span.start, end: span.end, text: changes.text },
      },
      stamp,
    );
    return candidate.id;
  });
}

function checkedSpan(body: string, start: number, end: number): { start: number; end: number } {
  if (end > body.length) throw new ValidationError([fieldIssue('end', 'candidate.endBeyondText', { length: body.length })]);
  if (start >= end) throw new ValidationError([fieldIssue('start', 'candidate.startAfterEnd')]);
  const text = body.slice(start, end);
  const lead = text.length - text.trimStart().length;
  const trail = text.length - text.trimEnd().length;
  if (lead === text.length) throw new ValidationError([fieldIssue('start', 'candidate.onlySpace')]);
  return { start: start + lead, end: end - trail };
}

const mergeSchema = z.object({
  with: z
    .string({ error: fieldKey('candidate.choose') })
    .regex(/^\d{1,9}$/, fieldKey('candidate.choose'))
    .transform(Number),
});

/**
 * Joins a candidate with a later (or earlier) open one of its chapter into one span from the first
 * start to the last end; the earlier row stays, the others — including any between them — go.
 */
export async function mergeCandidates(
  db: Db,
  actor: Actor,
  candidateId: number,
  input: Record<string, unknown>,
  now: Date,
): Promise<ReviewOutcome> {
  return reshape(db, actor, candidateId, now, async ({ trx, candidate, chapter, stamp }) => {
    const fields = validate(mergeSchema, input);
    const rows = (await listCandidatesOfChapter(trx, chapter.id)).filter((row) => row.present === 1);
    const here = rows.findIndex((row) => row.id === candidate.id);
    const there = rows.findIndex((row) => row.id === fields.with);
    if (there === -1 || there === here) throw new ValidationError([fieldIssue('with', 'candidate.chooseOther')]);
    const joined = rows.slice(Math.min(here, there), Math.max(here, there) + 1);
    const decided = joined.find((row) => row.decision !== 'open');
    if (decided)
      throw new ValidationError([
        fieldIssue('with', 'candidate.mergeDecided', { number: rows.indexOf(decided) + 1, decision: decided.decision }),
      ]);
    const [kept, ...absorbed] = joined as [CandidateRow, ...CandidateRow[]];
    const start = kept.start_offset;
    const end = Math.max(...joined.map((row) => row.end_offset));
    const merged = {
      start_offset: start,
      end_offset: end,
      text: chapter.body.slice(start, end),
      score: Math.max(...joined.map((row) => row.score)),
      kind: joined.some((row) => row.kind === 'specific') ? ('specific' as const) : ('vague' as const),
      cues: JSON.stringify([...new Set(joined.flatMap((row) => parseCues(row.cues)))]),
      decided_by: actor.id,
      decided_at: stamp,
    };
    if (!(await updateCandidateIfDecision(trx, kept.id, 'open', merged))) throw taken();
    await deleteCandidates(
      trx,
      absorbed.map((row) => row.id),
    );
    await recordAudit(
      trx,
      {
        userId: actor.id,
        action: 'candidate.merge',
        entityType: 'candidate',
        entityId: kept.id,
        summary: `Vorschläge ${joined.map((row) => rows.indexOf(row) + 1).join(', ')} zu einem zusammengeführt`,
        before: { candidates: joined.map((row) => ({ id: row.id, ...snapshot(row) })) },
        after: { ...snapshot(kept), start, end, text: merged.text, removed: absorbed.map((row) => row.id) },
      },
      stamp,
    );
    return kept.id;
  });
}

/**
 * Replaces an open candidate by the parts the extractor offers for it now, each an open candidate with
 * its own span, title and cues. The parts count as an editor's spans (`decided_by`), so an import keeps
 * them and does not propose the whole again.
 */
export async function splitCandidate(db: Db, actor: Actor, candidateId: number, now: Date): Promise<ReviewOutcome> {
  return reshape(db, actor, candidateId, now, async ({ trx, candidate, chapter, stamp }) => {
    const parts = splitOf(chapter.body, candidate.start_offset, candidate.end_offset);
    if (!parts) throw new ValidationError([fieldIssue('form', 'candidate.noSplit')]);
    if (!(await updateCandidateIfDecision(trx, candidate.id, 'open', { decided_by: actor.id, decided_at: stamp }))) throw taken();
    await deleteCandidates(trx, [candidate.id]);
    await insertCandidates(
      trx,
      parts.map((part) => ({
        chapter_id: chapter.id,
        start_offset: part.start,
        end_offset: part.end,
        text: chapter.body.slice(part.start, part.end),
        score: candidate.score,
        kind: candidate.kind,
        cues: JSON.stringify(part.cues),
        title: part.title,
        slug: slugify(part.title),
        decided_by: actor.id,
        decided_at: stamp,
        created_at: stamp,
      })),
    );
    const first = (await listCandidatesOfChapter(trx, chapter.id)).find(
      (row) => row.start_offset === parts[0]!.start && row.present === 1,
    )!;
    await recordAudit(
      trx,
      {
        userId: actor.id,
        action: 'candidate.split',
        entityType: 'candidate',
        entityId: first.id,
        summary: `Vorschlag „${candidate.title}“ in ${parts.length} geteilt: ${parts.map((part) => part.title).join('; ')}`,
        before: snapshot(candidate),
        after: { parts: parts.map((part) => ({ start: part.start, end: part.end, title: part.title })) },
      },
      stamp,
    );
    return first.id;
  });
}
