// Use cases of the candidate review: the decisions on a candidate — accept (→ a draft pledge), undo
// the acceptance, reject, reopen. Reshaping a candidate is candidate-reshape.ts.
import { z } from 'zod';
import { fieldIssue, fieldKey, ValidationError } from '../../domain/errors.ts';
import type { Actor } from '../../domain/roles.ts';
import { isSlug } from '../../domain/slug.ts';
import { recordAudit } from '../../store/audit.ts';
import { listCandidatesOfChapter, updateCandidate, updateCandidateIfDecision } from '../../store/candidates.ts';
import type { Db } from '../../store/database.ts';
import { countPledgeDependents, findPledgeById, isPledgeSlugTaken, isStatementIdTaken } from '../../store/pledges.ts';
import type { CandidateDecision } from '../../store/schema.ts';
import { changePledge } from '../pledge-change.ts';
import { lineField, validate } from '../validation.ts';
import { requireEditor } from './candidate-queue.ts';
import { candidateFor, chapterIfIn, findCandidate, outcomeAfter, snapshot, taken, type ReviewOutcome } from './candidate-access.ts';

export type { ReviewOutcome } from './candidate-access.ts';
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
