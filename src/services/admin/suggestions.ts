// Use cases on public suggestions (Hinweise): submit one, list the queue, show one for moderation;
// deciding one is suggestion-decisions.ts. Every change is audited in its own transaction. On an
// archived government's pledge nothing new is taken in: submitting is refused.
import { z } from 'zod';
import { isCalendarDate } from '../../domain/calendar-date.ts';
import { fieldKey, ForbiddenError, NotFoundError, problem } from '../../domain/errors.ts';
import { can, type Actor } from '../../domain/roles.ts';
import { httpUrl } from '../../formats/okf-schema.ts';
import { recordAudit } from '../../store/audit.ts';
import { recordMailEvent } from '../../store/outbox.ts';
import { isoDate } from '../../store/clock.ts';
import type { Db } from '../../store/database.ts';
import { findPublicPledge } from '../../store/pledges.ts';
import type { SuggestionStatus } from '../../store/schema.ts';
import {
  countOpenSuggestions,
  findSuggestionById,
  insertSuggestion,
  listDecidedSuggestions,
  listOpenSuggestions,
  type SuggestionListItem,
} from '../../store/suggestions.ts';
import { refuseIfArchived } from '../archive.ts';
import { lineField, textField, validate } from '../validation.ts';

export const OPEN_LIMIT = 100;
export const DECIDED_PAGE_SIZE = 50;

const httpAddress = lineField()
  .trim()
  .max(2000, fieldKey('text.max'))
  .refine((value) => httpUrl.safeParse(value).success, fieldKey('url.http'));

export const optionalDate = z
  .string()
  .trim()
  .default('')
  .refine((value) => value === '' || isCalendarDate(value), fieldKey('date.form'));

const submissionSchema = z.object({
  text: textField().trim().min(10, fieldKey('text.min')).max(5000, fieldKey('text.max')),
  source_url: httpAddress,
  email: z
    .union([z.literal(''), z.email(fieldKey('email.form')).max(300)])
    .default('')
    .transform((value) => (value === '' ? null : value.toLowerCase())),
});

/** Which decided suggestions the queue shows: of one status or both, and which page of them (from 1). */
export interface SuggestionQueueFilter {
  status: 'accepted' | 'rejected' | undefined;
  page: number;
}

/** What moderators see of a suggestion: never the suggester's e-mail address itself. */
export interface SuggestionView {
  id: number;
  pledge: { slug: string; title: string };
  text: string;
  sourceUrl: string;
  wantsReply: boolean;
  createdAt: string;
  status: SuggestionStatus;
  reason: string | null;
  developmentId: number | null;
  decidedBy: string | null;
  decidedAt: string | null;
  /** Its pledge's government is archived: it can only be rejected. */
  archived: boolean;
}

function present(row: SuggestionListItem): SuggestionView {
  return {
    id: row.id,
    pledge: { slug: row.pledge_slug, title: row.pledge_title },
    text: row.text,
    sourceUrl: row.source_url,
    wantsReply: row.email !== null,
    createdAt: row.created_at,
    status: row.status,
    reason: row.reason,
    developmentId: row.update_id,
    decidedBy: row.decided_by_email,
    decidedAt: row.decided_at,
    archived: row.government_active === 0,
  };
}

export function assertModerator(actor: Actor): void {
  if (!can(actor, 'content.edit')) throw new ForbiddenError(problem('forbidden.moderateSuggestions'));
}

/** A suggestion from the public form on a published pledge of a government that is not archived; returns its id. */
export async function submitSuggestion(db: Db, pledgeSlug: string, input: Record<string, unknown>, now: Date): Promise<number> {
  const fields = validate(submissionSchema, input);
  const stamp = now.toISOString();
  return db.transaction().execute(async (trx) => {
    const pledge = await findPublicPledge(trx, pledgeSlug);
    if (!pledge) throw new NotFoundError(problem('notFound.pledge', { slug: pledgeSlug }));
    await refuseIfArchived(trx, { agreementId: pledge.agreement_id });
    const id = await insertSuggestion(
      trx,
      { pledgeId: pledge.id, text: fields.text, sourceUrl: fields.source_url, email: fields.email },
      stamp,
    );
    await recordAudit(
      trx,
      {
        userId: null,
        action: 'suggestion.create',
        entityType: 'suggestion',
        entityId: id,
        summary: `Hinweis zu „${pledge.title}“ eingegangen`,
        before: null,
        after: { pledge: pledge.slug, text: fields.text, source_url: fields.source_url },
      },
      stamp,
    );
    await recordMailEvent(trx, 'suggestion_received', id, stamp);
    return id;
  });
}

export interface SuggestionQueue {
  open: SuggestionView[];
  openCount: number;
  decided: SuggestionView[];
  status: 'accepted' | 'rejected' | undefined;
  page: number;
  hasMore: boolean;
}

/** Open suggestions (oldest first) and one page of decided ones, optionally of one status. */
export async function loadSuggestionQueue(db: Db, actor: Actor, { status, page }: SuggestionQueueFilter): Promise<SuggestionQueue> {
  assertModerator(actor);
  const decided = await listDecidedSuggestions(db, { status, limit: DECIDED_PAGE_SIZE + 1, offset: (page - 1) * DECIDED_PAGE_SIZE });
  return {
    open: (await listOpenSuggestions(db, OPEN_LIMIT)).map(present),
    openCount: await countOpenSuggestions(db),
    decided: decided.slice(0, DECIDED_PAGE_SIZE).map(present),
    status,
    page,
    hasMore: decided.length > DECIDED_PAGE_SIZE,
  };
}

/** A first sentence of the text as the proposed title of the development. */
export function proposedTitle(text: string): string {
  const sentence = text.trim().split(/(?<=[.!?])\s/)[0] ?? '';
  if (sentence.length <= 120) return sentence;
  const cut = sentence.slice(0, 120);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 60))}…`;
}

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

export interface SuggestionForModeration {
  suggestion: SuggestionView;
  defaults: { title: string; eventDate: string; sourceTitle: string };
}

export async function loadSuggestion(db: Db, actor: Actor, id: number, now: Date): Promise<SuggestionForModeration> {
  assertModerator(actor);
  const row = await findSuggestionById(db, id);
  if (!row) throw new NotFoundError(problem('notFound.suggestion'));
  const defaults = { title: proposedTitle(row.text), eventDate: isoDate(now), sourceTitle: hostOf(row.source_url) };
  return { suggestion: present(row), defaults };
}
