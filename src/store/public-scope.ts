// What the public may see, said once: published Vorhaben (in any chapter: a chapter's text is public
// whether or not it is marked reviewed, decision 8), the published developments of those, and the
// sources of these developments. Every reader of public output (pages, API, downloads, feeds, search,
// mails) starts from these queries or applies these conditions; `npm run lint` refuses conditions on
// `published` or `published_at` written anywhere else.
import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { Db } from './database.ts';
import type { Database } from './schema.ts';

/** A Vorhaben the public may see. */
export function isPublicPledge(eb: ExpressionBuilder<Database, 'pledges'>): Expression<SqlBool> {
  return eb('pledges.published', '=', 1);
}

/** A development that is published (no draft), whatever its Vorhaben. */
export function isPublishedDevelopment(eb: ExpressionBuilder<Database, 'updates'>): Expression<SqlBool> {
  return eb('updates.published_at', 'is not', null);
}

/** A draft: a development not (or no longer) published. */
export function isDraftDevelopment(eb: ExpressionBuilder<Database, 'updates'>): Expression<SqlBool> {
  return eb('updates.published_at', 'is', null);
}

/** A development proper, not an automatic entry (a rating from the edit form, a file's status taken over). */
export function isWrittenDevelopment(eb: ExpressionBuilder<Database, 'updates'>): Expression<SqlBool> {
  return eb('updates.automatic', '=', 0);
}

/**
 * A development the public may see: published, of a Vorhaben the public may see, and no automatic
 * entry — those count only where status and rating are read (isPublicStatusEvent).
 */
export function isPublicDevelopment(eb: ExpressionBuilder<Database, 'updates' | 'pledges'>): Expression<SqlBool> {
  return eb.and([isPublishedDevelopment(eb), isPublicPledge(eb), isWrittenDevelopment(eb)]);
}

/** An entry of a public status history: any published development of a public Vorhaben, automatic ones too. */
export function isPublicStatusEvent(eb: ExpressionBuilder<Database, 'updates' | 'pledges'>): Expression<SqlBool> {
  return eb.and([isPublishedDevelopment(eb), isPublicPledge(eb)]);
}

/** The Vorhaben the public may see. */
export function publicPledges(db: Db) {
  return db.selectFrom('pledges').where(isPublicPledge);
}

/** The developments the public may see, each with its Vorhaben. */
export function publicDevelopments(db: Db) {
  return db.selectFrom('updates').innerJoin('pledges', 'pledges.id', 'updates.pledge_id').where(isPublicDevelopment);
}

/** The sources of the developments the public may see, each with its development and Vorhaben. */
export function publicSources(db: Db) {
  return db
    .selectFrom('sources')
    .innerJoin('updates', 'updates.id', 'sources.update_id')
    .innerJoin('pledges', 'pledges.id', 'updates.pledge_id')
    .where(isPublicDevelopment);
}
