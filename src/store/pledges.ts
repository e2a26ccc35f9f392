// Pledges (Vorhaben): what the agreement promises, anchored in a chapter's text.
import type { Db } from './database.ts';
import { isPostgres } from './dialect.ts';
import { publicPledges } from './public-scope.ts';
import type { NewPledge, Pledge, PledgeChanges } from './schema.ts';

/** `forUpdate`: on PostgreSQL the row stays locked until the transaction ends, so edits of one pledge run one after another, each seeing the last. */
export async function findPledgeBySlug(db: Db, slug: string, options: { forUpdate?: boolean } = {}): Promise<Pledge | undefined> {
  const query = db.selectFrom('pledges').selectAll().where('slug', '=', slug);
  return (options.forUpdate && isPostgres(db) ? query.forUpdate() : query).executeTakeFirst();
}

export async function findPledgeById(db: Db, id: number, options: { forUpdate?: boolean } = {}): Promise<Pledge | undefined> {
  const query = db.selectFrom('pledges').selectAll().where('id', '=', id);
  return (options.forUpdate && isPostgres(db) ? query.forUpdate() : query).executeTakeFirst();
}

/** The Vorhaben that had this slug before (see recordPledgeSlugChange). */
export async function findPledgeByOldSlug(db: Db, slug: string): Promise<Pledge | undefined> {
  return db
    .selectFrom('pledges')
    .selectAll('pledges')
    .innerJoin('pledge_slug_redirects', 'pledge_slug_redirects.pledge_id', 'pledges.id')
    .where('pledge_slug_redirects.slug', '=', slug)
    .executeTakeFirst();
}

/** The Vorhaben an agreement's files name by this statement id. */
export async function findPledgeByStatementId(db: Db, agreementId: number, statementId: string): Promise<Pledge | undefined> {
  return db
    .selectFrom('pledges')
    .selectAll()
    .where('agreement_id', '=', agreementId)
    .where('statement_id', '=', statementId)
    .executeTakeFirst();
}

/** Whether a statement id is in use in the agreement. */
export async function isStatementIdTaken(db: Db, agreementId: number, statementId: string): Promise<boolean> {
  return (await findPledgeByStatementId(db, agreementId, statementId)) !== undefined;
}

/**
 * Remembers the statement as a file last said it, where it differs from what is stored. It is not
 * an edit of the Vorhaben: its version stays, so no open edit form turns stale.
 */
export async function recordImportedStatement(
  db: Db,
  pledge: Pick<Pledge, 'id' | 'imported_statement' | 'statement_source'>,
  statement: { imported_statement: string; statement_source: string },
): Promise<void> {
  if (pledge.imported_statement === statement.imported_statement && pledge.statement_source === statement.statement_source) return;
  await db.updateTable('pledges').set(statement).where('id', '=', pledge.id).execute();
}

/** Moves the day of the Vorhaben's latest known change forward to `day` (never back). */
export async function markPledgeChanged(db: Db, id: number, day: string): Promise<void> {
  await db
    .updateTable('pledges')
    .set({ changed_on: day })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('changed_on', 'is', null), eb('changed_on', '<', day)]))
    .execute();
}

/** Whether a Vorhaben has the slug now or had it once (an old slug keeps leading to its Vorhaben). */
export async function isPledgeSlugTaken(db: Db, slug: string): Promise<boolean> {
  return (await takenPledgeSlugs(db, [slug])).size > 0;
}

/** A chapter's pledges in the order they were entered (for files) — see listPledgesInTextOrder for reading. */
export async function listPledgesOfChapter(db: Db, chapterId: number): Promise<Pledge[]> {
  return db.selectFrom('pledges').selectAll().where('chapter_id', '=', chapterId).orderBy('id').execute();
}

/** A chapter's public pledges in the order they were entered (for the public download of files). */
export async function listPublicPledgesOfChapter(db: Db, chapterId: number): Promise<Pledge[]> {
  return publicPledges(db).selectAll().where('chapter_id', '=', chapterId).orderBy('id').execute();
}

