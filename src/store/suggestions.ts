// Suggestions (Hinweise): developments proposed by the public, waiting for moderation.
import { ValidationError } from '../domain/errors.ts';
import type { Db } from './database.ts';
import type { MailLocale } from './schema-mail.ts';
import type { Suggestion, SuggestionStatus } from './schema.ts';

export interface NewSuggestion {
  pledgeId: number;
  text: string;
  sourceUrl: string;
  email: string | null;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * Stores a suggestion as open. The service validates the whole input; the address is checked
 * here too because it is rendered as a link, so no caller can ever store a `javascript:` one.
 */
export async function insertSuggestion(db: Db, suggestion: NewSuggestion, now: string): Promise<number> {
  if (!isHttpUrl(suggestion.sourceUrl))
    throw new ValidationError([{ field: 'source_url', message: 'eine Adresse, die mit http:// oder https:// beginnt' }]);
  const row = await db
    .insertInto('suggestions')
    .values({
      pledge_id: suggestion.pledgeId,
      text: suggestion.text,
      source_url: suggestion.sourceUrl,
      email: suggestion.email,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** With its pledge, the moderator who decided, and whether the pledge's government is still active. */
export type SuggestionListItem = Suggestion & {
  pledge_slug: string;
  pledge_title: string;
  decided_by_email: string | null;
  government_active: number;
};

function selectWithPledge(db: Db) {
  return db
    .selectFrom('suggestions')
    .innerJoin('pledges', 'pledges.id', 'suggestions.pledge_id')
    .innerJoin('agreements', 'agreements.id', 'pledges.agreement_id')
    .innerJoin('governments', 'governments.id', 'agreements.government_id')
    .leftJoin('users', 'users.id', 'suggestions.decided_by')
    .selectAll('suggestions')
    .select([
      'pledges.slug as pledge_slug',
      'pledges.title as pledge_title',
      'users.email as decided_by_email',
      'governments.active as government_active',
    ]);
}

export async function findSuggestionById(db: Db, id: number): Promise<SuggestionListItem | undefined> {
  return selectWithPledge(db).where('suggestions.id', '=', id).executeTakeFirst();
}

/** Open suggestions, oldest first: the queue is worked from the front. */
export async function listOpenSuggestions(db: Db, limit: number): Promise<SuggestionListItem[]> {
  return selectWithPledge(db).where('suggestions.status', '=', 'open').orderBy('suggestions.id').limit(limit).execute();
}

export async function countOpenSuggestions(db: Db): Promise<number> {
  const row = await db
    .selectFrom('suggestions')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .where('status', '=', 'open')
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Decided suggestions, latest decision first. */
export async function listDecidedSuggestions(
  db: Db,
  filter: { status?: Exclude<SuggestionStatus, 'open'>; limit: number; offset: number },
): Promise<SuggestionListItem[]> {
  let query = selectWithPledge(db)
    .where('suggestions.status', '!=', 'open')
    .orderBy('suggestions.decided_at', 'desc')
    .orderBy('suggestions.id', 'desc')
    .limit(filter.limit)
    .offset(filter.offset);
  if (filter.status) query = query.where('suggestions.status', '=', filter.status);
  return query.execute();
}

export interface SuggestionDecisionFields {
  status: Exclude<SuggestionStatus, 'open'>;
  reason: string | null;
  developmentId: number | null;
  decidedBy: number;
  decidedAt: string;
}

/** Decides an open suggestion; false when it was no longer open (someone else was faster). */
export async function decideSuggestion(db: Db, id: number, decision: SuggestionDecisionFields): Promise<boolean> {
  const result = await db
    .updateTable('suggestions')
    .set({
      status: decision.status,
      reason: decision.reason,
      update_id: decision.developmentId,
      decided_by: decision.decidedBy,
      decided_at: decision.decidedAt,
    })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The suggester's address and language serve the outcome mail only: once it is queued, they go. */
export async function forgetSuggester(db: Db, id: number): Promise<void> {
  await db.updateTable('suggestions').set({ email: null }).where('id', '=', id).execute();
  await db.deleteFrom('suggestion_locales').where('suggestion_id', '=', id).execute();
}

/** Forgets the suggesters of suggestions decided before `before` (their mail went out, or never will); returns how many addresses went. */
export async function forgetSuggestersDecidedBefore(db: Db, before: string): Promise<number> {
  const decided = db.selectFrom('suggestions').select('id').where('status', '!=', 'open').where('decided_at', '<', before);
  const result = await db
    .updateTable('suggestions')
    .set({ email: null })
    .where('id', 'in', decided)
    .where('email', 'is not', null)
    .executeTakeFirst();
  await db.deleteFrom('suggestion_locales').where('suggestion_id', 'in', decided).execute();
  return Number(result.numUpdatedRows);
}

/** The language of the suggestion's form, for the mail about its outcome. */
export async function rememberSuggestionLocale(db: Db, suggestionId: number, locale: MailLocale): Promise<void> {
  await db
    .insertInto('suggestion_locales')
    .values({ suggestion_id: suggestionId, locale })
    .onConflict((conflict) => conflict.column('suggestion_id').doNothing())
    .execute();
}

export async function suggestionLocale(db: Db, suggestionId: number): Promise<MailLocale> {
  const row = await db.selectFrom('suggestion_locales').select('locale').where('suggestion_id', '=', suggestionId).executeTakeFirst();
  return row?.locale ?? 'de';
}
