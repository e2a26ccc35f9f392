// Use cases that reshape an open candidate before it is decided: adjust its span, merge it with
// another, split it into the parts the extractor offers.
import { z } from 'zod';
import { fieldIssue, fieldKey, ValidationError } from '../../domain/errors.ts';
import type { Actor } from '../../domain/roles.ts';
import { recordAudit } from '../../store/audit.ts';
import { deleteCandidates, insertCandidates, listCandidatesOfChapter, updateCandidateIfDecision } from '../../store/candidates.ts';
import type { Db } from '../../store/database.ts';
import type { CandidateRow, Chapter } from '../../store/schema.ts';
import { validate } from '../validation.ts';
import { splitOf } from './candidate-offers.ts';
import { parseCues, requireEditor } from './candidate-queue.ts';
import { slugify } from '../../domain/slug.ts';
import { candidateFor, outcomeAfter, snapshot, taken, type ReviewOutcome } from './candidate-access.ts';

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