/** A chapter's public pledges as a reader meets them: anchored ones in text order, then the rest. */
export async function listPublicPledgesInTextOrder(db: Db, chapterId: number): Promise<Pledge[]> {
  const pledges = await listPublicPledgesOfChapter(db, chapterId);
  return pledges.sort((a, b) => (a.quote_start ?? Infinity) - (b.quote_start ?? Infinity));
}

/** A pledge the public may see. */
export async function findPublicPledge(db: Db, slug: string): Promise<Pledge | undefined> {
  return publicPledges(db).selectAll().where('slug', '=', slug).executeTakeFirst();
}

/** A Vorhaben without a statement id of its own (one an editor made) is named in files by its slug. */
export async function insertPledge(db: Db, pledge: NewPledge): Promise<number> {
  const row = await db
    .insertInto('pledges')
    .values({ statement_id: pledge.slug, ...pledge })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updatePledge(db: Db, id: number, changes: PledgeChanges): Promise<void> {
  await db
    .updateTable('pledges')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

/** Which of these slugs pledges use now or used once. */
export async function takenPledgeSlugs(db: Db, slugs: readonly string[]): Promise<Set<string>> {
  if (slugs.length === 0) return new Set();
  const rows = await db
    .selectFrom('pledges')
    .select('slug')
    .where('slug', 'in', [...slugs])
    .union(
      db
        .selectFrom('pledge_slug_redirects')
        .select('slug')
        .where('slug', 'in', [...slugs]),
    )
    .execute();
  return new Set(rows.map((row) => row.slug));
}

/** A slug change: the old slug keeps leading to the Vorhaben; a slug it had before and takes back is its own again. */
export async function recordPledgeSlugChange(db: Db, pledgeId: number, oldSlug: string, newSlug: string, at: string): Promise<void> {
  await db.deleteFrom('pledge_slug_redirects').where('slug', '=', newSlug).where('pledge_id', '=', pledgeId).execute();
  await db.insertInto('pledge_slug_redirects').values({ slug: oldSlug, pledge_id: pledgeId, created_at: at }).execute();
}

/** The slugs a Vorhaben had before, oldest first. */
export async function listOldPledgeSlugs(db: Db, pledgeId: number): Promise<string[]> {
  const rows = await db
    .selectFrom('pledge_slug_redirects')
    .select('slug')
    .where('pledge_id', '=', pledgeId)
    .orderBy('created_at')
    .orderBy('slug')
    .execute();
  return rows.map((row) => row.slug);
}

/** The slug a public Vorhaben has now, when `slug` is one it had before. */
export async function findPublicPledgeSlugByOldSlug(db: Db, slug: string): Promise<string | undefined> {
  const row = await publicPledges(db)
    .innerJoin('pledge_slug_redirects', 'pledge_slug_redirects.pledge_id', 'pledges.id')
    .select('pledges.slug')
    .where('pledge_slug_redirects.slug', '=', slug)
    .executeTakeFirst();
  return row?.slug;
}

/** What still refers to a pledge and keeps it from being deleted: developments, suggestions, evidence proposals. */
export async function countPledgeDependents(db: Db, id: number): Promise<{ developments: number; suggestions: number; proposals: number }> {
  const count = async (table: 'updates' | 'suggestions' | 'evidence_proposals') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number | string>().as('n'))
          .where('pledge_id', '=', id)
          .executeTakeFirstOrThrow()
      ).n,
    );
  return { developments: await count('updates'), suggestions: await count('suggestions'), proposals: await count('evidence_proposals') };
}

/**
 * Deletes a pledge with what hangs on it alone: its topics, search documents and subscriptions;
 * candidates it decided go back into the review queue.
 */
export async function deletePledge(db: Db, id: number): Promise<void> {
  await db.updateTable('candidates').set({ decision: 'open', pledge_id: null }).where('pledge_id', '=', id).execute();
  await db.deleteFrom('search_documents').where('pledge_id', '=', id).execute();
  await db.deleteFrom('pledge_topics').where('pledge_id', '=', id).execute();
  await db.deleteFrom('subscriptions').where('scope_type', '=', 'pledge').where('scope_id', '=', id).execute();
  await db.deleteFrom('pledge_slug_redirects').where('pledge_id', '=', id).execute();
  await db.deleteFrom('pledges').where('id', '=', id).execute();
}
