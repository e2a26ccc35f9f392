// Moderating a suggestion: accept it as a draft development on its pledge, or reject it with a reason.
// Every decision is audited in its own transaction; on an archived government's pledge accepting is
// refused, rejecting (closing what came in before the archive) is not.
import { z } from 'zod';
import { ConflictError, fieldIssue, fieldKey, NotFoundError, ValidationError, problem } from '../../domain/errors.ts';
import { type Actor } from '../../domain/roles.ts';
import { httpUrl } from '../../formats/okf-schema.ts';
import { recordAudit } from '../../store/audit.ts';
import { isoDate } from '../../store/clock.ts';
import type { Db } from '../../store/database.ts';
import { decideSuggestion, findSuggestionById, type SuggestionListItem } from '../../store/suggestions.ts';
import { noteSuggestionDecision } from '../subscriptions/notify.ts';
import { changePledge } from '../pledge-change.ts';
import { lineField, textField, validate } from '../validation.ts';

import { assertModerator, hostOf, optionalDate } from './suggestions.ts';

const acceptSchema = z.object({
  title: lineField().trim().min(3, fieldKey('text.min')).max(300, fieldKey('text.max')),
  event_date: optionalDate,
  source_title: lineField().trim().max(300, fieldKey('text.max')).default(''),
});

const rejectSchema = z.object({
  reason: textField().trim().min(1, fieldKey('suggestion.reasonRequired')).max(2000, fieldKey('text.max')),
});

/** The outcome of a moderation, with what a later notification step needs to tell the suggester. */
export interface SuggestionDecision {
  suggestionId: number;
  status: 'accepted' | 'rejected';
  reason: string | null;
  /** The draft development an accepted suggestion became. */
  developmentId: number | null;
  pledge: { slug: string; title: string };
  /** Where to send the notification; null when the suggester left no address. */
  suggesterEmail: string | null;
}

async function openSuggestion(db: Db, id: number): Promise<SuggestionListItem> {
  const row = await findSuggestionById(db, id);
  if (!row) throw new NotFoundError(problem('notFound.suggestion'));
  if (row.status !== 'open') throw new ConflictError(problem('conflict.suggestionDecided'));
  return row;
}

/**
 * Records the moderator's decision on the open suggestion, refused if another moderator decided it
 * meanwhile, and notes it for the suggester's mail.
 */
async function settle(
  db: Db,
  actor: Actor,
  suggestion: SuggestionListItem,
  outcome: { status: 'accepted' | 'rejected'; reason: string | null; developmentId: number | null },
  at: string,
): Promise<SuggestionDecision> {
  if (!(await decideSuggestion(db, suggestion.id, { ...outcome, decidedBy: actor.id, decidedAt: at }))) {
    throw new ConflictError(problem('conflict.suggestionDecidedMeanwhile'));
  }
  await noteSuggestionDecision(db, { suggestionId: suggestion.id, suggesterEmail: suggestion.email }, at);
  return {
    suggestionId: suggestion.id,
    ...outcome,
    pledge: { slug: suggestion.pledge_slug, title: suggestion.pledge_title },
    suggesterEmail: suggestion.email,
  };
}

/** Turns the suggestion into a draft development on its pledge, authored by the moderator. */
export async function acceptSuggestion(
  db: Db,
  actor: Actor,
  id: number,
  input: Record<string, unknown>,
  now: Date,
): Promise<SuggestionDecision> {
  assertModerator(actor);
  const fields = validate(acceptSchema, input);
  return db.transaction().execute(async (trx) => {
    const suggestion = await openSuggestion(trx, id);
    return changePledge(
      trx,
      { actor, needs: 'content.edit', at: now.toISOString() },
      { pledgeId: suggestion.pledge_id },
      async (change) => {
        if (!httpUrl.safeParse(suggestion.source_url).success) {
          throw new ValidationError([fieldIssue('form', 'suggestion.sourceNotHttp')]);
        }
        const source = {
          url: suggestion.source_url,
          title: fields.source_title || hostOf(suggestion.source_url),
          publisher: null,
          publishedOn: null,
        };
        const eventDate = fields.event_date || isoDate(now);
        const developmentId = await change.insertDevelopment({
          pledgeId: suggestion.pledge_id,
          eventDate,
          publishedAt: null,
          title: fields.title,
          body: suggestion.text,
          statusChange: null,
          ratingChange: null,
          origin: 'suggestion',
          authorId: actor.id,
          sources: [source],
        });
        const decision = await settle(trx, actor, suggestion, { status: 'accepted', reason: null, developmentId }, change.at);
        change.audit({
          action: 'update.create',
          entityType: 'update',
          entityId: developmentId,
          summary: `Entwurf „${fields.title}“ zu „${suggestion.pledge_title}“ aus Hinweis ${id} angelegt`,
          before: null,
          after: {
            event_date: eventDate,
            title: fields.title,
            body: suggestion.text,
            published: false,
            sources: `${source.title} <${source.url}>`,
          },
        });
        change.audit({
          action: 'suggestion.accept',
          entityType: 'suggestion',
          entityId: id,
          summary: `Hinweis zu „${suggestion.pledge_title}“ angenommen`,
          before: { status: 'open', update_id: null },
          after: { status: 'accepted', update_id: developmentId },
        });
        return decision;
      },
    );
  });
}

export async function rejectSuggestion(
  db: Db,
  actor: Actor,
  id: number,
  input: Record<string, unknown>,
  now: Date,
): Promise<SuggestionDecision> {
  assertModerator(actor);
  const { reason } = validate(rejectSchema, input);
  const stamp = now.toISOString();
  return db.transaction().execute(async (trx) => {
    const suggestion = await openSuggestion(trx, id);
    const decision = await settle(trx, actor, suggestion, { status: 'rejected', reason, developmentId: null }, stamp);
    await recordAudit(
      trx,
      {
        userId: actor.id,
        action: 'suggestion.reject',
        entityType: 'suggestion',
        entityId: id,
        summary: `Hinweis zu „${suggestion.pledge_title}“ abgelehnt`,
        before: { status: 'open', reason: null },
        after: { status: 'rejected', reason },
      },
      stamp,
    );
    return decision;
  });
}
